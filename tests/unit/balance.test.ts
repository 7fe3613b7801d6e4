import { describe, expect, it } from "vitest";
import { type Assignment, balanceTeams, placeJoiner, rolesForSize } from "../../scenarios/engine/balance.ts";

const roles = [
  { id: "AIOS", optional: false },
  { id: "SW", optional: false },
  { id: "WV", optional: true },
];
const players = (...prefs: string[]) =>
  prefs.map((preferredRole, i) => ({ playerId: `p${i + 1}`, preferredRole }));
const teamsOf = (assignments: Assignment[]) => {
  const teams: Record<string, string[]> = {};
  for (const a of assignments) teams[a.teamId] = [...(teams[a.teamId] ?? []), a.role].sort();
  return teams;
};

describe("role slots per team size", () => {
  it("fills required roles first and the optional role only in a full team", () => {
    expect(rolesForSize(roles, 2)).toEqual(["AIOS", "SW"]);
    expect(rolesForSize(roles, 3)).toEqual(["AIOS", "SW", "WV"]);
  });
});

describe("balancing a lobby into teams", () => {
  it("makes mixed teams of three with every role, even when everyone asked for the same role", () => {
    const result = balanceTeams(players("SW", "SW", "SW", "SW", "SW", "SW"), roles, 3);
    expect(teamsOf(result)).toEqual({ T1: ["AIOS", "SW", "WV"], T2: ["AIOS", "SW", "WV"] });
  });

  it("honours preferences where the slots allow, in join order", () => {
    const result = balanceTeams(players("AIOS", "SW", "WV", "AIOS", "SW", "WV"), roles, 3);
    expect(result.map((a) => a.role)).toEqual(["AIOS", "SW", "WV", "AIOS", "SW", "WV"]);
    expect(teamsOf(result)).toEqual({ T1: ["AIOS", "SW", "WV"], T2: ["AIOS", "SW", "WV"] });
  });

  it("splits an awkward number into near-equal teams, each with both required roles", () => {
    const result = balanceTeams(players("", "", "", "", "", "", ""), roles, 3);
    expect(teamsOf(result)).toEqual({ T1: ["AIOS", "SW", "WV"], T2: ["AIOS", "SW"], T3: ["AIOS", "SW"] });
  });

  it("places every player exactly once", () => {
    const many = players(...Array.from({ length: 59 }, (_, i) => ["AIOS", "SW", "WV", ""][i % 4] ?? ""));
    const result = balanceTeams(many, roles, 3);
    expect(result.map((a) => a.playerId).sort()).toEqual(many.map((p) => p.playerId).sort());
    for (const team of Object.values(teamsOf(result))) {
      expect(team).toContain("AIOS");
      expect(team).toContain("SW");
    }
  });

  it("makes two-player teams of AIOS and SW", () => {
    expect(teamsOf(balanceTeams(players("WV", "WV", "", ""), roles, 2))).toEqual({
      T1: ["AIOS", "SW"],
      T2: ["AIOS", "SW"],
    });
  });
});

describe("placing a late joiner", () => {
  const current: Assignment[] = [
    { playerId: "a", teamId: "T1", role: "AIOS" },
    { playerId: "b", teamId: "T1", role: "SW" },
    { playerId: "c", teamId: "T2", role: "AIOS" },
    { playerId: "d", teamId: "T2", role: "SW" },
    { playerId: "e", teamId: "T2", role: "WV" },
  ];

  it("fills the team that lacks their role", () => {
    expect(placeJoiner(current, { playerId: "x", preferredRole: "WV" }, roles, 3)).toEqual({
      playerId: "x",
      teamId: "T1",
      role: "WV",
    });
  });

  it("takes a missing role in a team with room when their own role is everywhere", () => {
    expect(placeJoiner(current, { playerId: "x", preferredRole: "SW" }, roles, 3)).toEqual({
      playerId: "x",
      teamId: "T1",
      role: "WV",
    });
  });

  it("starts a new team when every team is full, never doubling a role", () => {
    const fullTeams = [...current, { playerId: "f", teamId: "T1", role: "WV" }];
    const joiner = { playerId: "x", preferredRole: "SW" };
    expect(placeJoiner(fullTeams, joiner, roles, 3)).toEqual({ playerId: "x", teamId: "T3", role: "SW" });
  });

  it("takes the lowest free team number", () => {
    const gap: Assignment[] = [{ playerId: "a", teamId: "T2", role: "AIOS" }];
    expect(placeJoiner(gap, { playerId: "x", preferredRole: "AIOS" }, roles, 1)).toMatchObject({
      teamId: "T1",
    });
  });
});
