// The teacher-led replay: after the end the host shows the class one team's moment, and every student follows.
import { z } from "zod";
import type { CardView, TeamView } from "../scenario/views.ts";

const TeamId = z.string().regex(/^T\d{1,3}$/, "a team id is T followed by a number");

/**
 * What a client may send about leading. `host.lead` and `host.lead.stop` are the host's; `lead.sync` asks for the
 * picture shown now, so a page that just joined, reloaded or reconnected catches up.
 */
export const LEAD_COMMANDS = {
  "host.lead": z.strictObject({ teamId: TeamId, seq: z.number().int().min(-1).max(1_000_000_000) }),
  "host.lead.stop": z.strictObject({}),
  "lead.sync": z.strictObject({}),
} as const;
export type LeadCommandType = keyof typeof LEAD_COMMANDS;
export type LeadCommandPayloads = { [K in LeadCommandType]: z.infer<(typeof LEAD_COMMANDS)[K]> };

export function isLeadCommand(type: string): type is LeadCommandType {
  return Object.hasOwn(LEAD_COMMANDS, type);
}

/** The server's message to students (and to a client that asked with `lead.sync`). */
export const LEAD_SHOW = "lead.show";

/**
 * One team at one moment, as the class sees it: the team's view and each role's hand as they were then. Every
 * nickname is taken out (members carry an empty nickname; names in typed text become the player's role id).
 */
export interface LeadPicture {
  teamId: string;
  seq: number;
  /** Game time since the team's first entry, ms: the "moment 12:30" of the debrief's timeline. */
  elapsed: number;
  view: TeamView;
  roles: { role: string; hand: CardView[] }[];
}

export const LeadShowSchema = z.object({
  picture: z
    .object({
      teamId: TeamId,
      seq: z.number().int(),
      elapsed: z.number(),
      view: z.looseObject({ teamId: z.string(), members: z.array(z.unknown()) }),
      roles: z.array(z.object({ role: z.string(), hand: z.array(z.unknown()) })),
    })
    .nullable(),
});
/** `picture: null`: the teacher stopped leading. */
export type LeadShow = { picture: LeadPicture | null };

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** Fields that hold codes, not text: a student called "card" must not turn `card.share` into something else. */
const CODE_KEYS = new Set(["type", "role", "by", "team", "kind", "basis", "status", "level", "knowledge"]);

/**
 * Replaces every name of `names` (whole words, any case) in every string of `value` with what `names` maps it to.
 * Identifiers (keys ending in "id" or "Id") and codes (CODE_KEYS) are left alone. Pure: returns a copy.
 */
export function hideNames<T>(value: T, names: ReadonlyMap<string, string>): T {
  const list = [...names.keys()].filter((n) => n.trim().length > 0).sort((a, b) => b.length - a.length);
  if (list.length === 0) return structuredClone(value);
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${list.map(escapeRegExp).join("|")})(?![\\p{L}\\p{N}])`,
    "giu",
  );
  const lower = new Map([...names].map(([k, v]) => [k.toLocaleLowerCase(), v]));
  const walk = (v: unknown, key: string): unknown => {
    if (typeof v === "string")
      return /id$/i.test(key) || CODE_KEYS.has(key)
        ? v
        : v.replace(pattern, (m) => lower.get(m.toLocaleLowerCase()) ?? "…");
    if (Array.isArray(v)) return v.map((x) => walk(x, key));
    if (v && typeof v === "object")
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, k)]));
    return v;
  };
  return walk(value, "") as T;
}

/**
 * `POST /api/sessions/<code>/room` (host key): the room of an ended session for the teacher-led replay, booted from
 * the log when it was gone (`reopened: true`). Students get in again by opening `joinUrl` with their stored seat.
 */
export const DebriefRoomResponse = z.object({
  roomId: z.string(),
  reopened: z.boolean(),
  joinUrl: z.string(),
});
export type DebriefRoomResponse = z.infer<typeof DebriefRoomResponse>;
