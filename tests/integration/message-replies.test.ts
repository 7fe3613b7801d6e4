// Issue 12's findings on message handling, each sent as the raw frame that showed it: every message the server
// can decode gets exactly one reply naming the type as sent; a frame it cannot decode gets an error, then a close.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { INVALID_COMMAND } from "../../shared/protocol/errors.ts";
import { joinTeamAndStart } from "../helpers/play.ts";
import { dataFrame, nestedArrays, packPayload, rawString } from "../helpers/raw-frames.ts";
import { answerTo, watchClose } from "../helpers/replies.ts";
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

type Lobby = { status: string; players: Map<string, { id: string; nickname: string }> };
const lobbyOf = (client: Scripted) => client.room.state as unknown as Lobby;

async function lobbyWithStudents() {
  const session = await server.createSession();
  const sdk = server.colyseus.sdk;
  const host = await Scripted.host(sdk, session.roomId, session.hostKey);
  const students = [];
  for (const [name, role] of [
    ["Amir", "AIOS"],
    ["Sanne", "SW"],
  ] as const)
    students.push(await Scripted.player(sdk, session.roomId, name, role));
  await waitFor(() => lobbyOf(host).players.size === 2 || undefined, "both students in the lobby");
  return { session, host, students };
}

describe("payloads msgpack can carry but JSON cannot", () => {
  it("answers a 64-bit integer (decoded as BigInt) once, with payload_not_json", async () => {
    const { players } = await joinTeamAndStart(server, await server.createSession());
    const student = players[0] as Scripted;
    const answer = await answerTo(student, dataFrame("chat.say", packPayload({ text: 2n ** 63n })));
    expect(answer.replies).toEqual([{ kind: "error", code: "payload_not_json", command: "chat.say" }]);
    expect(answer.closed).toBeUndefined();
    // Still in play: the next ordinary message is taken.
    expect(await student.send("chat.say", { text: "nog hier" })).toBe("ok");
  });

  it("does not run host.start, host.pause or host.end on a msgpack timestamp (a Date)", async () => {
    const { host } = await lobbyWithStudents();
    const start = await answerTo(host, dataFrame("host.start", packPayload(new Date(0))));
    expect(start.replies).toEqual([{ kind: "error", code: "payload_not_object", command: "host.start" }]);
    expect(lobbyOf(host).status).toBe("lobby");

    expect(await host.send("host.start")).toBe("ok");
    for (const type of ["host.pause", "host.end"]) {
      const answer = await answerTo(host, dataFrame(type, packPayload(new Date())));
      expect(answer.replies).toEqual([{ kind: "error", code: "payload_not_object", command: type }]);
    }
    expect(lobbyOf(host).status).toBe("playing");
    // Not paused either: a pause with a proper payload is taken (it would be `paused` after the first).
    expect(await host.send("host.pause")).toBe("ok");
  });

  it("refuses a NUL character, which the store cannot keep, before it reaches the log (found by fuzz:long)", async () => {
    const { players } = await joinTeamAndStart(server, await server.createSession());
    const student = players[0] as Scripted;
    const answer = await answerTo(student, dataFrame("chat.say", packPayload({ text: "a\u0000b" })));
    expect(answer.replies).toEqual([{ kind: "error", code: "payload_not_json", command: "chat.say" }]);
  });

  it("refuses deep nesting with payload_too_deep and logs no stack overflow", async () => {
    const errors = vi.spyOn(console, "error");
    const { players } = await joinTeamAndStart(server, await server.createSession());
    const student = players[0] as Scripted;
    // { text: [[[[…]]]] } 20,000 levels deep: fits one frame.
    const body = Uint8Array.from([
      0x81,
      ...rawString(new TextEncoder().encode("text")),
      ...nestedArrays(20_000),
    ]);
    const answer = await answerTo(student, dataFrame("chat.say", body));
    expect(answer.replies).toEqual([{ kind: "error", code: "payload_too_deep", command: "chat.say" }]);
    expect(answer.closed).toBeUndefined();
    const logged = errors.mock.calls.flat().map(String).join("\n");
    errors.mockRestore();
    expect(logged).not.toMatch(/Maximum call stack/);
  });
});

describe("message types", () => {
  it("answers a type with a lone surrogate once, with a marker for the command, and keeps the connection", async () => {
    const { players } = await joinTeamAndStart(server, await server.createSession());
    const student = players[0] as Scripted;
    watchClose(student);
    // "chat.\uD800" as the SDK's string encoder writes it: the surrogate as three bytes (ED A0 80).
    const type = rawString(Uint8Array.from([...new TextEncoder().encode("chat."), 0xed, 0xa0, 0x80]));
    const answer = await answerTo(student, dataFrame(type, packPayload({ text: "hoi" })));
    expect(answer.replies).toEqual([{ kind: "error", code: "type_invalid", command: INVALID_COMMAND }]);
    expect(answer.closed).toBeUndefined();
    expect(await student.send("chat.say", { text: "nog hier" })).toBe("ok");
  });

  it("answers the type `*` as `*`, not as the type named in its payload", async () => {
    const { host } = await lobbyWithStudents();
    const named = await answerTo(host, dataFrame("*", packPayload("host.start")));
    expect(named.replies).toEqual([{ kind: "error", code: "payload_not_object", command: "*" }]);
    const empty = await answerTo(host, dataFrame("*", packPayload({})));
    expect(empty.replies).toEqual([{ kind: "error", code: "unknown_command", command: "*" }]);
    expect(lobbyOf(host).status).toBe("lobby");
  });

  it('answers the empty type as "", not as "undefined"', async () => {
    const { host } = await lobbyWithStudents();
    const answer = await answerTo(host, dataFrame("", packPayload({})));
    expect(answer.replies).toEqual([{ kind: "error", code: "unknown_command", command: "" }]);
  });
});

describe("frames the server cannot decode", () => {
  it("sends message_unreadable naming the type, then closes the connection", async () => {
    const { players } = await joinTeamAndStart(server, await server.createSession());
    const student = players[1] as Scripted;
    watchClose(student);
    // A map of two entries that ends after its first key.
    const answer = await answerTo(student, dataFrame("chat.say", Uint8Array.of(0x82, 0xa1, 0x61)));
    expect(answer.replies).toEqual([{ kind: "error", code: "message_unreadable", command: "chat.say" }]);
    await waitFor(() => student.room.connection.isOpen === false || undefined, "the close");
  });
});

describe("host.move", () => {
  it("checks the role id against its documented format (2 to 6 capital letters)", async () => {
    const { host } = await lobbyWithStudents();
    const amir = [...lobbyOf(host).players.values()].find((p) => p.nickname === "Amir");
    for (const role of ["sw", "S W", "AIOS1", "A"])
      expect(await host.send("host.move", { playerId: amir?.id, teamId: "T1", role }), role).toBe(
        "invalid_payload",
      );
    expect(await host.send("host.move", { playerId: amir?.id, teamId: "T1", role: "SW" })).toBe("ok");
  });
});
