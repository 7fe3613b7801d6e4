// A Wi-Fi blip decides nothing: a member who drops off during a vote is awaited for the scenario's absentGrace.
import { describe, expect, test } from "vitest";
import { awaitedMembers } from "../../scenarios/engine/absence.ts";
import { nextDeadline } from "../../scenarios/engine/apply.ts";
import { hashState } from "../../scenarios/engine/hash.ts";
import { parseScenario } from "../../scenarios/engine/parse.ts";
import { fold } from "../../scenarios/engine/replay.ts";
import { viewFor } from "../../scenarios/engine/view.ts";
import { viewVoters, voteTally } from "../../scenarios/engine/view-selectors.ts";
import { HOST, LogWriter, SYSTEM } from "../../scenarios/engine/writer.ts";
import type { Scenario } from "../../shared/scenario/format.ts";
import { readScenarioText } from "./fixtures.ts";
import { type Game, introduce, startGame } from "./game.ts";

const FILE = "elke-week-een-andere-klacht.yaml";

/** The shipped scenario with one line changed. */
function variant(line: string, replacement: string): Scenario {
  const parsed = parseScenario(readScenarioText(FILE).replace(line, replacement), "variant.yaml");
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => `${e.path} ${e.message}`).join("; "));
  return parsed.scenario;
}

/** A started three-player team of `s`, as startGame builds one of a shipped file. */
function gameWith(s: Scenario): Game {
  const w = new LogWriter(s, 1, "team-1");
  const aios = w.join("p-aios", "AIOS");
  const sw = w.join("p-sw", "SW");
  const wv = w.join("p-wv", "WV");
  w.must(HOST, "host.start", {});
  return { s, w, aios, sw, wv };
}

const drop = (g: Game, playerId: string, connected: boolean) =>
  g.w.must(SYSTEM, "player.connection", { playerId, connected });

/** AIOS proposes D and SW agrees; WV preferred C and has not voted yet. */
function voteUnderWay(g: Game): string {
  introduce(g);
  const prefs: [typeof g.aios, string][] = [
    [g.aios, "D"],
    [g.sw, "D"],
    [g.wv ?? g.sw, "C"],
  ];
  for (const [a, option] of prefs) g.w.must(a, "preference.record", { decisionId: "B1", optionId: option });
  g.w.must(g.aios, "proposal.make", { decisionId: "B1", optionId: "D", rationale: "Erik bellen" });
  const id = g.w.state.proposals.at(-1)?.id ?? "";
  g.w.t += 1_000;
  g.w.must(g.sw, "proposal.vote", { proposalId: id, agree: true });
  return id;
}

describe("a member who drops off during a vote", () => {
  test("a four-second drop does not decide the vote, and the member can still vote on return", () => {
    const g = startGame();
    const id = voteUnderWay(g);
    g.w.t += 1_000;
    drop(g, "p-wv", false);
    expect(g.w.state.decisions.B1?.status).toBe("open");
    expect(viewFor(g.s, g.w.state, { kind: "role", role: "SW" }).awaited).toEqual(["p-wv"]);
    g.w.t += 4_000;
    g.w.must(g.sw, "chat.say", { text: "Waar is WV?" });
    expect(g.w.state.decisions.B1?.status).toBe("open");
    drop(g, "p-wv", true);
    expect(g.w.state.away).toEqual({});
    g.w.must(g.wv ?? g.sw, "proposal.vote", { proposalId: id, agree: false });
    expect(g.w.state.decisions.B1).toMatchObject({ status: "open", chosen: null });
    expect(g.w.state.proposals.at(-1)?.status).toBe("rejected");
  });

  test("after the grace, consensus of the connected decides, recording who was absent", () => {
    const g = startGame();
    voteUnderWay(g);
    const left = g.w.t;
    drop(g, "p-wv", false);
    expect(nextDeadline(g.s, g.w.state)).toBe(left + g.s.absentGrace);
    g.w.t = left + g.s.absentGrace - 1;
    expect(g.w.send(SYSTEM, "timer.fire", {})).toEqual({ ok: false, reason: "not_due" });
    g.w.t = left + g.s.absentGrace;
    g.w.must(SYSTEM, "timer.fire", {});
    expect(g.w.state.decisions.B1).toMatchObject({
      status: "decided",
      chosen: "D",
      decidedBy: "team",
      absent: ["p-wv"],
    });
    // The expired grace asks for no further timer.
    expect(nextDeadline(g.s, g.w.state)).toBe(g.w.state.deadline);
    const host = viewFor(g.s, g.w.state, { kind: "host" });
    expect(host.decisions.find((d) => d.id === "B1")?.absent).toEqual(["p-wv"]);
  });

  test("a member back after the grace is told what the team decided while they were away", () => {
    const g = startGame();
    voteUnderWay(g);
    drop(g, "p-wv", false);
    g.w.t += g.s.absentGrace;
    g.w.must(SYSTEM, "timer.fire", {});
    const before = g.w.state.feed.length;
    g.w.t += 30_000;
    drop(g, "p-wv", true);
    const missed = g.w.state.feed.slice(before).filter((f) => f.kind === "missed");
    expect(missed).toHaveLength(1);
    expect(missed[0]).toMatchObject({ ref: "B1", by: "p-wv" });
    expect(missed[0]?.text).toContain("Wat is jullie eerstvolgende stap?");
    const own = viewFor(g.s, g.w.state, { kind: "role", role: "WV" }).feed.filter((f) => f.kind === "missed");
    expect(own).toHaveLength(1);
    expect(own[0]?.from).toBeNull();
    const other = viewFor(g.s, g.w.state, { kind: "role", role: "SW" }).feed;
    expect(other.some((f) => f.kind === "missed")).toBe(false);
    const host = viewFor(g.s, g.w.state, { kind: "host" }).feed.filter((f) => f.kind === "missed");
    expect(host[0]?.from).toBe("p-wv");
    // A second blip later does not tell the same decision twice.
    drop(g, "p-wv", false);
    drop(g, "p-wv", true);
    expect(g.w.state.feed.filter((f) => f.kind === "missed")).toHaveLength(1);
  });

  test("the pages count votes as the engine does: a dropped member within the grace is still waited for", () => {
    const g = startGame();
    const id = voteUnderWay(g);
    const tally = (role: string) => {
      const view = viewFor(g.s, g.w.state, { kind: "role", role });
      const votes = view.proposals.find((p) => p.id === id)?.votes ?? {};
      return { voters: viewVoters(view), tally: voteTally(view, votes) };
    };
    const left = g.w.t;
    drop(g, "p-wv", false);
    // The selector the play page and mission control use gives who the engine's check waits for.
    expect(tally("SW").voters).toEqual(awaitedMembers(g.s, g.w.state));
    expect(tally("SW").tally).toEqual({ count: 2, total: 3 });
    g.w.t = left + g.s.absentGrace - 1;
    g.w.must(g.sw, "chat.say", { text: "Waar is WV?" });
    expect(tally("AIOS").tally).toEqual({ count: 2, total: 3 });
    // Back within the grace: still three voters, and the selector and the engine still agree.
    drop(g, "p-wv", true);
    expect(tally("WV").voters).toEqual(awaitedMembers(g.s, g.w.state));
    expect(tally("WV").tally).toEqual({ count: 2, total: 3 });
  });

  test("a pause does not use up the grace", () => {
    const g = startGame();
    voteUnderWay(g);
    const left = g.w.t;
    drop(g, "p-wv", false);
    g.w.t += 10_000;
    g.w.must(HOST, "host.pause", {});
    expect(nextDeadline(g.s, g.w.state)).toBeNull();
    g.w.t += 5 * 60_000;
    g.w.must(g.sw, "chat.say", { text: "nog even wachten" });
    expect(g.w.state.decisions.B1?.status).toBe("open");
    g.w.must(HOST, "host.resume", {});
    expect(nextDeadline(g.s, g.w.state)).toBe(left + 5 * 60_000 + g.s.absentGrace);
  });

  test("a regisseur within the grace still leads: the others cannot decide by consensus meanwhile", () => {
    const g = gameWith(variant("decisionRule: consensus", "decisionRule: { regisseur: WV }"));
    introduce(g);
    for (const a of [g.aios, g.sw, g.wv ?? g.sw])
      g.w.must(a, "preference.record", { decisionId: "B1", optionId: "D" });
    const left = g.w.t;
    drop(g, "p-wv", false);
    g.w.must(g.aios, "proposal.make", { decisionId: "B1", optionId: "D", rationale: "Erik bellen" });
    g.w.must(g.sw, "proposal.vote", { proposalId: g.w.state.proposals.at(-1)?.id ?? "", agree: true });
    expect(g.w.state.decisions.B1?.status).toBe("open");
    expect(viewFor(g.s, g.w.state, { kind: "host" }).decisions[0]?.regisseur).toBe("WV");
    g.w.t = left + g.s.absentGrace;
    g.w.must(SYSTEM, "timer.fire", {});
    expect(g.w.state.decisions.B1).toMatchObject({ status: "decided", decidedBy: "team", absent: ["p-wv"] });
  });

  test("the grace is the scenario's: 00:00 does not wait", () => {
    const g = gameWith(variant("decisionRule: consensus", 'decisionRule: consensus\nabsentGrace: "00:00"'));
    expect(g.s.absentGrace).toBe(0);
    voteUnderWay(g);
    drop(g, "p-wv", false);
    expect(g.w.state.decisions.B1).toMatchObject({ status: "decided", decidedBy: "team", absent: ["p-wv"] });
  });

  test("a bad grace is refused with its place in the file", () => {
    const parsed = parseScenario(
      readScenarioText(FILE).replace("decisionRule: consensus", "decisionRule: consensus\nabsentGrace: 60"),
      "bad.yaml",
    );
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors.some((e) => e.path.includes("absentGrace"))).toBe(true);
  });

  test("folding the log again gives exactly the same state", () => {
    const g = startGame();
    const id = voteUnderWay(g);
    drop(g, "p-wv", false);
    g.w.t += 4_000;
    drop(g, "p-wv", true);
    drop(g, "p-sw", false);
    g.w.t += 1_000;
    // SW voted before dropping off, so WV's vote completes the consensus without waiting for SW.
    g.w.must(g.wv ?? g.sw, "proposal.vote", { proposalId: id, agree: true });
    expect(g.w.state.decisions.B1).toMatchObject({ status: "decided", absent: ["p-sw"] });
    g.w.t += g.s.absentGrace;
    g.w.must(SYSTEM, "timer.fire", {});
    drop(g, "p-sw", true);
    expect(g.w.state.feed.at(-1)).toMatchObject({ kind: "missed", by: "p-sw" });
    const again = fold(g.s, g.w.seed, g.w.entries, { teamId: g.w.state.teamId });
    expect(hashState(again)).toBe(hashState(g.w.state));
  });
});
