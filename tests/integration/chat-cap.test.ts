// Issue 12's chat amplification: after 53 lines of 500 characters a team view was 31 kB, and every new line resent
// about 30 kB to every teammate and the host. The view now carries only the newest lines, and sends only the new one;
// the log keeps them all.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { CHAT_VIEW_CHARS, CHAT_VIEW_LINES, recentChat } from "../../scenarios/engine/view.ts";
import { RateLimiter } from "../../server/sessions/rate-limit.ts";
import { joinTeamAndStart } from "../helpers/play.ts";
import type { Scripted } from "../helpers/scripted.ts";
import { startTestServer, type TestServer } from "../helpers/server.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  vi.restoreAllMocks();
  await server.stop();
});

const line = (i: number) => `${String(i).padStart(3, "0")} ${"x".repeat(496)}`;

describe("the chat in a view", () => {
  it("keeps the newest lines within the line and character caps", () => {
    const lines = (n: number, size: number) =>
      Array.from({ length: n }, (_, i) => ({ text: "y".repeat(size), i }));
    expect(recentChat(lines(100, 20)).map((l) => l.i)).toEqual(Array.from({ length: 40 }, (_, i) => 60 + i));
    const long = recentChat(lines(53, 500));
    expect(long.length).toBe(CHAT_VIEW_CHARS / 500);
    expect(long.at(-1)?.i).toBe(52);
    expect(recentChat([])).toEqual([]);
    expect(CHAT_VIEW_LINES).toBe(40);
  });

  it("costs a teammate little more than the line itself after 53 long lines, and the log keeps every line", async () => {
    vi.spyOn(RateLimiter.prototype, "allow").mockReturnValue(true);
    const session = await server.createSession();
    const { host, players } = await joinTeamAndStart(server, session);
    const [writer, reader] = players as [Scripted, Scripted];
    for (let i = 0; i < 53; i++) expect(await writer.send("chat.say", { text: line(i) })).toBe("ok");

    const framesBefore = reader.frames.length;
    expect(await writer.send("chat.say", { text: line(53) })).toBe("ok");
    await reader.waitForView("the newest line", (v) => v.chat.some((c) => c.text === line(53)));
    const received = reader.frames.slice(framesBefore).reduce((n, f) => n + f.length, 0);
    // Views travel in parts (shared/protocol/view-parts.ts): the new line, the dropped oldest one, and the clock.
    console.log(`one 500-character chat line after 53: ${received} bytes to a teammate`);
    expect(received).toBeLessThan(1_500);

    const view = reader.view();
    expect(view?.chat.map((c) => c.text)).toEqual(Array.from({ length: 8 }, (_, i) => line(46 + i)));
    for (const json of Object.values(host.allViews())) expect(json.length).toBeLessThan(13_000);

    const log = await server.store.readLog(
      (await server.store.liveSessions()).find((s) => s.code === session.code)?.id ?? "",
    );
    expect(log.filter((e) => e.type === "chat.say")).toHaveLength(54);
  });
});
