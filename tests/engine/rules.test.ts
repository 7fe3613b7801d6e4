// The game rules as a specification: each test pins one rule of the briefs' shared mechanics.
import { describe, expect, test } from "vitest";
import { applyEvent, nextDeadline } from "../../scenarios/engine/apply.ts";
import { HOST, player, SYSTEM } from "../../scenarios/engine/writer.ts";
import { agree, introduce, shareAll, startGame } from "./game.ts";

describe("cards", () => {
  test("a sensitive card cannot be shared without a basis; with one it is scored by the scenario", () => {
    const g = startGame();
    expect(g.w.send(g.aios, "card.share", { cardId: "A2" })).toEqual({ ok: false, reason: "basis_required" });
    g.w.must(g.aios, "card.share", { cardId: "A2", basis: "conflict_van_plichten" });
    expect(g.w.state.table).toMatchObject([
      { cardId: "A2", by: "AIOS", basis: "conflict_van_plichten", score: 2 },
    ]);
  });

  test("a player can only share their own role's cards, and only once", () => {
    const g = startGame();
    expect(g.w.send(g.sw, "card.share", { cardId: "A1" })).toEqual({ ok: false, reason: "not_your_card" });
    g.w.must(g.aios, "card.share", { cardId: "A1" });
    expect(g.w.send(g.aios, "card.share", { cardId: "A1" })).toEqual({ ok: false, reason: "already_shared" });
    expect(g.w.send(g.aios, "card.share", { cardId: "ZZ" })).toEqual({ ok: false, reason: "unknown_card" });
  });

  test("with two players the missing WV's cards move as the brief says, with their framing text", () => {
    const g = startGame("elke-week-een-andere-klacht.yaml", 2);
    expect(g.w.state.cardOwner).toMatchObject({ V1: "SW", V2: "SW", V3: "AIOS", V4: "WV" });
    expect(g.w.state.cardText.V3).toContain("doktersassistente");
    g.w.must(g.aios, "card.share", { cardId: "V3", basis: "conflict_van_plichten" });
  });
});

describe("who may send what", () => {
  test("host-only commands from a player are refused with host_only", () => {
    const g = startGame();
    const r = applyEvent(g.s, g.w.state, { seq: 99, t: 0, actor: g.aios, type: "host.pause", payload: {} });
    expect(r).toEqual({ ok: false, reason: "host_only" });
  });

  test("a player cannot act under another role or as a stranger", () => {
    const g = startGame();
    const fake = player("p-aios", "SW");
    expect(g.w.send(fake, "chat.say", { text: "hoi" })).toEqual({ ok: false, reason: "not_a_member" });
    expect(g.w.send(player("x", "SW"), "chat.say", { text: "hoi" })).toEqual({
      ok: false,
      reason: "not_a_member",
    });
  });

  test("garbage never throws: it is refused with a reason", () => {
    const g = startGame();
    for (const junk of [
      null,
      42,
      "x",
      {},
      { seq: 1, t: 0, actor: { kind: "alien" }, type: "x", payload: 1 },
    ]) {
      expect(applyEvent(g.s, g.w.state, junk).ok).toBe(false);
    }
    const bad = { seq: 99, t: 0, actor: g.aios, type: "card.share", payload: { cardId: 5 } };
    expect(applyEvent(g.s, g.w.state, bad)).toEqual({ ok: false, reason: "invalid_payload" });
    expect(applyEvent(g.s, g.w.state, { ...bad, type: "card.burn" })).toEqual({
      ok: false,
      reason: "unknown_command",
    });
  });

  test("the state given to applyEvent is never changed", () => {
    const g = startGame();
    const before = JSON.stringify(g.w.state);
    applyEvent(g.s, g.w.state, {
      seq: 50,
      t: 10,
      actor: g.aios,
      type: "card.share",
      payload: { cardId: "A1" },
    });
    expect(JSON.stringify(g.w.state)).toBe(before);
  });
});

describe("phases and time", () => {
  test("kennismaken ends as soon as everyone has introduced themselves", () => {
    const g = startGame();
    expect(g.w.state.phase).toBe("F0");
    introduce(g);
    expect(g.w.state.phase).toBe("F1");
    expect(nextDeadline(g.s, g.w.state)).toBe(5 * 60_000);
  });

  test("a timed inject fires when the server feeds timer.fire at nextDeadline; early timers are refused", () => {
    const g = startGame();
    introduce(g);
    g.w.t = 1000;
    expect(g.w.send(SYSTEM, "timer.fire", {})).toEqual({ ok: false, reason: "not_due" });
    g.w.t = nextDeadline(g.s, g.w.state) ?? 0;
    g.w.must(SYSTEM, "timer.fire", {});
    expect(Object.keys(g.w.state.fired)).toEqual(["I1"]);
  });

  test("when the timer runs out the default happens and pressure rises", () => {
    const g = startGame();
    introduce(g);
    g.w.t = 10 * 60_000;
    g.w.must(SYSTEM, "timer.fire", {});
    expect(g.w.state.decisions.B1).toMatchObject({ chosen: "B", decidedBy: "timeout" });
    expect(g.w.state.pressure).toBe(1);
    // I1 was due too; B (WON-1 VERTR-1) + timeout SAM-1, then I2 at the end of F1 (B1 ≠ D, GEZ-1), then I3 at the start of F2 (WON-1).
    expect(g.w.state.meters).toEqual({ WON: 1, GEZ: 2, VERTR: 2, SAM: 2 });
    expect(Object.keys(g.w.state.fired)).toEqual(["I1", "I2", "I3"]);
    expect(g.w.state.phase).toBe("F2");
  });

  test("pause stops the clock: commands are refused and deadlines move by the paused time", () => {
    const g = startGame();
    g.w.t = 1000;
    g.w.must(HOST, "host.pause", {});
    expect(nextDeadline(g.s, g.w.state)).toBeNull();
    expect(g.w.send(g.aios, "card.share", { cardId: "A1" })).toEqual({ ok: false, reason: "paused" });
    g.w.t = 61_000;
    g.w.must(HOST, "host.resume", {});
    expect(nextDeadline(g.s, g.w.state)).toBe(3 * 60_000 + 60_000);
    g.w.must(HOST, "host.extend", { ms: 30_000 });
    expect(nextDeadline(g.s, g.w.state)).toBe(3 * 60_000 + 90_000);
  });
});

describe("decisions", () => {
  test("everyone records a private preference before anyone may propose", () => {
    const g = startGame();
    introduce(g);
    g.w.must(g.aios, "preference.record", { decisionId: "B1", optionId: "A" });
    const early = g.w.send(g.aios, "proposal.make", { decisionId: "B1", optionId: "D", rationale: "x" });
    expect(early).toEqual({ ok: false, reason: "preferences_missing" });
    g.w.must(g.sw, "preference.record", { decisionId: "B1", optionId: "B" });
    g.w.must(g.wv ?? g.sw, "preference.record", { decisionId: "B1", optionId: "C" });
    g.w.must(g.aios, "proposal.make", { decisionId: "B1", optionId: "D", rationale: "x" });
    const late = g.w.send(g.sw, "preference.record", { decisionId: "B1", optionId: "D" });
    expect(late).toEqual({ ok: false, reason: "discussion_started" });
  });

  test("consensus of connected players decides once a disconnected player's grace has passed", () => {
    const g = startGame();
    introduce(g);
    for (const a of [g.aios, g.sw, g.wv])
      if (a) g.w.must(a, "preference.record", { decisionId: "B1", optionId: "D" });
    g.w.must(g.aios, "proposal.make", { decisionId: "B1", optionId: "D", rationale: "samen" });
    const id = g.w.state.proposals[0]?.id ?? "";
    g.w.must(g.sw, "proposal.vote", { proposalId: id, agree: true });
    expect(g.w.send(g.sw, "proposal.vote", { proposalId: id, agree: true })).toEqual({
      ok: false,
      reason: "already_voted",
    });
    expect(g.w.state.decisions.B1?.status).toBe("open");
    g.w.must(SYSTEM, "player.connection", { playerId: "p-wv", connected: false });
    expect(g.w.state.decisions.B1?.status).toBe("open");
    expect(nextDeadline(g.s, g.w.state)).toBe(g.w.t + g.s.absentGrace);
    g.w.t += g.s.absentGrace;
    g.w.must(SYSTEM, "timer.fire", {});
    expect(g.w.state.decisions.B1).toMatchObject({ status: "decided", chosen: "D", decidedBy: "team" });
    expect(g.w.state.phase).toBe("F2");
  });

  test("a vote against rejects the proposal so another can be made", () => {
    const g = startGame();
    introduce(g);
    for (const a of [g.aios, g.sw, g.wv])
      if (a) g.w.must(a, "preference.record", { decisionId: "B1", optionId: "A" });
    g.w.must(g.aios, "proposal.make", { decisionId: "B1", optionId: "A", rationale: "x" });
    g.w.must(g.sw, "proposal.vote", { proposalId: g.w.state.proposals[0]?.id ?? "", agree: false });
    expect(g.w.state.proposals[0]?.status).toBe("rejected");
    g.w.must(g.sw, "proposal.make", { decisionId: "B1", optionId: "D", rationale: "spoed" });
  });

  test("under the regisseur rule the regisseur decides, but only after all have voted", () => {
    const g = startGame("tutorial-nl.yaml");
    introduce(g);
    g.w.must(g.aios, "card.share", { cardId: "A1" });
    g.w.must(g.sw, "card.share", { cardId: "S1" });
    g.w.must(g.wv ?? g.sw, "card.share", { cardId: "V1", basis: "toestemming" });
    agree(g, "B1", "D");
    for (const a of [g.aios, g.sw, g.wv])
      if (a) g.w.must(a, "preference.record", { decisionId: "B2", optionId: "B" });
    g.w.must(g.aios, "proposal.make", { decisionId: "B2", optionId: "A", rationale: "x" });
    expect(g.w.send(g.sw, "decision.confirm", { decisionId: "B2", optionId: "B" })).toEqual({
      ok: false,
      reason: "votes_missing",
    });
    const id = g.w.state.proposals.at(-1)?.id ?? "";
    g.w.must(g.sw, "proposal.vote", { proposalId: id, agree: false });
    g.w.must(g.wv ?? g.sw, "proposal.vote", { proposalId: id, agree: true });
    expect(g.w.send(g.aios, "decision.confirm", { decisionId: "B2", optionId: "B" })).toEqual({
      ok: false,
      reason: "not_regisseur",
    });
    g.w.must(g.sw, "decision.confirm", { decisionId: "B2", optionId: "B" });
    expect(g.w.state.decisions.B2).toMatchObject({
      chosen: "B",
      decidedBy: "regisseur",
      knowledge: "informed",
    });
    expect(g.w.state.outcome?.id).toBe("goed");
  });

  test("options can depend on the state: B4 offers the moratorium only after the verdict (I6)", () => {
    const g = startGame();
    introduce(g);
    shareAll(g);
    agree(g, "B1", "D");
    agree(g, "B2", "C");
    agree(g, "B3", "C");
    expect(g.w.state.phase).toBe("F3");
    expect(g.w.state.fired).not.toHaveProperty("I4");
    expect(g.w.send(g.aios, "preference.record", { decisionId: "B4", optionId: "B" })).toEqual({
      ok: false,
      reason: "option_unavailable",
    });
    expect(g.w.state.decisions.B1?.knowledge).toBe("informed");
    agree(g, "B4", "D");
    agree(g, "B5", "C");
    expect(g.w.state.status).toBe("ended");
    expect(g.w.state.outcome?.level).toBe("good");
  });
});

describe("contacts and the facilitator", () => {
  test("a contact costs game time, is limited, and reveals its card onto the table", () => {
    const g = startGame();
    introduce(g);
    g.w.must(g.sw, "contact.request", { contactId: "schuldhulp" });
    expect(g.w.state.deadline).toBe(10 * 60_000 - 60_000);
    expect(g.w.state.table.map((x) => x.cardId)).toEqual(["K3"]);
    expect(g.w.send(g.sw, "contact.request", { contactId: "schuldhulp" })).toEqual({
      ok: false,
      reason: "contact_limit",
    });
  });

  test("a facilitator contact is answered in role with host.message", () => {
    const g = startGame("een-brandwond-die-niet-klopt.yaml");
    introduce(g);
    expect(g.w.send(g.sw, "contact.request", { contactId: "veilig-thuis" })).toEqual({
      ok: false,
      reason: "contact_unavailable",
    });
    g.w.must(HOST, "host.inject", { injectId: "I1" });
    g.w.must(g.sw, "contact.request", {
      contactId: "veilig-thuis",
      question: "Is dit structurele onveiligheid?",
    });
    g.w.must(HOST, "host.message", { text: "Wat zijn de feiten, en van wie?", as: "veilig-thuis" });
    expect(g.w.state.feed.at(-1)).toMatchObject({ kind: "message", from: "Veilig Thuis (joker)" });
  });

  test("the facilitator can end the game at any time; then only chat goes on", () => {
    const g = startGame();
    g.w.must(HOST, "host.end", {});
    expect(g.w.state.status).toBe("ended");
    expect(g.w.state.outcome).not.toBeNull();
    expect(g.w.send(g.aios, "card.share", { cardId: "A1" })).toEqual({ ok: false, reason: "game_over" });
    g.w.must(g.aios, "chat.say", { text: "goed gedaan" });
  });
});
