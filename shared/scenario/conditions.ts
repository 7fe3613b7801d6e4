// The condition language that injects, option availability and outcome rules share.
import { z } from "zod";
import { HELP } from "./format-help.ts";
import { IdSchema } from "./primitives.ts";

/** One condition is an object with exactly one key; `all`/`any`/`not` combine them. */
export type Condition =
  | { shared: string }
  | { decided: string }
  | { knew: string }
  | { chose: { decision: string; options: string[] } }
  | { meter: { id: string; atLeast?: number | undefined; atMost?: number | undefined } }
  | { injected: string }
  | { contacted: string }
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
      z.strictObject({ shared: IdSchema.describe(C.shared) }),
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
      z.strictObject({ contacted: IdSchema.describe(C.contacted) }),
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
