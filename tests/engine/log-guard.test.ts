// The fast envelope guard must agree with LogEntrySchema on every input: the schema is the specification.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LogEntrySchema } from "../../shared/scenario/log.ts";
import { isLogEntry } from "../../shared/scenario/log-guard.ts";

const nearNumber = fc.oneof(
  fc.integer({ min: -3, max: 3 }),
  fc.constantFrom(
    0,
    1,
    -0,
    0.5,
    Number.MAX_SAFE_INTEGER,
    Number.MAX_SAFE_INTEGER + 2,
    Number.NaN,
    Number.POSITIVE_INFINITY,
  ),
  fc.double(),
  fc.string(),
);
const nearText = fc.oneof(
  fc.string({ maxLength: 70 }),
  fc.constantFrom("", "x".repeat(64), "x".repeat(65)),
  fc.integer(),
);
const nearRole = fc.oneof(
  fc.constantFrom("AIOS", "SW", "WV", "A", "ABCDEFG", "sw", "S W", ""),
  fc.string({ maxLength: 8 }),
);
const withExtra = <T extends object>(arb: fc.Arbitrary<T>) =>
  fc
    .tuple(arb, fc.boolean(), fc.string({ maxLength: 5 }))
    .map(([o, extra, key]) => (extra ? { ...o, [key]: 1 } : o));
const actor = fc.oneof(
  withExtra(
    fc.record({ kind: fc.constant("player"), playerId: nearText, role: nearRole }, { requiredKeys: [] }),
  ),
  withExtra(fc.record({ kind: fc.constantFrom("host", "system", "player", "bot", "") })),
  fc.anything(),
);
const entry = fc.oneof(
  withExtra(
    fc.record(
      { seq: nearNumber, t: nearNumber, actor, type: nearText, payload: fc.anything() },
      { requiredKeys: ["seq", "t", "actor", "type"] },
    ),
  ),
  fc.anything(),
);

describe("the fast log entry guard", () => {
  it("accepts exactly what LogEntrySchema accepts", () => {
    fc.assert(
      fc.property(entry, (value) => {
        expect(isLogEntry(value)).toBe(LogEntrySchema.safeParse(value).success);
      }),
      { numRuns: 20_000 },
    );
  });

  it("is not vacuous: it accepts valid entries and refuses broken ones", () => {
    const valid = {
      seq: 3,
      t: 0,
      actor: { kind: "player", playerId: "p1", role: "SW" },
      type: "chat.say",
      payload: {},
    };
    expect(isLogEntry(valid)).toBe(true);
    expect(isLogEntry({ ...valid, seq: -1 })).toBe(false);
    expect(isLogEntry({ ...valid, actor: { kind: "host", playerId: "x" } })).toBe(false);
  });
});
