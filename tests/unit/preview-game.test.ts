// The preview page's engine side (client/pages/preview/): a trial game in the browser where the author plays one
// role and bots the others, and a whole game played by bots with one strategy, told as steps.
import { describe, expect, it } from "vitest";
import { runBots } from "../../client/pages/preview/bot-run.ts";
import { ME, PreviewGame } from "../../client/pages/preview/game.ts";
import { teamSetups } from "../../scenarios/engine/bots.ts";
import { loadScenario } from "../engine/fixtures.ts";

const tutorial = loadScenario("tutorial-nl.yaml");
const intro = { whoIAm: "Ik", whatICanDo: "Meedenken", howToReachMe: "Chat" };

/** Lets the bots make every move they have, as the page does a moment after each of the author's. */
function botsMove(game: PreviewGame): number {
  let moves = 0;
  while (game.botMove()) moves += 1;
  return moves;
}

function trial(sharing: "pool" | "silent", wall = () => 0) {
  return new PreviewGame(
    { scenario: tutorial, role: "AIOS", roles: ["AIOS", "SW", "WV"], nickname: "Jij", sharing },
    wall,
  );
}

describe("a trial game with bot team-mates", () => {
  it("plays the author's role to an outcome: bots introduce, share, prefer, agree and confirm as regisseur", () => {
    const game = trial("pool");
    expect(game.view().phase?.id).toBe("F0");
    expect(game.send("kennismaken.submit", intro).ok).toBe(true);
    // One move at a time: the bots introduce themselves, and the phase ends once everyone has.
    while (game.state.phase === "F0") expect(game.botMove()).toBe(true);
    expect(game.state.phase).toBe("F1");
    // A proposal waits for every preference: refused until the bots have recorded theirs.
    expect(game.send("proposal.make", { decisionId: "B1", optionId: "D", rationale: "samen" })).toEqual({
      ok: false,
      reason: "preferences_missing",
    });
    // In a play phase the pooling bots put their cards on the table, the author's own stay in hand.
    botsMove(game);
    const byRole = new Set(game.state.table.map((c) => c.by));
    expect([...byRole].sort()).toEqual(["SW", "WV"]);
    for (const card of game.view().hand) game.send("card.share", { cardId: card.id, basis: "toestemming" });

    expect(game.send("preference.record", { decisionId: "B1", optionId: "D" }).ok).toBe(true);
    expect(game.send("proposal.make", { decisionId: "B1", optionId: "D", rationale: "samen" }).ok).toBe(true);
    botsMove(game);
    expect(game.state.decisions.B1?.status).toBe("decided");
    expect(game.state.decisions.B1?.knowledge).toBe("informed");
    expect(game.state.phase).toBe("F2");

    // B2's regisseur is SW, a bot: the author proposes, the bots agree and the SW bot confirms.
    game.send("preference.record", { decisionId: "B2", optionId: "B" });
    botsMove(game);
    expect(game.send("proposal.make", { decisionId: "B2", optionId: "B", rationale: "vast" }).ok).toBe(true);
    botsMove(game);
    expect(game.state.decisions.B2?.decidedBy).toBe("regisseur");
    expect(game.state.status).toBe("ended");
    expect(game.view().outcome?.level).toBe("good");
    expect(game.view().members.find((m) => m.playerId === ME)?.role).toBe("AIOS");
  });

  it("keeps the silent bots' cards in their hands", () => {
    const game = trial("silent");
    game.send("kennismaken.submit", intro);
    botsMove(game);
    expect(game.state.phase).toBe("F1");
    botsMove(game);
    expect(game.state.table).toEqual([]);
    expect(Object.keys(game.state.decisions.B1?.preferences ?? {})).toHaveLength(2);
  });

  it("runs the phase timers on its own clock, faster at a higher speed, and moves on at 'next phase'", () => {
    let wall = 0;
    const game = trial("pool", () => wall);
    game.send("kennismaken.submit", intro);
    botsMove(game);
    expect(game.state.phase).toBe("F1");
    game.speed = 60;
    wall += 2_000; // 2 s of wall time: 2 game minutes, not yet the 3 of F1
    game.tick();
    expect(game.now()).toBe(120_000);
    expect(game.state.phase).toBe("F1");
    wall += 1_500; // 3.5 game minutes: F1 (3:00) is over, F2 (1:00 more) is not
    expect(game.tick()).toBe(true);
    expect(game.state.phase).toBe("F2");
    expect(game.state.decisions.B1?.decidedBy).toBe("timeout");
    expect(game.advance().ok).toBe(true);
    expect(game.state.status).toBe("ended");
    const stopped = game.now();
    wall += 10_000;
    game.tick();
    expect(game.now()).toBe(stopped);
  });
});

describe("bots playing a whole game", () => {
  const [full] = teamSetups(tutorial);
  if (!full) throw new Error("no team set-up");

  it("pooling bots put every card on the table and reach the best outcome, told step by step", () => {
    const run = runBots(tutorial, full, "pool");
    expect(run.problem).toBeNull();
    expect(run.state.outcome?.level).toBe("good");
    const kinds = run.steps.map((s) => s.kind);
    expect(kinds[0]).toBe("phase");
    expect(kinds.at(-1)).toBe("outcome");
    const decisions = run.steps.filter((s) => s.kind === "decision");
    expect(decisions.map((d) => (d.kind === "decision" ? [d.decisionId, d.knowledge] : null))).toEqual([
      ["B1", "informed"],
      ["B2", "informed"],
    ]);
    // Told in the order it happened: the cards reach the table before the decision moves the team on.
    const kindsAndPhases = run.steps.map((s) => (s.kind === "phase" ? s.phase : s.kind));
    expect(kindsAndPhases.indexOf("card")).toBeLessThan(kindsAndPhases.indexOf("Afspraken"));
    expect(kindsAndPhases.indexOf("Afspraken")).toBeLessThan(kindsAndPhases.lastIndexOf("decision"));
    const cards = run.steps.filter((s) => s.kind === "card").map((s) => (s.kind === "card" ? s.cardId : ""));
    expect(cards).toEqual(expect.arrayContaining(["A1", "S1", "V1"]));
  });

  it("silent and guessing bots share nothing and never reach the best outcome", () => {
    for (const strategy of ["silent", "guess"] as const) {
      const run = runBots(tutorial, full, strategy);
      expect(
        run.steps.some((s) => s.kind === "card"),
        strategy,
      ).toBe(false);
      expect(run.state.status, strategy).toBe("ended");
      expect(run.state.outcome?.level, strategy).not.toBe("good");
    }
  });
});
