// The class comparison: every team on one axis, its choices and knowledge per decision, and where teams diverged.
import { describe, expect, it } from "vitest";
import { compareTeams } from "../../scenarios/engine/comparison.ts";
import { buildTimeline } from "../../scenarios/engine/timeline.ts";
import { SYSTEM } from "../../scenarios/engine/writer.ts";
import { agree, type Game, introduce, startGame } from "./game.ts";

/** B1 by vote at 20 s, after sharing `cards`; B2 left to the timer. */
function team(option: string, cards: [string, "aios" | "sw", "toestemming"?][]): Game {
  const g = startGame("tutorial-nl.yaml", 2);
  introduce(g);
  g.w.t = 5_000;
  for (const [cardId, who, basis] of cards)
    g.w.must(g[who], "card.share", basis ? { cardId, basis } : { cardId });
  g.w.t = 20_000;
  agree(g, "B1", option);
  g.w.t = 80_000;
  g.w.must(SYSTEM, "timer.fire", {});
  return g;
}

const compare = (...games: Game[]) => {
  const teams = Object.fromEntries(
    games.map((g, i) => [`T${i + 1}`, buildTimeline(g.s, g.w.seed, `T${i + 1}`, g.w.entries)]),
  );
  return compareTeams(games[0]?.s ?? team("A", []).s, { teamIds: Object.keys(teams), teams });
};

const ALL: [string, "aios" | "sw", "toestemming"?][] = [
  ["A1", "aios"],
  ["S1", "sw"],
  ["V1", "sw", "toestemming"],
];

describe("the class comparison", () => {
  it("shows per team what it chose at each decision, with what knowledge, when, and with how much pooled", () => {
    const c = compare(team("D", ALL), team("D", [["A1", "aios"]]));
    expect(c.teams.map((x) => x.teamId)).toEqual(["T1", "T2"]);
    const [t1, t2] = c.teams;
    expect(t1?.decisions.B1).toMatchObject({
      optionId: "D",
      knowledge: "informed",
      decidedBy: "team",
      pooled: 3,
    });
    expect(t2?.decisions.B1).toMatchObject({ optionId: "D", knowledge: "uninformed", pooled: 1 });
    // The axis starts at the class's start (host.start at 0): B1 fell 20 s in for both.
    expect(t1?.decisions.B1?.at).toBe(20_000);
    expect(t2?.decisions.B2).toMatchObject({ optionId: "A", decidedBy: "timeout" });
    expect(t1?.pooled.map((p) => p.value)).toEqual([0, 1, 2, 3]);
    expect(t2?.pooled.at(-1)?.value).toBe(1);
    expect(t1?.critical).toBe(3);
    expect(t1?.outcome?.id).not.toBe(t2?.outcome?.id);
    expect(t2?.outcome).toMatchObject({ level: "bad", title: "Slecht" });
  });

  it("marks a decision where teams chose the same option with different knowledge", () => {
    const c = compare(team("D", ALL), team("D", [["A1", "aios"]]));
    const b1 = c.decisions.find((d) => d.decisionId === "B1");
    expect(b1?.diverged).toBe("knowledge");
    expect(b1?.groups).toEqual([
      { optionId: "D", knowledge: "informed", teams: ["T1"] },
      { optionId: "D", knowledge: "uninformed", teams: ["T2"] },
    ]);
    expect(b1?.firstAt).toBe(20_000);
  });

  it("marks a decision where teams chose different options, and none where all chose alike", () => {
    const c = compare(team("B", []), team("A", []), team("B", []));
    const b1 = c.decisions.find((d) => d.decisionId === "B1");
    expect(b1?.diverged).toBe("option");
    expect(b1?.groups.map((g) => [g.optionId, g.teams])).toEqual([
      ["A", ["T2"]],
      ["B", ["T1", "T3"]],
    ]);
    const b2 = c.decisions.find((d) => d.decisionId === "B2");
    expect(b2?.diverged).toBeNull();
    expect(b2?.groups).toHaveLength(1);
  });

  it("one team, or a decision nobody reached, is never a divergence", () => {
    const g = startGame("tutorial-nl.yaml", 2);
    introduce(g);
    const c = compare(g, team("A", []));
    expect(c.teams[0]?.decisions.B1).toBeNull();
    expect(c.decisions.every((d) => d.diverged === null)).toBe(true);
    expect(compare(team("A", [])).decisions.every((d) => d.diverged === null)).toBe(true);
  });
});
