// Scripted students and a host play each shipped scenario to an outcome over real connections.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Acknowledged, joinTeamAndStart, load, playToTheEnd } from "../helpers/play.ts";
import { startTestServer, type TestServer } from "../helpers/server.ts";
import { waitFor } from "../helpers/wait.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.stop();
});

describe.each([
  ["elke-week-een-andere-klacht.yaml"],
  ["een-brandwond-die-niet-klopt.yaml"],
  ["tutorial-nl.yaml"],
  ["tutorial-en.yaml"],
])("a full game of %s", (file) => {
  it("reaches the good outcome when the team pools everything, and the log holds every acknowledged command", async () => {
    const s = load(file);
    const session = await server.createSession({ scenarioId: s.id, language: "nl", teamSize: 3 });
    const { host, players } = await joinTeamAndStart(server, session);
    expect(players.map((p) => p.view()?.viewer)).toEqual([
      { kind: "role", role: "AIOS" },
      { kind: "role", role: "SW" },
      { kind: "role", role: "WV" },
    ]);

    const acked: Acknowledged[] = [];
    const end = await playToTheEnd(s, host, players, { acked, share: () => true });
    expect(end.meterNames).toEqual(Object.fromEntries(s.meters.map((m) => [m.id, m.name])));
    // Everything pooled and the best option each time: the scenario must reward that.
    expect(end.outcome?.level).toBe("good");
    await waitFor(() => host.view()?.outcome, "the host to see the outcome");

    const [stored] = (await server.store.liveSessions()).filter((x) => x.code === session.code);
    const log = await server.store.readLog(stored?.id ?? "");
    const playerEntries = log.filter((e) => (e.actor as { kind: string }).kind === "player");
    expect(
      playerEntries.map((e) => ({ type: e.type, playerId: (e.actor as { playerId: string }).playerId })),
    ).toEqual(acked);
    expect(log.map((e) => e.seq)).toEqual(log.map((_, i) => i + 1));

    const exportUrl = `${server.url}/api/sessions/${session.code}/export`;
    expect((await fetch(exportUrl)).status).toBe(403);
    const exported = await fetch(exportUrl, { headers: { Authorization: `Bearer ${session.hostKey}` } });
    expect(exported.status).toBe(200);
    const body = await exported.json();
    const team = body.teams.T1;
    expect(team.debrief.outcome.level).toBe("good");
    // The measures are the engine replaying the stored log: they must agree with the live game.
    const live = host.view()?.decisions.map((d) => [d.id, d.chosen]);
    expect(
      team.debrief.decisions.map((d: { decision: string; chosen: string | null }) => [d.decision, d.chosen]),
    ).toEqual(live);
    expect(body.entries.length).toBe(log.length);
    expect(JSON.stringify(body)).not.toContain(session.hostKey);
    expect(JSON.stringify(body)).not.toContain("-token-");
  }, 60_000);
});

describe("a two-player team", () => {
  it("gets the missing role's cards as the scenario redistributes them, and still reaches an outcome", async () => {
    const s = load("elke-week-een-andere-klacht.yaml");
    const session = await server.createSession({ scenarioId: s.id, language: "nl", teamSize: 2 });
    const { host, players } = await joinTeamAndStart(server, session, [
      ["Amir", "AIOS"],
      ["Sanne", "SW"],
    ]);
    const [aios, sw] = players.map((p) => p.view());
    expect(sw?.hand.map((c) => c.id)).toEqual(expect.arrayContaining(["V1", "V2"]));
    expect(sw?.hand.find((c) => c.id === "V1")?.text).toMatch(/^De buurtconciërge vertelt de sociaal werker/);
    expect(aios?.hand.map((c) => c.id)).toContain("V3");
    const end = await playToTheEnd(s, host, players, { share: () => true });
    expect(end.outcome).not.toBeNull();
  }, 60_000);
});
