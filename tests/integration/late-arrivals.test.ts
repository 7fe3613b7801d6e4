// Students who arrive after the start end up playing, and the teacher can move anyone during play: real server,
// scripted clients, each reading only the views the server gives them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TeamView } from "../../shared/scenario/views.ts";
import { joinTeamAndStart } from "../helpers/play.ts";
import { Scripted } from "../helpers/scripted.ts";
import { startTestServer, type TestServer } from "../helpers/server.ts";
import { waitFor } from "../helpers/wait.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.stop();
});

/** The host's view of any team, from the views the host receives. */
function hostView(host: Scripted, teamId: string): TeamView | undefined {
  const json = host.allViews()[`${teamId}/host`];
  return json ? (JSON.parse(json) as TeamView) : undefined;
}
const waitForHostView = (host: Scripted, teamId: string, what: string, test: (v: TeamView) => boolean) =>
  waitFor(() => {
    const v = hostView(host, teamId);
    return v && test(v) ? v : undefined;
  }, what);

describe("two late arrivals", () => {
  it("form a team that waits with the role it needs, then starts by itself and both play", async () => {
    const session = await server.createSession({ scenarioId: "tutorial-nl", language: "nl", teamSize: 2 });
    const sdk = server.colyseus.sdk;
    const { host } = await joinTeamAndStart(server, session, [
      ["Iris", "AIOS"],
      ["Jan", "SW"],
    ]);

    const lieke = await Scripted.player(sdk, session.roomId, "Lieke", "SW");
    const waiting = await lieke.waitForView("Lieke's team formed", (v) => v.teamId === "T2");
    expect(waiting).toMatchObject({ status: "lobby", startNeeds: ["AIOS"] });
    // A team without a GP trainee may not start, by the button or otherwise.
    expect(await host.send("host.start", { teamId: "T2" })).toBe("roles_missing");

    const mo = await Scripted.player(sdk, session.roomId, "Mo");
    const playing = await mo.waitForView("Mo playing", (v) => v.status === "playing");
    expect(playing).toMatchObject({ teamId: "T2", viewer: { kind: "role", role: "AIOS" }, startNeeds: [] });
    expect(playing.hand.map((c) => c.id).sort()).toEqual(["A1", "A2"]);
    await lieke.waitForView("Lieke playing", (v) => v.status === "playing" && v.members.length === 2);
    expect(await mo.send("chat.say", { text: "Hoi Lieke" })).toBe("ok");
    expect(await host.send("host.start", { teamId: "T2" })).toBe("already_started");
  });
});

describe("the teacher during play", () => {
  it("moves players between teams, starts a waiting team with its button, and a late arrival fills the seat left", async () => {
    const session = await server.createSession({ scenarioId: "tutorial-nl", language: "nl", teamSize: 3 });
    const sdk = server.colyseus.sdk;
    const { host, players } = await joinTeamAndStart(server, session);
    const [amir, sanne, wim] = players;
    if (!amir || !sanne || !wim) throw new Error("no trio");
    const ids = Object.fromEntries(
      (hostView(host, "T1")?.members ?? []).map((m) => [m.nickname, m.playerId] as const),
    );
    expect(await sanne.send("card.share", { cardId: "S1" })).toBe("ok");

    // T1 is full: two late arrivals wait together in T2, which still needs a GP trainee.
    const lieke = await Scripted.player(sdk, session.roomId, "Lieke", "SW");
    const noor = await Scripted.player(sdk, session.roomId, "Noor", "WV");
    await noor.waitForView("Noor in T2", (v) => v.teamId === "T2" && v.members.length === 2);
    expect(noor.view()).toMatchObject({ status: "lobby", startNeeds: ["AIOS"] });

    // A seat held by a connected player cannot be taken; the refusal says so.
    expect(await host.send("host.move", { playerId: ids.Wim, teamId: "T1", role: "SW" })).toBe(
      "seat_occupied",
    );
    expect(host.errors.at(-1)?.message).toMatch(/verbonden/);

    // Amir goes to T2 as its GP trainee: the team is complete, but a move leaves the start to the teacher.
    expect(await host.send("host.move", { playerId: ids.Amir, teamId: "T2", role: "AIOS" })).toBe("ok");
    const moved = await amir.waitForView("Amir in T2", (v) => v.teamId === "T2");
    expect(moved).toMatchObject({ status: "lobby", startNeeds: [] });
    expect(moved.members.map((m) => m.nickname).sort()).toEqual(["Amir", "Lieke", "Noor"]);
    expect(Object.keys(amir.allViews())).toEqual(["T2/AIOS"]);
    const t1 = await waitForHostView(host, "T1", "Amir gone from T1", (v) => v.members.length === 2);
    // His cards stay with the AIOS seat of T1.
    expect(t1.hand.filter((c) => c.holder === "AIOS").map((c) => c.id)).toEqual(["A1", "A2"]);

    expect(await host.send("host.start", { teamId: "T2" })).toBe("ok");
    for (const p of [amir, lieke, noor]) await p.waitForView("T2 playing", (v) => v.status === "playing");
    const t2 = amir.view();
    expect(t2?.hand.map((c) => c.id).sort()).toEqual(["A1", "A2"]);
    // T1's table is T1's: what Sanne shared there is not on T2's table.
    expect(t2?.table.map((c) => c.cardId)).not.toContain("S1");

    // A late GP trainee fills the AIOS seat Amir left in T1, mid-game, with that seat's cards and T1's table.
    const eva = await Scripted.player(sdk, session.roomId, "Eva", "AIOS");
    const filled = await eva.waitForView("Eva in T1", (v) => v.teamId === "T1");
    expect(filled.status).toBe("playing");
    expect(filled.hand.map((c) => c.id).sort()).toEqual(["A1", "A2"]);
    expect(filled.table.map((c) => c.cardId)).toContain("S1");
    expect(await eva.send("kennismaken.submit", { whoIAm: "Eva", whatICanDo: "x", howToReachMe: "y" })).toBe(
      "ok",
    );
    await waitForHostView(host, "T1", "Eva in T1", (v) => v.members.some((m) => m.nickname === "Eva"));
  });
});
