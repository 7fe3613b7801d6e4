// How sessions end and disappear: deleted by the host now, closed after inactivity, purged after retention.
import { afterEach, describe, expect, it } from "vitest";
import { startRetention } from "../../server/sessions/retention.ts";
import { openPglite } from "../../server/store/sql-client.ts";
import { SqlStore } from "../../server/store/store.ts";
import { Scripted } from "../helpers/scripted.ts";
import { startTestServer, type TestServer } from "../helpers/server.ts";
import { waitFor } from "../helpers/wait.ts";

let server: TestServer | undefined;
afterEach(async () => {
  await server?.stop();
  server = undefined;
});

const storedSession = async (s: TestServer, code: string) =>
  (await s.store.liveSessions()).find((x) => x.code === code);

describe("deleting a session now", () => {
  it("needs the host key; then closes the room and removes the session, its log and seats", async () => {
    server = await startTestServer();
    const session = await server.createSession();
    const student = await Scripted.player(server.colyseus.sdk, session.roomId, "Gijs");
    const left = new Promise<number>((resolve) => student.room.onLeave((code) => resolve(code)));
    const record = await storedSession(server, session.code);
    const del = (key?: string) =>
      fetch(`${server?.url}/api/sessions/${session.code}`, {
        method: "DELETE",
        headers: key ? { Authorization: `Bearer ${key}` } : {},
      });

    expect((await del()).status).toBe(403);
    const wrong = await del("not-the-host-key-at-all-000000");
    expect(wrong.status).toBe(403);
    expect(await wrong.json()).toEqual({ error: "host_key_invalid" });
    expect((await del(session.hostKey)).status).toBe(204);

    await left;
    expect((await fetch(`${server.url}/api/sessions/${session.code}`)).status).toBe(404);
    expect(await server.store.session(record?.id ?? "")).toBeUndefined();
    expect(await server.store.readLog(record?.id ?? "")).toEqual([]);
    expect(await server.store.seats(record?.id ?? "")).toEqual([]);
  });
});

describe("a session nobody uses", () => {
  it("is closed after the idle time: ended in the log and the store, and no longer found by its code", async () => {
    server = await startTestServer({ sessionIdleMs: 300 });
    const session = await server.createSession();
    const record = await storedSession(server, session.code);
    const student = await Scripted.player(server.colyseus.sdk, session.roomId, "Hanna");
    await student.room.leave(true);
    const s = server;
    await expect
      .poll(async () => (await s.store.session(record?.id ?? ""))?.endedAt ?? null, { timeout: 5_000 })
      .not.toBeNull();
    const log = await s.store.readLog(record?.id ?? "");
    expect(log.at(-1)).toMatchObject({
      type: "session.end",
      payload: { reason: "inactive" },
      actor: { kind: "system" },
    });
    expect((await fetch(`${s.url}/api/sessions/${session.code}`)).status).toBe(410);
  });
});

describe("retention", () => {
  it("deletes sessions that ended longer ago than the retention period, at start-up", async () => {
    const store = await SqlStore.open(await openPglite(undefined));
    const day = 24 * 60 * 60_000;
    const base = { scenarioId: "tutorial-nl", language: "nl", teamSize: 3, hostKeyHash: "h", createdAt: 0 };
    await store.createSession({ ...base, id: "old", code: "KKKK3" });
    await store.createSession({ ...base, id: "recent", code: "KKKK4" });
    await store.createSession({ ...base, id: "live", code: "KKKK6" });
    await store.endSession("old", Date.now() - 31 * day);
    await store.endSession("recent", Date.now() - 2 * day);
    const purged: number[] = [];
    const stop = startRetention(store, 30 * day, (count) => purged.push(count));
    await waitFor(() => purged.length > 0, "the first purge");
    stop();
    expect(purged).toEqual([1]);
    expect(await store.session("old")).toBeUndefined();
    expect(await store.session("recent")).toBeDefined();
    expect(await store.session("live")).toBeDefined();
    await store.close();
  });
});

describe("game time", () => {
  it("runs timers at the configured scale, stands still while paused, and times out to an outcome", async () => {
    server = await startTestServer({ timeScale: 100 });
    const session = await server.createSession();
    const sdk = server.colyseus.sdk;
    const host = await Scripted.host(sdk, session.roomId, session.hostKey);
    const players = await Promise.all(
      ["AIOS", "SW"].map((role) => Scripted.player(sdk, session.roomId, `S-${role}`, role)),
    );
    expect(await host.send("host.start")).toBe("ok");
    // F0 lasts one game minute: 0.6 s at this scale.
    await host.waitForView("phase F1 by the timer", (v) => v.phase?.id === "F1", 5_000);

    expect(await host.send("host.pause")).toBe("ok");
    const paused = host.view();
    await new Promise((r) => setTimeout(r, 1_000)); // 100 game seconds, were the clock running
    expect(host.view()?.phase?.id).toBe("F1");
    expect(host.view()?.now).toBe(paused?.now);

    expect(await host.send("host.resume")).toBe("ok");
    const end = await host.waitForView("an outcome by timeouts", (v) => v.status === "ended", 10_000);
    expect(end.outcome).not.toBeNull();
    expect(end.pressure).toBeGreaterThan(0);
    for (const p of players) await p.waitForView("the end", (v) => v.status === "ended");
  });
});
