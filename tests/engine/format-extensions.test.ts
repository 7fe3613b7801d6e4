// The richer format (issue 13): story clock, sharing conditions, option marks, meter direction and the
// recommended role, each played through the engine on the fixture scenario.
import { describe, expect, test } from "vitest";
import { rolesForSize } from "../../scenarios/engine/balance.ts";
import { holds } from "../../scenarios/engine/conditions.ts";
import { storyClock, viewFor } from "../../scenarios/engine/view.ts";
import { HOST } from "../../scenarios/engine/writer.ts";
import { fixtureGame, loadFixture, toF2 } from "./format-fixture.ts";
import { agree } from "./game.ts";

describe("story clock", () => {
  const s = loadFixture();
  test("a phase's clock, else the last earlier phase's, else the scenario's", () => {
    expect(storyClock(s, "F0")).toBe("vrijdag 09:00");
    expect(storyClock(s, "F1")).toBe("vrijdag 09:30");
    expect(storyClock(s, "F2")).toBe("vrijdag 16:00");
    expect(storyClock(s, null)).toBe("vrijdag 09:00");
    const noF2 = { ...s, phases: s.phases.map((p) => (p.id === "F2" ? { ...p, clock: undefined } : p)) };
    expect(storyClock(noF2, "F2")).toBe("vrijdag 09:30");
  });
  test("players' views carry the clock of the phase the team is in", () => {
    const g = fixtureGame(s);
    expect(viewFor(s, g.w.state, { kind: "role", role: "SW" }).clock).toBe("vrijdag 09:30");
    toF2(g);
    expect(g.w.state.phase).toBe("F2");
    expect(viewFor(s, g.w.state, { kind: "role", role: "AIOS" }).clock).toBe("vrijdag 16:00");
  });
});

describe("sharing conditions", () => {
  const s = loadFixture();
  const v1ConsentF1 = { shared: { card: "V1", basis: "toestemming" as const, phase: "F1" } };

  test("a card shared with consent in F1 meets basis and phase; another basis or phase does not", () => {
    const g = fixtureGame(s);
    g.w.must(g.wv ?? HOST, "card.share", { cardId: "V1", basis: "toestemming" });
    expect(holds(g.w.state, v1ConsentF1)).toBe(true);
    expect(holds(g.w.state, { shared: { card: "V1", basis: "meldrecht" } })).toBe(false);
    expect(holds(g.w.state, { shared: { card: "V1", phase: "F2" } })).toBe(false);
    expect(holds(g.w.state, { shared: { card: "V1", by: "WV" } })).toBe(true);
    expect(holds(g.w.state, { shared: { card: "V1", by: "SW" } })).toBe(false);
    expect(holds(g.w.state, { shared: "V1" })).toBe(true);
  });

  test("the same card shared in F2 does not count as shared in F1", () => {
    const g = fixtureGame(s);
    toF2(g);
    g.w.must(g.wv ?? HOST, "card.share", { cardId: "V1", basis: "toestemming" });
    expect(holds(g.w.state, v1ConsentF1)).toBe(false);
    expect(holds(g.w.state, { shared: { card: "V1", basis: "toestemming", phase: "F2" } })).toBe(true);
  });

  test("contacted in a phase: only a call made in that phase counts", () => {
    const g = fixtureGame(s);
    const inF1 = { contacted: { contact: "vrijwilligerscentrale", phase: "F1" } };
    expect(holds(g.w.state, inF1)).toBe(false);
    g.w.must(g.sw, "contact.request", { contactId: "vrijwilligerscentrale" });
    expect(holds(g.w.state, inF1)).toBe(true);
    expect(holds(g.w.state, { contacted: { contact: "vrijwilligerscentrale", phase: "F2" } })).toBe(false);
    expect(holds(g.w.state, { contacted: { contact: "vrijwilligerscentrale" } })).toBe(true);
  });

  test("I2 follows at F2's start only after V1 was shared with consent in F1, with the contact's variant", () => {
    const silent = fixtureGame(s);
    toF2(silent);
    expect(Object.hasOwn(silent.w.state.fired, "I2")).toBe(false);

    const g = fixtureGame(s);
    g.w.must(g.wv ?? HOST, "card.share", { cardId: "V1", basis: "toestemming" });
    g.w.must(g.sw, "contact.request", { contactId: "vrijwilligerscentrale" });
    toF2(g);
    const item = g.w.state.feed.find((f) => f.kind === "inject" && f.ref === "I2");
    expect(item?.text).toContain("de rit op vrijdag is geregeld");
  });
});

describe("option marks", () => {
  const s = loadFixture();
  test("the review of an ended game names the chosen option's marks", () => {
    const g = fixtureGame(s);
    agree(g, "B1", "A");
    agree(g, "B2", "A");
    g.w.must(g.sw, "decision.confirm", { decisionId: "B2", optionId: "A" }); // B2 has the SW as regisseur
    expect(g.w.state.status).toBe("ended");
    const review = viewFor(s, g.w.state, { kind: "team" }).review;
    expect(review.map((r) => [r.decision, r.marks])).toEqual([
      ["B1", ["solo"]],
      ["B2", ["harmful"]],
    ]);
  });
  test("host views show the marks on options; players' views do not", () => {
    const g = fixtureGame(s);
    const option = (kind: "host" | "role") =>
      viewFor(s, g.w.state, kind === "host" ? { kind } : { kind, role: "SW" }).decisions[0]?.options[0];
    expect(option("host")?.marks).toEqual(["solo"]);
    expect(option("role")?.marks).toBeUndefined();
  });
});

describe("meter direction and the recommended role", () => {
  const s = loadFixture();
  test("the view says which way a meter is good and what it means, for meters that say so", () => {
    const g = fixtureGame(s);
    expect(viewFor(s, g.w.state, { kind: "role", role: "SW" }).meterInfo).toEqual({
      GEZ: { higher: "better", meaning: "Hoe het met mevrouw Jansen gaat." },
      ZORG: { higher: "worse", meaning: "Hoe zwaar het de buurvrouw valt." },
    });
  });
  test("seating fills a recommended optional role before another optional role", () => {
    const roles = [
      { id: "AIOS", optional: false },
      { id: "SW", optional: true },
      { id: "WV", optional: true, recommended: true },
    ];
    expect(rolesForSize(roles, 2)).toEqual(["AIOS", "WV"]);
    expect(rolesForSize(roles, 3)).toEqual(["AIOS", "WV", "SW"]);
    expect(
      rolesForSize(
        roles.map((r) => ({ ...r, recommended: false })),
        2,
      ),
    ).toEqual(["AIOS", "SW"]);
  });
});
