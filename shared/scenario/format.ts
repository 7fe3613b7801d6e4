// The scenario file format: one zod schema is the source of truth for YAML files, types and the JSON Schema.
import { z } from "zod";
import { ConditionSchema } from "./conditions.ts";
import {
  BasisSchema,
  CARD_MARKS,
  DurationSchema,
  EffectsSchema,
  IdSchema,
  LanguageSchema,
  METER_MAX,
  METER_MIN,
  METER_START,
  OUTCOME_LEVELS,
  RoleIdSchema,
  TextSchema,
} from "./primitives.ts";

const Described = { id: IdSchema, text: TextSchema };

export const BasisScoreSchema = z.strictObject({
  score: z.number().int().min(-3).max(3),
  effects: EffectsSchema.optional(),
  feedback: TextSchema.optional(),
});

export const CardSchema = z.strictObject({
  id: IdSchema,
  owner: RoleIdSchema,
  marks: z.array(z.enum(CARD_MARKS)).default([]),
  text: TextSchema,
  /** A few words naming what the card is about ("De zitting over 8 dagen"): after the game the outcome
   * screen names the cards a team missed by this title, never by their text. */
  title: TextSchema.optional(),
  /** Per-card scores for sharing a sensitive card on a given basis; unlisted bases use `basisScores`. */
  bases: z.partialRecord(BasisSchema, BasisScoreSchema).optional(),
});

export const RoleSchema = z.strictObject({
  id: RoleIdSchema,
  name: TextSchema,
  description: TextSchema.optional(),
  optional: z.boolean().default(false),
  soloPreference: TextSchema.optional(),
});

export const RedistributionSchema = z.strictObject({
  missing: RoleIdSchema,
  moves: z.array(z.strictObject({ card: IdSchema, to: RoleIdSchema, text: TextSchema })).min(1),
});

export const PhaseSchema = z.strictObject({
  id: IdSchema,
  name: TextSchema,
  duration: DurationSchema,
  kind: z.enum(["kennismaken", "play"]).default("play"),
  prompt: TextSchema.optional(),
  /** A phase normally ends as soon as all its decisions are taken; false keeps it running to the deadline. */
  endsEarly: z.boolean().default(true),
});

export const DecisionRuleSchema = z.union([
  z.literal("consensus"),
  z.strictObject({ regisseur: RoleIdSchema }),
]);
export type DecisionRule = z.infer<typeof DecisionRuleSchema>;

/** A chosen option that had part of what it needs on the table: the first entry whose cards were all there. */
export const PartialSchema = z.strictObject({
  knew: z.array(IdSchema).min(1),
  text: TextSchema,
  effects: EffectsSchema.default({}),
});

/** How an option plays out when its needed cards were not on the team table at the moment of deciding. */
export const UninformedSchema = z.strictObject({
  text: TextSchema,
  effects: EffectsSchema.default({}),
  partial: z.array(PartialSchema).default([]),
});

export const OptionSchema = z.strictObject({
  id: IdSchema,
  /** A short, neutral label: the plan itself belongs in `consequence`, shown once the team has chosen. */
  text: TextSchema,
  effects: EffectsSchema.default({}),
  best: z.boolean().default(false),
  /** The cards this option rests on: it plays out as written only if all of them were on the table. */
  needs: z.array(IdSchema).default([]),
  /** What happens when the option plays out as written (informed), shown after the decision. */
  consequence: TextSchema.optional(),
  /** What happens instead when a needed card was not on the table; required for a best option. */
  uninformed: UninformedSchema.optional(),
  note: TextSchema.optional(),
  available: ConditionSchema.optional(),
  /** With `available`: leave the option out entirely (instead of showing it locked) until it is available. */
  hidden: z.boolean().default(false),
});

export const DecisionSchema = z.strictObject({
  id: IdSchema,
  phase: IdSchema,
  question: TextSchema,
  opensAfter: IdSchema.optional(),
  rule: DecisionRuleSchema.optional(),
  solo: z.record(RoleIdSchema, IdSchema).default({}),
  options: z.array(OptionSchema).min(2),
  timeout: z.strictObject({
    option: IdSchema,
    effects: EffectsSchema.default({}),
    text: TextSchema.optional(),
  }),
  why: TextSchema.optional(),
});

const InjectVariantSchema = z.strictObject({
  if: ConditionSchema,
  text: TextSchema,
  effects: EffectsSchema.default({}),
});

export const InjectSchema = z.strictObject({
  id: IdSchema,
  phase: IdSchema.optional(),
  /** "start", "end" or "mm:ss" after the phase began. */
  at: z.union([z.literal("start"), z.literal("end"), DurationSchema]).optional(),
  after: z.strictObject({ decision: IdSchema, options: z.array(IdSchema).min(1) }).optional(),
  if: ConditionSchema.optional(),
  from: TextSchema.optional(),
  text: TextSchema,
  effects: EffectsSchema.default({}),
  variants: z.array(InjectVariantSchema).default([]),
  /** Only the facilitator fires a manual inject (host.inject); any inject can also be fired that way. */
  manual: z.boolean().default(false),
});

export const ContactSchema = z.strictObject({
  id: IdSchema,
  name: TextSchema,
  description: TextSchema,
  cost: DurationSchema,
  limit: z.number().int().min(1).optional(),
  phases: z.array(IdSchema).optional(),
  availableAfter: IdSchema.optional(),
  /** A contact either reveals cards onto the team table or is played by the facilitator. */
  reveals: z
    .array(
      z.strictObject({
        ...Described,
        marks: z.array(z.enum(CARD_MARKS)).default([]),
        title: TextSchema.optional(),
      }),
    )
    .default([]),
  facilitator: z.boolean().default(false),
  facilitatorNote: TextSchema.optional(),
});

export const OutcomeSchema = z.strictObject({
  id: IdSchema,
  level: z.enum(OUTCOME_LEVELS),
  title: TextSchema,
  text: TextSchema,
  when: ConditionSchema.optional(),
});

export const ScenarioSchema = z.strictObject({
  $schema: z.string().optional(),
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{1,79}$/, "a scenario id is lower-case words joined by dashes"),
  title: TextSchema,
  language: LanguageSchema,
  summary: TextSchema,
  durationMinutes: z.number().int().min(1).max(240),
  debriefMinutes: z.number().int().min(0).max(120).default(15),
  learningGoals: z.array(z.strictObject({ ...Described, tips: z.array(TextSchema).default([]) })).min(1),
  sharedFacts: z.array(z.strictObject(Described)).min(1),
  meters: z
    .array(
      z.strictObject({
        id: IdSchema,
        name: TextSchema,
        start: z.number().int().min(METER_MIN).max(METER_MAX).default(METER_START),
      }),
    )
    .min(1)
    .max(6),
  roles: z.array(RoleSchema).min(2).max(3),
  redistribution: z.array(RedistributionSchema).default([]),
  decisionRule: DecisionRuleSchema.default("consensus"),
  /**
   * How long ("mm:ss" of game time) a vote waits for a member who dropped off before consensus of the connected
   * members decides; a Wi-Fi blip must not decide for someone. Default one minute; "00:00" does not wait.
   */
  absentGrace: DurationSchema.default(60_000),
  /** Default score per basis for sensitive cards that do not list their own; unlisted bases score 0. */
  basisScores: z.partialRecord(BasisSchema, z.number().int().min(-3).max(3)).default({}),
  cards: z.array(CardSchema).min(1),
  phases: z.array(PhaseSchema).min(1),
  decisions: z.array(DecisionSchema).default([]),
  injects: z.array(InjectSchema).default([]),
  contacts: z.array(ContactSchema).default([]),
  outcomes: z.array(OutcomeSchema).min(1),
  debriefQuestions: z.array(z.strictObject(Described)).min(1),
});

export type Scenario = z.infer<typeof ScenarioSchema>;
export type ScenarioInput = z.input<typeof ScenarioSchema>;
export type Card = z.infer<typeof CardSchema>;
export type Role = z.infer<typeof RoleSchema>;
export type Phase = z.infer<typeof PhaseSchema>;
export type Decision = z.infer<typeof DecisionSchema>;
export type DecisionOption = z.infer<typeof OptionSchema>;
export type Uninformed = z.infer<typeof UninformedSchema>;
export type Inject = z.infer<typeof InjectSchema>;
export type Contact = z.infer<typeof ContactSchema>;
export type Outcome = z.infer<typeof OutcomeSchema>;
