// Records every frame each student receives during full games and looks for other roles' unshared cards in them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { joinTeamAndStart, load, playToTheEnd, roleOf } from "../helpers/play.ts";
import { Scripted } from "../helpers/scripted.ts";
import { startTestServer, type TestServer } from "../helpers/server.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.stop();
});

/** A distinctive stretch of a card's text that survives any encoding: no quotes, backslashes or line breaks. */
function snippet(text: string): string {
  const longest = text.split(/["\\\n\r]/).sort((a, b) => b.length - a.length)[0] ?? text;
  return longest.trim().slice(0, 40);
}

describe.each([
  ["elke-week-een-andere-klacht.yaml"],
  ["een-brandwond-die-niet-klopt.yaml"],
  ["tutorial-nl.yaml"],
])("secrecy in a full game of %s", (file) => {
  it("no student ever receives the text of another role's card that was not shared", async () => {
    const s = load(file);
    const session = await server.createSession({ scenarioId: s.id, language: "nl", teamSize: 3 });
    const { host, players } = await joinTeamAndStart(server, session);
    // Every other card goes on the table; the rest must stay with their owner (and the host) to the very end.
    const shareable = new Set(s.cards.filter((_, i) => i % 2 === 0).map((c) => c.id));
    await playToTheEnd(s, host, players, { share: (cardId) => shareable.has(cardId) });

    for (const p of players) {
      const role = roleOf(p);
      const received = p.frames.join("\n");
      expect(p.frames.length).toBeGreaterThan(10);
      for (const card of s.cards) {
        const text = snippet(card.text);
        if (card.owner === role) expect(received, `${role} should see own card ${card.id}`).toContain(text);
        else if (!shareable.has(card.id))
          expect(received, `${role} received ${card.owner}'s unshared ${card.id}`).not.toContain(text);
      }
    }
    // The host sees every card: the same check would catch a host view leaking to students.
    const hostReceived = host.frames.join("\n");
    for (const card of s.cards) expect(hostReceived).toContain(snippet(card.text));
  }, 60_000);
});

describe("teams in one session", () => {
  it("never see each other's table or chat", async () => {
    const session = await server.createSession({ scenarioId: "tutorial-nl", language: "nl", teamSize: 2 });
    const sdk = server.colyseus.sdk;
    const host = await Scripted.host(sdk, session.roomId, session.hostKey);
    const students = await Promise.all(
      ["Ada", "Bo", "Cor", "Dirk"].map((name) => Scripted.player(sdk, session.roomId, name)),
    );
    expect(await host.send("host.start")).toBe("ok");
    const views = await Promise.all(
      students.map((p) => p.waitForView("the start", (v) => v.status === "playing")),
    );
    const teamOf = (i: number) => views[i]?.teamId;
    expect(new Set(views.map((v) => v.teamId))).toEqual(new Set(["T1", "T2"]));
    const sender = students.find((_, i) => teamOf(i) === "T1");
    expect(await sender?.send("chat.say", { text: "alleen-voor-team-1 7f3k" })).toBe("ok");
    // First everyone in team 1 has it; only then is silence in team 2 meaningful.
    for (const [i, p] of students.entries()) {
      if (teamOf(i) === "T1")
        await p.waitForView("the chat", (v) => v.chat.some((c) => c.text.includes("7f3k")));
    }
    await new Promise((r) => setTimeout(r, 200));
    for (const [i, p] of students.entries()) {
      if (teamOf(i) !== "T1") expect(p.frames.join("\n")).not.toContain("7f3k");
    }
  });
});
