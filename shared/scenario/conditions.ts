// The condition language that injects, option availability and outcome rules share.
import { z } from "zod";
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

const MeterTest = z
  .strictObject({
    id: IdSchema,
    atLeast: z.number().int().min(0).max(5).optional(),
    atMost: z.number().int().min(0).max(5).optional(),
  })
  .refine((m) => m.atLeast !== undefined || m.atMost !== undefined, "give atLeast or atMost");

export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ shared: IdSchema }),
    z.strictObject({ decided: IdSchema }),
    /** The decision was taken, and its chosen option had every card it needs on the table at that moment. */
    z.strictObject({ knew: IdSchema }),
    z.strictObject({ chose: z.strictObject({ decision: IdSchema, options: z.array(IdSchema).min(1) }) }),
    z.strictObject({ meter: MeterTest }),
    z.strictObject({ injected: IdSchema }),
    z.strictObject({ contacted: IdSchema }),
    z.strictObject({ phase: IdSchema }),
    z.strictObject({ all: z.array(ConditionSchema).min(1) }),
    z.strictObject({ any: z.array(ConditionSchema).min(1) }),
    z.strictObject({ not: ConditionSchema }),
  ]),
);

/** The single key of a condition object; the zod schema guarantees there is exactly one. */
export function conditionKind(c: Condition): ConditionKind {
  return Object.keys(c)[0] as ConditionKind;
}
