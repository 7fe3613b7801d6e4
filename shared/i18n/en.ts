// English UI strings: the second language; each area's file covers every Dutch key of that area, and the type
// below checks the whole catalogue once more.
import { core } from "./en/core.ts";
import { debrief } from "./en/debrief.ts";
import { errors } from "./en/errors.ts";
import { exports } from "./en/exports.ts";
import { mission } from "./en/mission.ts";
import { play } from "./en/play.ts";
import { scene } from "./en/scene.ts";
import type { MessageKey } from "./nl.ts";

export const en = {
  ...core,
  ...errors,
  ...play,
  ...scene,
  ...mission,
  ...debrief,
  ...exports,
} as const satisfies Record<MessageKey, string>;
