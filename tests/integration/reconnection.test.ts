// Weak classroom Wi-Fi: a dropped student reconnects by itself, a reloaded browser gets its seat back, mid-game.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { joinTeamAndStart, playerIdOf } from "../helpers/play.ts";
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

describe("reconnection during a game", () => {
  it("a dropped connection is held, the SDK reconnects by itself, and the team sees who is offline meanwhile", async () => {
    const session = await server.createSession();
    const { host, players } = await joinTeamAndStart(server, session);
    const [amir] = players;
    if (!amir) throw new Error("no student");
    amir.room.reconnection.minUptime = 0;
    const amirId = playerIdOf(amir);
    const reconnected = new Promise<void>((resolve) => amir.room.onReconnect(() => resolve()));

    const serverRoom = server.colyseus.getRoomById(session.roomId);
    const serverClient = serverRoom.clients.find((c) => c.sessionId === amir.room.sessionId);
    (serverClient as unknown as { ref: { terminate(): void } }).ref.terminate();

    await host.waitForView("Amir offline", (v) =>
      v.members.some((m) => m.playerId === amirId && !m.connected),
    );
    await reconnected;
    await host.waitForView("Amir back", (v) => v.members.every((m) => m.connected));
    expect(amir.room.sessionId).toBe(serverClient?.sessionId);
    await host.send("host.advance", { teamId: "T1" });
    expect(await amir.send("card.share", { cardId: "A1" })).toBe("ok");
  });

  it("a reloaded browser rejoins with its token: same player, team, role and hand", async () => {
    const session = await server.createSession();
    const { host, players } = await joinTeamAndStart(server, session);
    const [, sanne] = players;
    if (!sanne) throw new Error("no student");
    const before = sanne.view();
    const sanneId = playerIdOf(sanne);
    await sanne.room.leave(true);
    await host.waitForView("Sanne offline", (v) =>
      v.members.some((m) => m.playerId === sanneId && !m.connected),
    );

    const again = await Scripted.player(
      server.colyseus.sdk,
      session.roomId,
      "Sanne",
      undefined,
      "Sanne-token-0123456789abcdef",
    );
    const view = await again.waitForView("Sanne's view", (v) => v.viewer.kind === "role");
    expect(playerIdOf(again)).toBe(sanneId);
    expect(view.viewer).toEqual({ kind: "role", role: "SW" });
    expect(view.hand.map((c) => c.id)).toEqual(before?.hand.map((c) => c.id));
    await waitFor(() => host.view()?.members.every((m) => m.connected), "Sanne online again");
    expect(host.view()?.members).toHaveLength(3);
  });
});
