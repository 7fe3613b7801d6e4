// The session contract: HTTP requests to create and find a session, and the options a client joins with.
import { remove as unconfuse } from "confusables";
import { z } from "zod";
import { LANGUAGES } from "../i18n/languages.ts";
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from "../ids.ts";

export const ROOM_NAME = "session";

export const LanguageSchema = z.enum(LANGUAGES);
export const JoinCodeSchema = z
  .string()
  .regex(new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`), "not a join code");
const Secret = z.string().min(20).max(64);

/** Names show on a projector: trimmed, inner whitespace folded, 1–24 visible characters, no control characters. */
export const NicknameSchema = z
  .string()
  .transform((s) => s.normalize("NFC").trim().replace(/\s+/g, " "))
  .pipe(
    z
      .string()
      .min(1)
      .max(24)
      .regex(/^[^\p{Cc}\p{Cf}]+$/u, "no control characters"),
  );

/**
 * "Anna", "anna ", "A n n a" and "Аnna" (with a Cyrillic А) are the same person on a projector: one seat, one name.
 * Compatibility forms (𝐀) fold first, then look-alike letters of other scripts and accents (Unicode confusables),
 * then case; spaces do not count at all.
 */
export function foldNickname(nickname: string): string {
  return unconfuse(nickname.normalize("NFKC")).toLocaleLowerCase("nl").replace(/\s+/g, "");
}

export const RoleIdSchema = z.string().regex(/^[A-Z]{2,6}$/, "role ids are 2–6 capital letters");

export const CreateSessionRequest = z.object({
  scenarioId: z.string().min(1).max(80),
  language: LanguageSchema,
  teamSize: z.number().int().min(2).max(3),
});
export type CreateSessionRequest = z.infer<typeof CreateSessionRequest>;

export const CreateSessionResponse = z.object({
  code: JoinCodeSchema,
  roomId: z.string(),
  hostKey: Secret,
  joinUrl: z.string(),
  /** `<public URL>/host/<code>#key=<hostKey>`: the teacher saves it to get back in from any browser. */
  teacherUrl: z.string(),
});
export type CreateSessionResponse = z.infer<typeof CreateSessionResponse>;

/** `seat`: whether every team needs the role, should have it when it can (seated first), or may do without it. */
export const RoleSummary = z.object({
  id: RoleIdSchema,
  name: z.string(),
  seat: z.enum(["required", "recommended", "optional"]).default("required"),
});
export const ScenarioSummary = z.object({
  id: z.string(),
  title: z.string(),
  language: LanguageSchema,
  summary: z.string(),
  durationMinutes: z.number(),
  roles: z.array(RoleSummary),
});
export type ScenarioSummary = z.infer<typeof ScenarioSummary>;

export const SessionLookupResponse = z.object({
  code: JoinCodeSchema,
  roomId: z.string(),
  /** The address students should open; the teacher's own page may be on localhost. */
  joinUrl: z.string(),
  scenario: ScenarioSummary,
});
export type SessionLookupResponse = z.infer<typeof SessionLookupResponse>;

export const HostJoinOptions = z.object({ hostKey: Secret });
export type HostJoinOptions = z.infer<typeof HostJoinOptions>;

/** A seat PIN: four digits, shown only on the seat holder's own screen (and to the host at a hand-over). */
export const SeatPinSchema = z.string().regex(/^\d{4}$/, "a seat PIN is four digits");

export const PlayerJoinOptions = z.object({
  nickname: NicknameSchema,
  role: RoleIdSchema.optional(),
  playerToken: Secret.optional(),
  language: LanguageSchema.default("nl"),
  /** With the PIN of the seat named `nickname`: that seat moves to this token (another device, cleared browser). */
  pin: SeatPinSchema.optional(),
  /** A page coming back with a stored token: refuse with `seat_unknown` rather than take a new seat. */
  rejoin: z.boolean().optional(),
});
export type PlayerJoinOptions = z.input<typeof PlayerJoinOptions>;

/** Server → the seat's holder only: the seat's PIN, to show on their own screen. */
export const SEAT_PIN = "seat.pin";
export const SeatPinMessage = z.object({ pin: SeatPinSchema });
export type SeatPinMessage = z.infer<typeof SeatPinMessage>;

/** Server → a connection whose seat another device (or tab) took; the server then closes it. */
export const SEAT_TAKEN_OVER = "seat.taken_over";

/** Host request (room.request): a fresh PIN for one seat, answered to the host only, to read out to the student. */
export const SEAT_HANDOVER = "seat.handover";
export const SeatHandoverRequest = z.strictObject({ playerId: z.string().min(1).max(64) });
export const SeatHandoverResponse = z.discriminatedUnion("ok", [
  z.object({ ok: z.literal(true), playerId: z.string(), nickname: z.string(), pin: SeatPinSchema }),
  z.object({ ok: z.literal(false), code: z.string(), message: z.string() }),
]);
export type SeatHandoverResponse = z.infer<typeof SeatHandoverResponse>;

/**
 * `GET /api/sessions/<code>/host` with the host key: where a session stands, live or not, until retention
 * deletes it. An ended, idle-closed or not yet restored session answers `live: false`, with its debrief open.
 */
export const HostSessionResponse = z.object({
  code: JoinCodeSchema,
  /** The room to join for mission control, or null when the session is not running any more. */
  roomId: z.string().nullable(),
  live: z.boolean(),
  status: z.enum(["lobby", "playing", "ended"]),
  scenario: ScenarioSummary,
  language: LanguageSchema,
  teamSize: z.number().int(),
  createdAt: z.number(),
  endedAt: z.number().nullable(),
  /** Teacher link: mission control (or the debrief) from any browser; the host key rides in the fragment. */
  teacherUrl: z.string(),
});
export type HostSessionResponse = z.infer<typeof HostSessionResponse>;
