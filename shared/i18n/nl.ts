// Dutch UI strings: the default language and the reference catalogue every other language must match.
// One catalogue, kept in one file per area of the product so each area's words are found beside each other.
import { core } from "./nl/core.ts";
import { debrief } from "./nl/debrief.ts";
import { errors } from "./nl/errors.ts";
import { exports } from "./nl/exports.ts";
import { mission } from "./nl/mission.ts";
import { play } from "./nl/play.ts";
import { scene } from "./nl/scene.ts";

export const nl = { ...core, ...errors, ...play, ...scene, ...mission, ...debrief, ...exports } as const;

export type MessageKey = keyof typeof nl;
