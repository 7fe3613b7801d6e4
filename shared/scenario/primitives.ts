// Small building blocks of the scenario format, shared by the format, the commands and the engine.
import { z } from "zod";

/** Ids are what a facilitator cross-references with the brief (A1, S2, B4, I6, F0), so keep them short. */
export const IdSchema = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_-]{0,39}$/, "an id is a letter followed by up to 39 letters, digits, - or _");
export const RoleIdSchema = z
  .string()
  .regex(/^[A-Z]{2,6}$/, "a role id is 2 to 6 capital letters (AIOS, SW, WV)");

export const LANGUAGES = ["nl", "en"] as const;
export const LanguageSchema = z.enum(LANGUAGES);

export const CARD_MARKS = ["critical", "context", "solo", "sensitive"] as const;
export type CardMark = (typeof CARD_MARKS)[number];

/** Marks on an option, so the debrief can say a team chose what one role would do alone, or did harm. */
export const OPTION_MARKS = ["solo", "harmful"] as const;
export type OptionMark = (typeof OPTION_MARKS)[number];

/** Which way a meter is good: "better" (the default) when a higher value is better, "worse" when it is a burden. */
export const METER_DIRECTIONS = ["better", "worse"] as const;
export type MeterDirection = (typeof METER_DIRECTIONS)[number];

/** The legal grounds for sharing a sensitive card; the scenario scores each one per card. */
export const BASES = [
  "toestemming",
  "wettelijke_plicht",
  "meldrecht",
  "conflict_van_plichten",
  "geanonimiseerd",
] as const;
export type Basis = (typeof BASES)[number];
export const BasisSchema = z.enum(BASES);

export const OUTCOME_LEVELS = ["good", "mixed", "bad"] as const;
export type OutcomeLevel = (typeof OUTCOME_LEVELS)[number];

export const METER_MIN = 0;
export const METER_MAX = 5;
export const METER_START = 3;

/** Authors write game time as "mm:ss" (as the briefs do); the engine works in milliseconds. */
export const DurationSchema = z
  .string()
  .regex(/^\d{1,3}:[0-5]\d$/, 'write a duration as "mm:ss", for example "05:00"')
  .transform((s) => {
    const [m = "0", sec = "0"] = s.split(":");
    return (Number(m) * 60 + Number(sec)) * 1000;
  });

/** Meter changes such as { WON: 2, VERTR: -1 }; meter ids are checked against the scenario's meters. */
export const EffectsSchema = z.record(z.string(), z.number().int().min(-5).max(5));
export type Effects = z.infer<typeof EffectsSchema>;

export const TextSchema = z.string().trim().min(1, "text may not be empty");
