// Late arrivals and moves during play, through the pure session fold: where a newcomer lands, when a team of late
// arrivals starts by itself, what a moved player then sees, and that the log folds again to the same state.
import { describe, expect, it } from "vitest";
import { hashState } from "../../scenarios/engine/hash.ts";
import { inTeam } from "../../scenarios/engine/lobby.ts";
import { lateJoinSteps, moveSteps } from "../../scenarios/engine/seat-steps.ts";
import {
  applySessionEntry,
  createSession,
  foldSession,
  type SessionState,
} from "../../scenarios/engine/session.ts";
import { viewFor } from "../../scenarios/engine/view.ts";
import type { Scenario } from "../../shared/scenario/format.ts";
import type { Actor } from "../../shared/scenario/log.ts";
import type { SessionLogEntry } from "../../shared/scenario/session-entries.ts";
import { loadScenario } from "./fixtures.ts";

const SYSTEM: Actor = { kind: "system" };
const HOST: Actor = { kind: "host" };

/** Drives the fold as the server does: a session entry, then the team entries the engine derives from it. */
function classroom(s: Scenario, teamSize: number) {
  let state: SessionState = createSession(s, { teamSize });
  const log: SessionLogEntry[] = [];
  let seq = 1;
  let t = 0;
  const put = (team: string | null, actor: Actor, type: string, payload: unknown): string | null => {
    const entry = { seq, t, team, actor, type, payload };
    const r = applySessionEntry(s, state, entry);
    if (!r.ok) return r.reason;
    state = r.state;
    log.push(entry);
    seq++;
    return null;
  };
  const must = (team: string | null, actor: Actor, type: string, payload: unknown = {}) =>
    expect(put(team, actor, type, payload), `${type} in ${team}`).toBeNull();
  const c = {
    get state() {
      return state;
    },
    log,
    must,
    put,
    later(ms: number) {
      t += ms;
    },
    join(playerId: string, nickname: string, preferredRole = "") {
      must(null, SYSTEM, "lobby.join", { playerId, nickname, preferredRole });
      for (const step of lateJoinSteps(s, state, playerId)) must(step.team, SYSTEM, step.type, step.payload);
    },
    /** The whole host.move or its refusal reason. */
    move(playerId: string, teamId: string, role: string): string | null {
      const before = state;
      const refused = put(null, HOST, "host.move", { playerId, teamId, role });
      if (refused) return refused;
      for (const step of moveSteps(before, state, playerId)) must(step.team, SYSTEM, step.type, step.payload);
      return null;
    },
    start() {
      const teams = [...new Set(Object.values(state.lobby.members).map((m) => m.teamId))].sort();
      must(null, HOST, "session.start", { seed: 7, teams });
      for (const id of teams) {
        for (const m of inTeam(state.lobby, id))
          must(id, SYSTEM, "team.join", { playerId: m.playerId, nickname: m.nickname, role: m.role });
        must(id, HOST, "host.start");
      }
    },
    member(playerId: string) {
      const m = state.lobby.members[playerId];
      if (!m) throw new Error(`no member ${playerId}`);
      return m;
    },
    viewOf(playerId: string) {
      const m = c.member(playerId);
      const team = state.teams[m.teamId];
      if (!team) throw new Error(`no game for ${m.teamId}`);
      return viewFor(s, team, { kind: "role", role: m.role });
    },
  };
  return c;
}

const tutorial = () => loadScenario("tutorial-nl.yaml");

/** A started class of the tutorial: `players` seated in join order (id, nickname, role), then host.start. */
function started(teamSize: number, players: [string, string, string][]) {
  const s = tutorial();
  const c = classroom(s, teamSize);
  for (const [id, nickname, role] of players) c.join(id, nickname, role);
  c.start();
  return { s, c };
}
const PAIR: [string, string, string][] = [
  ["a1", "Ada", "AIOS"],
  ["s1", "Bo", "SW"],
];
const TWO_PAIRS: [string, string, string][] = [...PAIR, ["a2", "Cor", "AIOS"], ["s2", "Dirk", "SW"]];

describe("a late arrival fills a running team's missing role", () => {
  it("joins the team that plays without its optional role, mid-phase, and is not blocked by Kennismaken", () => {
    const { c } = started(3, TWO_PAIRS);
    expect(Object.keys(c.state.teams).sort()).toEqual(["T1", "T2"]);
    c.later(70_000);
    for (const id of ["T1", "T2"]) c.must(id, SYSTEM, "timer.fire");
    expect(c.state.teams.T1?.phase).toBe("F1");
    // SW already holds the nurse's card, reworded as second-hand news; it stays there.
    expect(c.state.teams.T1?.cardOwner.V1).toBe("SW");
    c.must("T1", { kind: "player", playerId: "s1", role: "SW" }, "card.share", { cardId: "S1" });

    c.join("w1", "Eva", "WV");
    expect(c.member("w1")).toMatchObject({ teamId: "T1", role: "WV" });
    const team = c.state.teams.T1;
    expect(team?.status).toBe("playing");
    expect(team?.members.w1).toMatchObject({ role: "WV", connected: true });

    const view = c.viewOf("w1");
    expect(view.viewer).toEqual({ kind: "role", role: "WV" });
    expect(view.phase?.id).toBe("F1");
    // Her role's hand is whatever the WV seat holds now (V1 went to SW at the start); the table is the team's.
    expect(view.hand.map((x) => x.id)).toEqual([]);
    expect(view.table.map((x) => x.cardId)).toContain("S1");
    expect(view.casus.roles.map((r) => r.id)).toContain("WV");
    expect(view.startNeeds).toEqual([]);
    // Kennismaken is over, yet she can still introduce herself, and the open decision counts her in.
    c.must("T1", { kind: "player", playerId: "w1", role: "WV" }, "kennismaken.submit", {
      whoIAm: "Eva",
      whatICanDo: "wondzorg",
      howToReachMe: "06",
    });
    c.must("T1", { kind: "player", playerId: "w1", role: "WV" }, "preference.record", {
      decisionId: "B1",
      optionId: "A",
    });
  });
});

describe("a late arrival in the middle of a decision", () => {
  it("votes on the open proposal, and does not block the next one for want of a private choice", () => {
    const { c } = started(3, PAIR);
    c.later(70_000);
    c.must("T1", SYSTEM, "timer.fire");
    const ada = { kind: "player", playerId: "a1", role: "AIOS" } as const;
    const bo = { kind: "player", playerId: "s1", role: "SW" } as const;
    c.must("T1", ada, "preference.record", { decisionId: "B1", optionId: "A" });
    c.must("T1", bo, "preference.record", { decisionId: "B1", optionId: "B" });
    c.must("T1", ada, "proposal.make", { decisionId: "B1", optionId: "A", rationale: "test" });

    c.join("w1", "Eva", "WV");
    const eva = { kind: "player", playerId: "w1", role: "WV" } as const;
    // The discussion has started: her private choice can no longer be recorded, but her vote counts.
    expect(c.put("T1", eva, "preference.record", { decisionId: "B1", optionId: "C" })).toBe(
      "discussion_started",
    );
    c.must("T1", bo, "proposal.vote", { proposalId: c.state.teams.T1?.proposals[0]?.id, agree: true });
    expect(c.state.teams.T1?.decisions.B1?.status).toBe("open");
    c.must("T1", eva, "proposal.vote", { proposalId: c.state.teams.T1?.proposals[0]?.id, agree: false });
    expect(c.state.teams.T1?.proposals[0]?.status).toBe("rejected");
    c.must("T1", bo, "proposal.make", { decisionId: "B1", optionId: "B", rationale: "dan dit" });
  });
});

describe("late arrivals with every team full form a team of their own", () => {
  it("which waits with the roles it needs, and starts by itself once every required role is seated", () => {
    const { c } = started(2, PAIR);

    c.join("s2", "Lieke", "SW");
    expect(c.member("s2")).toMatchObject({ teamId: "T2", role: "SW" });
    expect(c.state.teams.T2?.status).toBe("lobby");
    expect(c.viewOf("s2")).toMatchObject({ status: "lobby", startNeeds: ["AIOS"] });

    c.join("x2", "Mo");
    expect(c.member("x2")).toMatchObject({ teamId: "T2", role: "AIOS" });
    expect(c.state.teams.T2?.status).toBe("playing");
    expect(c.state.teams.T2?.phase).toBe("F0");
    expect(c.log.at(-1)).toMatchObject({ team: "T2", type: "team.start", actor: SYSTEM });
    expect(c.viewOf("x2").hand.map((x) => x.id)).toEqual(["A1", "A2"]);
  });

  it("a newcomer completes a waiting team in their own role before taking another role in a running team", () => {
    const { c } = started(3, [...PAIR, ["w1", "Cor", "WV"]]);
    c.join("s2", "Lieke", "SW");
    expect(c.member("s2").teamId).toBe("T2");
    c.join("a1b", "Nora", "WV");
    // T1 is full; the WV waits with Lieke (an optional role does not complete a team).
    expect(c.member("a1b")).toMatchObject({ teamId: "T2", role: "WV" });
    expect(c.state.teams.T2?.status).toBe("lobby");
    c.join("a2", "Mo", "AIOS");
    expect(c.member("a2")).toMatchObject({ teamId: "T2", role: "AIOS" });
    expect(c.state.teams.T2?.status).toBe("playing");
  });
});

describe("the teacher moves a player during play", () => {
  it("through the games: leave, join in the chosen role, cards stay with the role seat", () => {
    const { c } = started(2, TWO_PAIRS);
    c.must("T2", { kind: "player", playerId: "a2", role: "AIOS" }, "card.share", { cardId: "A1" });

    // A connected player's seat cannot be taken.
    expect(c.move("a2", "T1", "AIOS")).toBe("seat_occupied");
    // The free WV seat of T1 can.
    expect(c.move("a2", "T1", "WV")).toBeNull();
    expect(c.log.slice(-3).map((e) => [e.team, e.type])).toEqual([
      [null, "host.move"],
      ["T2", "team.leave"],
      ["T1", "team.join"],
    ]);
    expect(c.member("a2")).toMatchObject({ teamId: "T1", role: "WV" });
    expect(Object.keys(c.state.teams.T2?.members ?? {})).toEqual(["s2"]);
    // The AIOS cards stay with the AIOS seat in T2; in T1 Cor sees the WV seat's hand and T1's table, not T2's.
    expect(c.state.teams.T2?.cardOwner.A2).toBe("AIOS");
    const view = c.viewOf("a2");
    expect(view.teamId).toBe("T1");
    expect(view.hand.every((x) => x.holder === "WV")).toBe(true);
    expect(view.table.map((x) => x.cardId)).not.toContain("A1");
    expect(view.members.map((m) => m.playerId).sort()).toEqual(["a1", "a2", "s1"]);

    // Back into T2's empty AIOS seat: the cards of that seat are his again, the shared one still on T2's table.
    expect(c.move("a2", "T2", "AIOS")).toBeNull();
    const back = c.viewOf("a2");
    expect(back.hand.map((x) => x.id)).toEqual(["A1", "A2"]);
    expect(back.table.map((x) => x.cardId)).toContain("A1");
  });

  it("into an offline player's seat swaps them, so nobody is left without a team", () => {
    const { c } = started(2, TWO_PAIRS);
    c.must("T1", SYSTEM, "player.connection", { playerId: "s1", connected: false });
    expect(c.move("s2", "T1", "SW")).toBeNull();
    expect(c.member("s2")).toMatchObject({ teamId: "T1", role: "SW", connected: true });
    expect(c.member("s1")).toMatchObject({ teamId: "T2", role: "SW", connected: false });
    expect(c.state.teams.T1?.members.s2?.connected).toBe(true);
    expect(c.state.teams.T2?.members.s1?.connected).toBe(false);
  });

  it("into a new team makes a waiting team, which the host starts once it may", () => {
    const s = tutorial();
    const c = classroom(s, 3);
    for (const [id, role] of [
      ["a1", "AIOS"],
      ["s1", "SW"],
      ["a2", "AIOS"],
      ["s2", "SW"],
    ] as const)
      c.join(id, id, role);
    c.start();
    expect(c.move("a2", "T3", "AIOS")).toBeNull();
    expect(c.state.teams.T3?.status).toBe("lobby");
    expect(c.put("T3", HOST, "host.start", {})).toBe("roles_missing");
    expect(c.move("s2", "T3", "SW")).toBeNull();
    // A move never starts a team by itself; the host does.
    expect(c.state.teams.T3?.status).toBe("lobby");
    expect(c.put("T3", HOST, "host.start", {})).toBeNull();
    expect(c.state.teams.T3?.status).toBe("playing");
  });
});

describe("a log with late joins and moves", () => {
  it("folds again to the same state hash after every entry", () => {
    const s = tutorial();
    const c = classroom(s, 2);
    const live = new Map<number, string>();
    const record = () => live.set(c.state.lastSeq, hashState(c.state));
    c.join("a1", "Ada", "AIOS");
    c.join("s1", "Bo", "SW");
    c.start();
    record();
    c.later(5_000);
    c.join("s2", "Lieke", "SW");
    record();
    c.join("a2", "Mo", "AIOS");
    record();
    c.later(5_000);
    expect(c.move("a2", "T1", "WV")).toBeNull();
    record();
    expect(c.move("a2", "T2", "AIOS")).toBeNull();
    record();
    c.must(null, HOST, "session.end", { reason: "host" });
    record();

    const folded = new Map<number, string>();
    const { state, problems } = foldSession(s, { teamSize: 2 }, c.log, {
      onEntry: (entry, after) => folded.set(entry.seq, hashState(after)),
    });
    expect(problems).toEqual([]);
    for (const [seq, hash] of live) expect(folded.get(seq), `after seq ${seq}`).toBe(hash);
    expect(hashState(state)).toBe(hashState(c.state));
  });
});
