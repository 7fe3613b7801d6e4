// The facilitator's controls work from the host and only from the host; every refusal is an error the client can show.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HOST_COMMANDS } from "../../shared/protocol/game.ts";
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

async function startedTeam() {
  const session = await server.createSession();
  return { session, ...(await joinTeamAndStart(server, session)) };
}

describe("facilitator commands from a student", () => {
  it("are each refused with host_only, and change nothing", async () => {
    const { host, players } = await startedTeam();
    const [student] = players;
    if (!student) throw new Error("no student");
    const before = host.view();
    const payloads: Record<string, unknown> = {
      "host.move": { playerId: "x", teamId: "T1", role: "SW" },
      "host.extend": { ms: 60_000 },
      "host.advance": { teamId: "T1" },
      "host.inject": { injectId: "I1" },
      "host.message": { text: "Ik ben de docent" },
    };
    for (const type of Object.keys(HOST_COMMANDS)) {
      expect(await student.send(type, payloads[type] ?? {}), type).toBe("host_only");
    }
    expect(student.errors.at(-1)?.message).toBe("Alleen de docent kan dit doen.");
    expect(host.view()).toEqual(before);
    expect(student.room.connection.isOpen).toBe(true);
  });
});

describe("facilitator commands from the host", () => {
  it("pause stops the game for the team and refuses play; resume lets it go on", async () => {
    const { host, players } = await startedTeam();
    const [amir] = players;
    if (!amir) throw new Error("no student");
    expect(await host.send("host.advance", { teamId: "T1" })).toBe("ok");
    expect(await host.send("host.pause")).toBe("ok");
    expect(host.view()?.paused).toBe(true);
    await amir.waitForView("the pause", (v) => v.paused);
    expect(await amir.send("card.share", { cardId: "A1" })).toBe("paused");
    expect(await host.send("host.pause")).toBe("paused");
    expect(await host.send("host.resume")).toBe("ok");
    await amir.waitForView("the resume", (v) => !v.paused);
    expect(await amir.send("card.share", { cardId: "A1" })).toBe("ok");
  });

  it("publishes the game clock: running from the start, fresh for whoever joins later, stopped by a pause", async () => {
    const { session, host } = await startedTeam();
    type Time = { now: number; running: boolean; scale: number };
    const timeOf = (client: Scripted) => (client.room.state as unknown as { time: Time }).time;
    expect(timeOf(host)).toMatchObject({ running: true, scale: 1 });
    const first = timeOf(host).now;
    // Commands do not republish the clock (that would patch every client); a newcomer gets it as it is now.
    await new Promise((r) => setTimeout(r, 1_200));
    const later = await Scripted.host(server.colyseus.sdk, session.roomId, session.hostKey);
    await waitFor(
      () => timeOf(later).now >= first + 1_000 || undefined,
      "a fresh clock for a newcomer",
      3_000,
    );
    expect(await host.send("host.pause")).toBe("ok");
    expect(timeOf(host).running).toBe(false);
    const paused = timeOf(host).now;
    await new Promise((r) => setTimeout(r, 1_200));
    expect(timeOf(host).now).toBe(paused);
  });

  it("extend moves the team's deadline; advance opens the next phase", async () => {
    const { host } = await startedTeam();
    const before = host.view();
    expect(await host.send("host.extend", { teamId: "T1", ms: 60_000 })).toBe("ok");
    expect(host.view()?.deadline).toBe((before?.deadline ?? 0) + 60_000);
    expect(await host.send("host.advance", { teamId: "T1" })).toBe("ok");
    expect(host.view()?.phase?.id).toBe("F1");
  });

  it("inject fires an inject once; message reaches the team's feed", async () => {
    const { host, players } = await startedTeam();
    await host.send("host.advance", { teamId: "T1" });
    expect(await host.send("host.inject", { teamId: "T1", injectId: "I1" })).toBe("ok");
    expect(await host.send("host.inject", { teamId: "T1", injectId: "I1" })).toBe("inject_already_fired");
    expect(await host.send("host.inject", { teamId: "T1", injectId: "NOPE" })).toBe("unknown_inject");
    expect(await host.send("host.message", { text: "Denk aan de kindcheck." })).toBe("ok");
    for (const p of players) {
      await p.waitForView("the message", (v) => JSON.stringify(v.feed).includes("Denk aan de kindcheck."));
    }
  });

  it("end finishes every team, closes the session in the store and refuses further play", async () => {
    const { session, host, players } = await startedTeam();
    expect(await host.send("host.end")).toBe("ok");
    for (const p of players) await p.waitForView("the end", (v) => v.status === "ended");
    expect(await players[0]?.send("chat.say", { text: "hallo?" })).toBe("game_over");
    const record = (await server.store.liveSessions()).find((s) => s.code === session.code);
    expect(record).toBeUndefined();
    expect(await host.send("host.end")).toBe("game_over");
  });

  it("addresses a team that does not exist with unknown_team", async () => {
    const { host } = await startedTeam();
    expect(await host.send("host.extend", { teamId: "T9", ms: 60_000 })).toBe("unknown_team");
  });
});

describe("the lobby before the start", () => {
  it("lets the host move a player to another team and role, and rebalance; not after the start", async () => {
    const session = await server.createSession();
    const sdk = server.colyseus.sdk;
    const host = await Scripted.host(sdk, session.roomId, session.hostKey);
    const players = await Promise.all(
      ["Anna", "Bram", "Cas", "Dewi"].map((name) => Scripted.player(sdk, session.roomId, name)),
    );
    const lobby = () =>
      host.room.state as unknown as {
        players: Map<string, { id: string; nickname: string; teamId: string; role: string }>;
      };
    const dewi = () => [...lobby().players.values()].find((p) => p.nickname === "Dewi");
    await waitFor(() => dewi()?.teamId, "Dewi to be placed");
    const teamsBefore = new Set([...lobby().players.values()].map((p) => p.teamId));
    expect(teamsBefore).toEqual(new Set(["T1", "T2"]));

    expect(await host.send("host.move", { playerId: dewi()?.id, teamId: "T3", role: "WV" })).toBe("ok");
    expect(dewi()).toMatchObject({ teamId: "T3", role: "WV" });
    expect(await host.send("host.move", { playerId: dewi()?.id, teamId: "T1", role: "XX" })).toBe(
      "role_unknown",
    );
    expect(await host.send("host.balance")).toBe("ok");
    await waitFor(() => dewi()?.teamId !== "T3", "the rebalance");

    expect(await host.send("host.start")).toBe("ok");
    for (const p of players) await p.waitForView("the start", (v) => v.status === "playing");
    expect(await host.send("host.balance")).toBe("not_in_lobby");
    expect(await host.send("host.start")).toBe("already_started");
  });
});

describe("bad messages", () => {
  it("get a specific error, the sender stays connected and nothing changes", async () => {
    const { host, players } = await startedTeam();
    const [amir] = players;
    if (!amir) throw new Error("no student");
    const before = host.view();
    expect(await amir.send("card.share", { cardId: 42 })).toBe("invalid_payload");
    expect(await amir.send("card.share", { cardId: "S1" })).toBe("not_your_card");
    expect(await amir.send("card.share", { cardId: "ZZ9" })).toBe("unknown_card");
    expect(await amir.send("timer.fire")).toBe("system_only");
    expect(await amir.send("cheat.win")).toBe("unknown_command");
    expect(await host.send("card.share", { cardId: "A1" })).toBe("unknown_command");
    expect(await host.send("host.extend", { ms: 5 })).toBe("invalid_payload");
    expect(await amir.send("chat.say", { text: "x".repeat(5_000) })).toBe("message_too_large");
    expect(host.view()).toEqual(before);
    expect(amir.room.connection.isOpen).toBe(true);
  });

  it("a flood of chat is cut off with rate_limited, in the language the student joined with", async () => {
    const session = await server.createSession();
    const sdk = server.colyseus.sdk;
    const host = await Scripted.host(sdk, session.roomId, session.hostKey);
    const room = await sdk.joinById(session.roomId, {
      nickname: "Eve",
      playerToken: "token-eve-0123456789abcdefgh",
      language: "en",
    });
    const errors: Array<{ code: string; message: string }> = [];
    room.onMessage("error", (e: { code: string; message: string }) => errors.push(e));
    await host.send("host.start");
    for (let i = 0; i < 12; i++) room.send("chat.say", { text: `spam ${i}` });
    await waitFor(() => errors.some((e) => e.code === "rate_limited"), "the rate limit");
    expect(errors.find((e) => e.code === "rate_limited")?.message).toBe(
      "You are sending too much at once. Wait a moment and try again.",
    );
    expect(room.connection.isOpen).toBe(true);
  });

  it("a command before the start is refused with not_started", async () => {
    const session = await server.createSession();
    const student = await Scripted.player(server.colyseus.sdk, session.roomId, "Fien");
    expect(await student.send("chat.say", { text: "hoi" })).toBe("not_started");
  });
});

describe("students who arrive after the start", () => {
  it("fill a missing role, or form a new team that starts by itself once complete", async () => {
    const session = await server.createSession({ scenarioId: "tutorial-nl", language: "nl", teamSize: 3 });
    const sdk = server.colyseus.sdk;
    const { host } = await joinTeamAndStart(server, session, [
      ["Iris", "AIOS"],
      ["Jan", "SW"],
    ]);

    const nurse = await Scripted.player(sdk, session.roomId, "Kees", "WV");
    const joined = await nurse.waitForView("Kees in team 1", (v) => v.teamId === "T1");
    expect(joined.status).toBe("playing");
    expect(joined.viewer).toEqual({ kind: "role", role: "WV" });

    const late = [await Scripted.player(sdk, session.roomId, "Lieke", "SW")];
    expect(await host.send("host.start")).toBe("roles_missing");
    const waiting = await late[0]?.waitForView("team 2 formed", (v) => v.teamId === "T2");
    expect(waiting).toMatchObject({ status: "lobby", startNeeds: ["AIOS"] });
    late.push(await Scripted.player(sdk, session.roomId, "Mo", "AIOS"));
    for (const p of late) await p.waitForView("team 2 started", (v) => v.status === "playing");
    expect(await host.send("host.start")).toBe("already_started");
  });
});

describe("the facilitator's own part", () => {
  it("the host sees which contacts they play and the injects to come; students see neither", async () => {
    const session = await server.createSession({
      scenarioId: "elke-week-een-andere-klacht",
      language: "nl",
      teamSize: 3,
    });
    const { host, players } = await joinTeamAndStart(server, session);
    const hostView = host.view();
    expect(hostView?.contacts.find((c) => c.id === "erik")).toMatchObject({ facilitator: true });
    expect(hostView?.injects.map((i) => i.id)).toEqual(
      expect.arrayContaining(["I1", "I2", "I3", "I4", "I5", "I6"]),
    );
    expect(hostView?.injects.every((i) => !i.fired)).toBe(true);
    for (const p of players) {
      expect(p.view()?.injects).toEqual([]);
      expect(p.view()?.contacts.some((c) => "facilitator" in c || "facilitatorNote" in c)).toBe(false);
    }

    expect(await host.send("host.advance", { teamId: "T1" })).toBe("ok");
    expect(
      await players[0]?.send("contact.request", {
        contactId: "erik",
        question: "Mogen we met je meekijken?",
      }),
    ).toBe("ok");
    expect(
      await host.send("host.message", {
        teamId: "T1",
        text: "Als iemand met me meegaat, misschien.",
        as: "erik",
      }),
    ).toBe("ok");
    const answer = host.view()?.feed.at(-1);
    expect(answer).toMatchObject({
      kind: "message",
      ref: "erik",
      text: "Als iemand met me meegaat, misschien.",
    });
    expect(await host.send("host.inject", { teamId: "T1", injectId: "I1" })).toBe("ok");
    expect(host.view()?.injects.find((i) => i.id === "I1")?.fired).toBe(true);
  });
});
