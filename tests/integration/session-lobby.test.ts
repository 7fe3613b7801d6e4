// A teacher creates a session over HTTP and joins with the host key; students join with code and nickname.
import type { Room } from "@colyseus/sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newSecret } from "../../shared/ids.ts";
import { LobbySnapshot as LobbySchema, type LobbySnapshot } from "../../shared/protocol/lobby.ts";
import { startTestServer, type TestServer, TUTORIAL } from "../helpers/server.ts";
import { waitFor } from "../helpers/wait.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.stop();
});

const lobby = (room: Room): LobbySnapshot =>
  LobbySchema.parse((room.state as { toJSON(): unknown }).toJSON());
const nicknames = (room: Room) =>
  Object.values(lobby(room).players)
    .map((p) => p.nickname)
    .sort();

async function joinError(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  throw new Error("expected the join to be refused");
}

describe("creating a session", () => {
  it("returns a short join code, a secret host key and a join URL, and the code finds the room", async () => {
    const session = await server.createSession();
    expect(session.code).toMatch(/^[A-Z0-9]{5}$/);
    expect(session.hostKey.length).toBeGreaterThanOrEqual(32);
    expect(session.joinUrl).toBe(`${server.url}/join/${session.code}`);

    const lookup = await fetch(`${server.url}/api/sessions/${session.code.toLowerCase()}`);
    expect(lookup.status).toBe(200);
    const body = await lookup.json();
    expect(body).toMatchObject({
      code: session.code,
      roomId: session.roomId,
      joinUrl: session.joinUrl,
      scenario: { id: TUTORIAL.id },
    });
    expect(JSON.stringify(body)).not.toContain(session.hostKey);
  });

  it("gives every live session its own code", async () => {
    const codes = new Set<string>();
    for (let i = 0; i < 5; i++) codes.add((await server.createSession()).code);
    expect(codes.size).toBe(5);
  });

  it("refuses a malformed request, an unknown scenario and unknown codes with specific errors", async () => {
    const post = (body: unknown) =>
      fetch(`${server.url}/api/sessions`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(body),
      });
    const notJson = await fetch(`${server.url}/api/sessions`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: "{ not json",
    });
    expect(notJson.status).toBe(400);
    expect(await notJson.json()).toMatchObject({ error: "invalid_request" });

    const bad = await post({ scenarioId: TUTORIAL.id, language: "fr", teamSize: 3 });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: "invalid_request" });

    const unknown = await post({ scenarioId: "nope", language: "nl", teamSize: 3 });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ error: "unknown_scenario" });

    const malformedCode = await fetch(`${server.url}/api/sessions/0000`);
    expect(malformedCode.status).toBe(400);
    expect(await malformedCode.json()).toEqual({ error: "invalid_code" });

    const missing = await fetch(`${server.url}/api/sessions/KKKKK`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: "session_not_found" });
  });

  it("cannot be done by a client calling matchmaking directly", async () => {
    const error = await joinError(
      server.colyseus.sdk.create("session", {
        code: "KKKKK",
        hostKey: newSecret(),
        createSecret: newSecret(),
        scenario: { id: "x" },
        language: "nl",
        teamSize: 3,
      }),
    );
    expect(error).toBe("invalid_request");
  });
});

describe("the lobby", () => {
  it("shows students to the teacher live as they join, with their preferred role", async () => {
    const session = await server.createSession();
    const host = await server.join(session.roomId, { hostKey: session.hostKey });
    await waitFor(() => lobby(host).hostConnected, "host to be connected");

    const anna = await server.join(session.roomId, {
      nickname: "  Anna  de Vries ",
      role: "SW",
      playerToken: newSecret(),
    });
    await waitFor(() => nicknames(host).length === 1, "Anna in the host's lobby");
    const annaEntry = Object.values(lobby(host).players)[0];
    expect(annaEntry).toMatchObject({ nickname: "Anna de Vries", preferredRole: "SW", connected: true });
    expect(annaEntry?.sessionId).toBe(anna.sessionId);

    await server.join(session.roomId, { nickname: "Bram", playerToken: newSecret() });
    await waitFor(() => nicknames(host).length === 2, "Bram in the host's lobby");
    await waitFor(() => nicknames(anna).length === 2, "Bram in Anna's lobby");
    expect(nicknames(anna)).toEqual(["Anna de Vries", "Bram"]);
  });

  it("refuses a nickname already taken in the session, ignoring case and spacing", async () => {
    const session = await server.createSession();
    await server.join(session.roomId, { nickname: "Sanne", playerToken: newSecret() });
    const error = await joinError(
      server.join(session.roomId, { nickname: " SANNE", playerToken: newSecret() }),
    );
    expect(error).toBe("nickname_taken");
  });

  it("refuses empty or overlong nicknames, unknown roles and a missing player token", async () => {
    const session = await server.createSession();
    const join = (options: Record<string, unknown>) => joinError(server.join(session.roomId, options));
    expect(await join({ nickname: "   ", playerToken: newSecret() })).toBe("nickname_invalid");
    expect(await join({ nickname: "x".repeat(25), playerToken: newSecret() })).toBe("nickname_invalid");
    expect(await join({ nickname: "Kim", role: "ZZ", playerToken: newSecret() })).toBe("role_invalid");
    expect(await join({ nickname: "Kim" })).toBe("token_invalid");
  });

  it("refuses a wrong host key", async () => {
    const session = await server.createSession();
    const error = await joinError(server.join(session.roomId, { hostKey: newSecret() }));
    expect(error).toBe("host_key_invalid");
  });

  it("gives a reloaded browser its own seat back instead of a second one", async () => {
    const session = await server.createSession();
    const host = await server.join(session.roomId, { hostKey: session.hostKey });
    const token = newSecret();
    const first = await server.join(session.roomId, { nickname: "Noor", playerToken: token });
    await waitFor(() => nicknames(host).length === 1, "Noor in the lobby");
    const playerId = Object.keys(lobby(host).players)[0];

    await first.leave(true);
    await waitFor(() => Object.values(lobby(host).players)[0]?.connected === false, "Noor shown offline");

    const again = await server.join(session.roomId, { nickname: "Noor", playerToken: token });
    await waitFor(() => Object.values(lobby(host).players)[0]?.connected === true, "Noor back online");
    expect(Object.keys(lobby(host).players)).toEqual([playerId]);
    expect(Object.values(lobby(host).players)[0]?.sessionId).toBe(again.sessionId);
  });

  it("stores the session and every new seat before the lobby shows it; a reclaimed seat adds nothing", async () => {
    const session = await server.createSession();
    const [stored] = (await server.store.liveSessions()).filter((s) => s.code === session.code);
    expect(stored).toMatchObject({ scenarioId: TUTORIAL.id, language: "nl", teamSize: 3 });
    expect(stored?.hostKeyHash).not.toContain(session.hostKey);

    const token = newSecret();
    const first = await server.join(session.roomId, { nickname: "Yara", role: "WV", playerToken: token });
    await first.leave(true);
    await server.join(session.roomId, { nickname: "Yara", playerToken: token });
    const log = await server.store.readLog(stored?.id ?? "");
    expect(log.map((e) => [e.seq, e.type, e.payload])).toEqual([
      [1, "lobby.join", { playerId: expect.any(String), nickname: "Yara", preferredRole: "WV" }],
    ]);
    const seats = await server.store.seats(stored?.id ?? "");
    expect(seats).toHaveLength(1);
    expect(JSON.stringify(seats)).not.toContain(token);
  });

  it("never puts the host key or player tokens into the synced state", async () => {
    const session = await server.createSession();
    const token = newSecret();
    const student = await server.join(session.roomId, { nickname: "Lotte", playerToken: token });
    await waitFor(() => nicknames(student).length === 1, "Lotte in her lobby");
    const synced = JSON.stringify(lobby(student));
    expect(synced).not.toContain(session.hostKey);
    expect(synced).not.toContain(token);
  });
});
