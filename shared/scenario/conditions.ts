// The condition language that injects, option availability and outcome rules share.
import { z } from "zod";
import { HELP } from "./format-help.ts";
import { type Basis, BasisSchema, IdSchema, RoleIdSchema } from "./primitives.ts";

/** How and when a card reached the table: on which basis, in which phase, by which role. */
export interface SharedTest {
  card: string;
  basis?: Basis | undefined;
  phase?: string | undefined;
  by?: string | undefined;
}

/** Whether a contact was called, optionally during one phase. */
export interface ContactedTest {
  contact: string;
  phase?: string | undefined;
}

/** One condition is an object with exactly one key; `all`/`any`/`not` combine them. */
export type Condition =
  | { shared: string | SharedTest }
  | { decided: string }
  | { knew: string }
  | { chose: { decision: string; options: string[] } }
  | { meter: { id: string; atLeast?: number | undefined; atMost?: number | undefined } }
  | { injected: string }
  | { contacted: string | ContactedTest }
  | { phase: string }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

export const CONDITION_KINDS = [
  "shared",
  "decided",
  "knew",
  "chose",
  "meter",
  "injected",
  "contacted",
  "phase",
  "all",
  "any",
  "not",
] as const;
export type ConditionKind = (typeof CONDITION_KINDS)[number];

const C = HELP.condition;

const SharedTestSchema = z
  .strictObject({
    card: IdSchema.describe(C.sharedCard),
    basis: BasisSchema.optional().describe(C.sharedBasis),
    phase: IdSchema.optional().describe(C.sharedPhase),
    by: RoleIdSchema.optional().describe(C.sharedBy),
  })
  .describe(C.sharedHow);

const ContactedTestSchema = z
  .strictObject({
    contact: IdSchema.describe(C.contactedContact),
    phase: IdSchema.optional().describe(C.contactedPhase),
  })
  .describe(C.contactedHow);

const MeterTest = z
  .strictObject({
    id: IdSchema.describe(C.meterId),
    atLeast: z.number().int().min(0).max(5).optional().describe(C.atLeast),
    atMost: z.number().int().min(0).max(5).optional().describe(C.atMost),
  })
  .refine((m) => m.atLeast !== undefined || m.atMost !== undefined, "give atLeast or atMost");

export const ConditionSchema: z.ZodType<Condition> = z
  .lazy(() =>
    z.union([
      z.strictObject({ shared: z.union([IdSchema, SharedTestSchema]).describe(C.shared) }),
      z.strictObject({ decided: IdSchema.describe(C.decided) }),
      /** The decision was taken, and its chosen option had every card it needs on the table at that moment. */
      z.strictObject({ knew: IdSchema.describe(C.knew) }),
      z.strictObject({
        chose: z
          .strictObject({
            decision: IdSchema.describe(C.choseDecision),
            options: z.array(IdSchema).min(1).describe(C.choseOptions),
          })
          .describe(C.chose),
      }),
      z.strictObject({ meter: MeterTest.describe(C.meter) }),
      z.strictObject({ injected: IdSchema.describe(C.injected) }),
      z.strictObject({ contacted: z.union([IdSchema, ContactedTestSchema]).describe(C.contacted) }),
      z.strictObject({ phase: IdSchema.describe(C.phase) }),
      z.strictObject({ all: z.array(ConditionSchema).min(1).describe(C.all) }),
      z.strictObject({ any: z.array(ConditionSchema).min(1).describe(C.any) }),
      // A described copy of the lazy schema would build its union anew on every use; a lazy reference does not.
      z.strictObject({ not: z.lazy(() => ConditionSchema).describe(C.not) }),
    ]),
  )
  .describe(C.self);

/** The single key of a condition object; the zod schema guarantees there is exactly one. */
export function conditionKind(c: Condition): ConditionKind {
  return Object.keys(c)[0] as ConditionKind;
}
