// The scenario file format: one zod schema is the source of truth for YAML files, types and the JSON Schema.
import { z } from "zod";
import { ConditionSchema } from "./conditions.ts";
import { HELP } from "./format-help.ts";
import {
  BasisSchema,
  CARD_MARKS,
  DurationSchema,
  EffectsSchema,
  IdSchema,
  LanguageSchema,
  METER_DIRECTIONS,
  METER_MAX,
  METER_MIN,
  METER_START,
  OPTION_MARKS,
  OUTCOME_LEVELS,
  RoleIdSchema,
  TextSchema,
} from "./primitives.ts";

const Described = {
  id: IdSchema.describe(HELP.described.id),
  text: TextSchema.describe(HELP.described.text),
};

const BasisScoreFields = {
  score: z.number().int().min(-3).max(3).describe(HELP.basis.score),
  effects: EffectsSchema.optional().describe(HELP.basis.effects),
  feedback: TextSchema.optional().describe(HELP.basis.feedback),
};

/**
 * What sharing a sensitive card on one basis scores. With `when`, that score counts only while the condition holds
 * at the moment of sharing (consent only once the person was asked); otherwise `otherwise` counts, or the
 * scenario's `basisScores` when there is none.
 */
export const BasisScoreSchema = z.strictObject({
  ...BasisScoreFields,
  when: ConditionSchema.optional().describe(HELP.basis.when),
  otherwise: z.strictObject(BasisScoreFields).optional().describe(HELP.basis.otherwise),
});

export const CardSchema = z.strictObject({
  id: IdSchema.describe(HELP.card.id),
  owner: RoleIdSchema.describe(HELP.card.owner),
  marks: z.array(z.enum(CARD_MARKS)).default([]).describe(HELP.card.marks),
  text: TextSchema.describe(HELP.card.text),
  /** A few words naming what the card is about ("De zitting over 8 dagen"): after the game the outcome
   * screen names the cards a team missed by this title, never by their text. */
  title: TextSchema.optional().describe(HELP.card.title),
  /** Per-card scores for sharing a sensitive card on a given basis; unlisted bases use `basisScores`. */
  bases: z.partialRecord(BasisSchema, BasisScoreSchema).optional().describe(HELP.card.bases),
});

export const RoleSchema = z.strictObject({
  id: RoleIdSchema.describe(HELP.role.id),
  name: TextSchema.describe(HELP.role.name),
  description: TextSchema.optional().describe(HELP.role.description),
  optional: z.boolean().default(false).describe(HELP.role.optional),
  /** An optional role that a team should have when it can: seating fills it before other optional roles. */
  recommended: z.boolean().optional().describe(HELP.role.recommended),
  soloPreference: TextSchema.optional().describe(HELP.role.soloPreference),
});

export const RedistributionSchema = z.strictObject({
  missing: RoleIdSchema.describe(HELP.redistribution.missing),
  moves: z
    .array(
      z.strictObject({
        card: IdSchema.describe(HELP.redistribution.card),
        to: RoleIdSchema.describe(HELP.redistribution.to),
        text: TextSchema.describe(HELP.redistribution.text),
      }),
    )
    .min(1)
    .describe(HELP.redistribution.moves),
});

export const PhaseSchema = z.strictObject({
  id: IdSchema.describe(HELP.phase.id),
  name: TextSchema.describe(HELP.phase.name),
  duration: DurationSchema.describe(HELP.phase.duration),
  kind: z.enum(["kennismaken", "play"]).default("play").describe(HELP.phase.kind),
  prompt: TextSchema.optional().describe(HELP.phase.prompt),
  /** A phase normally ends as soon as all its decisions are taken; false keeps it running to the deadline. */
  endsEarly: z.boolean().default(true).describe(HELP.phase.endsEarly),
  /** The time in the story during this phase ("22:30", "de volgende ochtend"), shown to players; not a timer. */
  clock: TextSchema.optional().describe(HELP.phase.clock),
});

export const DecisionRuleSchema = z.union([
  z.literal("consensus"),
  z.strictObject({ regisseur: RoleIdSchema.describe(HELP.regisseur) }),
]);
export type DecisionRule = z.infer<typeof DecisionRuleSchema>;

/** A chosen option that had part of what it needs on the table: the first entry whose cards were all there. */
export const PartialSchema = z.strictObject({
  knew: z.array(IdSchema).min(1).describe(HELP.partial.knew),
  text: TextSchema.describe(HELP.partial.text),
  effects: EffectsSchema.default({}).describe(HELP.partial.effects),
});

/** How an option plays out when its needed cards were not on the team table at the moment of deciding. */
export const UninformedSchema = z.strictObject({
  text: TextSchema.describe(HELP.uninformed.text),
  effects: EffectsSchema.default({}).describe(HELP.uninformed.effects),
  partial: z.array(PartialSchema).default([]).describe(HELP.uninformed.partial),
});

export const OptionSchema = z.strictObject({
  id: IdSchema.describe(HELP.option.id),
  /** A short, neutral label: the plan itself belongs in `consequence`, shown once the team has chosen. */
  text: TextSchema.describe(HELP.option.text),
  effects: EffectsSchema.default({}).describe(HELP.option.effects),
  best: z.boolean().default(false).describe(HELP.option.best),
  /** The cards this option rests on: it plays out as written only if all of them were on the table. */
  needs: z.array(IdSchema).default([]).describe(HELP.option.needs),
  /** What happens when the option plays out as written (informed), shown after the decision. */
  consequence: TextSchema.optional().describe(HELP.option.consequence),
  /** What happens instead when a needed card was not on the table; required for a best option. */
  uninformed: UninformedSchema.optional().describe(HELP.option.uninformed),
  note: TextSchema.optional().describe(HELP.option.note),
  marks: z.array(z.enum(OPTION_MARKS)).optional().describe(HELP.option.marks),
  available: ConditionSchema.optional().describe(HELP.option.available),
  /** With `available`: leave the option out entirely (instead of showing it locked) until it is available. */
  hidden: z.boolean().default(false).describe(HELP.option.hidden),
});

export const DecisionSchema = z.strictObject({
  id: IdSchema.describe(HELP.decision.id),
  phase: IdSchema.describe(HELP.decision.phase),
  question: TextSchema.describe(HELP.decision.question),
  opensAfter: IdSchema.optional().describe(HELP.decision.opensAfter),
  rule: DecisionRuleSchema.optional().describe(HELP.decision.rule),
  solo: z.record(RoleIdSchema, IdSchema).default({}).describe(HELP.decision.solo),
  options: z.array(OptionSchema).min(2).describe(HELP.decision.options),
  timeout: z
    .strictObject({
      option: IdSchema.describe(HELP.decision.timeoutOption),
      effects: EffectsSchema.default({}).describe(HELP.decision.timeoutEffects),
      text: TextSchema.optional().describe(HELP.decision.timeoutText),
    })
    .describe(HELP.decision.timeout),
  why: TextSchema.optional().describe(HELP.decision.why),
});

const InjectVariantSchema = z.strictObject({
  if: ConditionSchema.describe(HELP.variant.if),
  text: TextSchema.describe(HELP.variant.text),
  effects: EffectsSchema.default({}).describe(HELP.variant.effects),
});

export const InjectSchema = z.strictObject({
  id: IdSchema.describe(HELP.inject.id),
  phase: IdSchema.optional().describe(HELP.inject.phase),
  /** "start", "end" or "mm:ss" after the phase began. */
  at: z
    .union([z.literal("start"), z.literal("end"), DurationSchema])
    .optional()
    .describe(HELP.inject.at),
  after: z
    .strictObject({
      decision: IdSchema.describe(HELP.inject.afterDecision),
      options: z.array(IdSchema).min(1).describe(HELP.inject.afterOptions),
    })
    .optional()
    .describe(HELP.inject.after),
  if: ConditionSchema.optional().describe(HELP.inject.if),
  from: TextSchema.optional().describe(HELP.inject.from),
  text: TextSchema.describe(HELP.inject.text),
  effects: EffectsSchema.default({}).describe(HELP.inject.effects),
  variants: z.array(InjectVariantSchema).default([]).describe(HELP.inject.variants),
  /** Only the facilitator fires a manual inject (host.inject); any inject can also be fired that way. */
  manual: z.boolean().default(false).describe(HELP.inject.manual),
  /** The facilitator's answer key for this inject (host views only; players never receive it). */
  note: TextSchema.optional().describe(HELP.inject.note),
});

export const ContactSchema = z.strictObject({
  id: IdSchema.describe(HELP.contact.id),
  name: TextSchema.describe(HELP.contact.name),
  description: TextSchema.describe(HELP.contact.description),
  cost: DurationSchema.describe(HELP.contact.cost),
  limit: z.number().int().min(1).optional().describe(HELP.contact.limit),
  phases: z.array(IdSchema).optional().describe(HELP.contact.phases),
  availableAfter: IdSchema.optional().describe(HELP.contact.availableAfter),
  /** A contact either reveals cards onto the team table or is played by the facilitator. */
  reveals: z
    .array(
      z.strictObject({
        ...Described,
        marks: z.array(z.enum(CARD_MARKS)).default([]).describe(HELP.contact.marks),
        title: TextSchema.optional().describe(HELP.contact.title),
      }),
    )
    .default([])
    .describe(HELP.contact.reveals),
  facilitator: z.boolean().default(false).describe(HELP.contact.facilitator),
  facilitatorNote: TextSchema.optional().describe(HELP.contact.facilitatorNote),
});

export const OutcomeSchema = z.strictObject({
  id: IdSchema.describe(HELP.outcome.id),
  level: z.enum(OUTCOME_LEVELS).describe(HELP.outcome.level),
  title: TextSchema.describe(HELP.outcome.title),
  text: TextSchema.describe(HELP.outcome.text),
  when: ConditionSchema.optional().describe(HELP.outcome.when),
});

const H = HELP.scenario;

export const ScenarioSchema = z.strictObject({
  $schema: z.string().optional().describe(H.$schema),
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{1,79}$/, "a scenario id is lower-case words joined by dashes")
    .describe(H.id),
  title: TextSchema.describe(H.title),
  language: LanguageSchema.describe(H.language),
  summary: TextSchema.describe(H.summary),
  /** The time in the story when the game starts ("22:30"); a phase's own `clock` replaces it from that phase on. */
  clock: TextSchema.optional().describe(H.clock),
  durationMinutes: z.number().int().min(1).max(240).describe(H.durationMinutes),
  debriefMinutes: z.number().int().min(0).max(120).default(15).describe(H.debriefMinutes),
  learningGoals: z
    .array(
      z.strictObject({
        id: Described.id,
        text: TextSchema.describe(HELP.goal.text),
        tips: z.array(TextSchema).default([]).describe(HELP.goal.tips),
      }),
    )
    .min(1)
    .describe(H.learningGoals),
  sharedFacts: z.array(z.strictObject(Described)).min(1).describe(H.sharedFacts),
  meters: z
    .array(
      z.strictObject({
        id: IdSchema.describe(HELP.meter.id),
        name: TextSchema.describe(HELP.meter.name),
        start: z.number().int().min(METER_MIN).max(METER_MAX).default(METER_START).describe(HELP.meter.start),
        higher: z.enum(METER_DIRECTIONS).optional().describe(HELP.meter.higher),
        meaning: TextSchema.optional().describe(HELP.meter.meaning),
      }),
    )
    .min(1)
    .max(6)
    .describe(H.meters),
  roles: z.array(RoleSchema).min(2).max(3).describe(H.roles),
  redistribution: z.array(RedistributionSchema).default([]).describe(H.redistribution),
  decisionRule: DecisionRuleSchema.default("consensus").describe(H.decisionRule),
  /**
   * How long ("mm:ss" of game time) a vote waits for a member who dropped off before consensus of the connected
   * members decides; a Wi-Fi blip must not decide for someone. Default one minute; "00:00" does not wait.
   */
  absentGrace: DurationSchema.default(60_000).describe(H.absentGrace),
  /** Default score per basis for sensitive cards that do not list their own; unlisted bases score 0. */
  basisScores: z
    .partialRecord(BasisSchema, z.number().int().min(-3).max(3))
    .default({})
    .describe(H.basisScores),
  cards: z.array(CardSchema).min(1).describe(H.cards),
  phases: z.array(PhaseSchema).min(1).describe(H.phases),
  decisions: z.array(DecisionSchema).default([]).describe(H.decisions),
  injects: z.array(InjectSchema).default([]).describe(H.injects),
  contacts: z.array(ContactSchema).default([]).describe(H.contacts),
  outcomes: z.array(OutcomeSchema).min(1).describe(H.outcomes),
  debriefQuestions: z.array(z.strictObject(Described)).min(1).describe(H.debriefQuestions),
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
