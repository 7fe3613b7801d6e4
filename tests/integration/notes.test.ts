// The facilitator's notes per team: read and saved with the host key, checked (team, length), kept in the store so a
// restarted server still has them, and gone with the session. Bookmarks set during play reach the export's log.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseScenario } from "../../scenarios/engine/parse.ts";
import { openSessionReplay } from "../../scenarios/engine/session-replay.ts";
import { openPglite } from "../../server/store/sql-client.ts";
import { SqlStore, type Store } from "../../server/store/store.ts";
import { SessionExportSchema } from "../../shared/protocol/export.ts";
import { NOTE_MAX, NotesResponse } from "../../shared/protocol/notes.ts";
import type { CreateSessionResponse } from "../../shared/protocol/session.ts";
import { joinTeamAndStart } from "../helpers/play.ts";
import { startTestServer, type TestServer } from "../helpers/server.ts";

let store: Store;
let server: TestServer;
let session: CreateSessionResponse;

const notesUrl = () => `${server.url}/api/sessions/${session.code}/notes`;
const getNotes = (key = session.hostKey) =>
  fetch(notesUrl(), { headers: { Authorization: `Bearer ${key}` } });
const putNote = (body: unknown, key = session.hostKey) =>
  fetch(notesUrl(), {
    method: "PUT",
    headers: { Authorization: `Bearer ${key}`, "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });

beforeAll(async () => {
  store = await SqlStore.open(await openPglite(undefined));
  server = await startTestServer({ store });
  session = await server.createSession();
  const { host } = await joinTeamAndStart(server, session, [
    ["Amir", "AIOS"],
    ["Sanne", "SW"],
  ]);
  expect(await host.send("host.bookmark", { teamId: "T1", note: "Amir twijfelt" })).toBe("ok");
  expect(await host.send("host.bookmark", { teamId: "T1" })).toBe("ok");
  expect(await host.send("host.bookmark", { teamId: "T7" })).toBe("unknown_team");
  expect(await host.send("host.bookmark", { teamId: "T1", note: "x".repeat(141) })).toBe("invalid_payload");
  expect(await host.send("host.end")).toBe("ok");
}, 60_000);
afterAll(async () => {
  await server.stop();
});

describe("the facilitator's notes", () => {
  it("start empty, save per team, and read back with the host key only", async () => {
    expect(NotesResponse.parse(await (await getNotes()).json())).toEqual({ notes: [] });
    const saved = await putNote({ teamId: "T1", text: "Sanne deelde S1 pas laat.\nNavragen." });
    expect(saved.status).toBe(200);
    expect(await saved.json()).toMatchObject({ teamId: "T1", text: "Sanne deelde S1 pas laat.\nNavragen." });
    const { notes } = NotesResponse.parse(await (await getNotes()).json());
    expect(notes).toEqual([
      { teamId: "T1", text: "Sanne deelde S1 pas laat.\nNavragen.", updatedAt: expect.any(Number) },
    ]);
    const wrongKey = "x".repeat(32);
    expect((await getNotes(wrongKey)).status).toBe(403);
    expect((await putNote({ teamId: "T1", text: "overschreven" }, wrongKey)).status).toBe(403);
    expect(NotesResponse.parse(await (await getNotes()).json()).notes[0]?.text).toMatch(/^Sanne/);
  });

  it("refuses a note that is too long, a team that did not play, and a bad body, each with a clear reason", async () => {
    const tooLong = await putNote({ teamId: "T1", text: "a".repeat(NOTE_MAX + 1) });
    expect(tooLong.status).toBe(413);
    expect(await tooLong.json()).toEqual({
      error: "invalid_request",
      detail: `a note is at most ${NOTE_MAX} characters`,
    });
    expect((await putNote({ teamId: "T1", text: "a".repeat(NOTE_MAX) })).status).toBe(200);
    const unknown = await putNote({ teamId: "T4", text: "x" });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ error: "unknown_team", detail: "T4" });
    const bad = await putNote({ teamId: "team one", text: "x" });
    expect(bad.status).toBe(400);
    expect((await bad.json()).detail).toMatch(/^teamId: /);
    expect((await putNote({ teamId: "T1" })).status).toBe(400);
  });

  it("survive a restart of the server, and an empty text deletes the note", async () => {
    expect((await putNote({ teamId: "T1", text: "Na de herstart nog hier" })).status).toBe(200);
    await server.stop({ keepStore: true });
    server = await startTestServer({ store });
    await server.restoreSessions();
    expect(NotesResponse.parse(await (await getNotes()).json()).notes).toEqual([
      { teamId: "T1", text: "Na de herstart nog hier", updatedAt: expect.any(Number) },
    ]);
    expect((await putNote({ teamId: "T1", text: "" })).status).toBe(200);
    expect(NotesResponse.parse(await (await getNotes()).json()).notes).toEqual([]);
  });

  it("keeps the bookmarks in the log, where the export's replay finds them as moments of the team", async () => {
    const response = await fetch(`${server.url}/api/sessions/${session.code}/export`, {
      headers: { Authorization: `Bearer ${session.hostKey}` },
    });
    const data = SessionExportSchema.parse(await response.json());
    const parsed = parseScenario(data.scenarioSource, "tutorial-nl.yaml");
    if (!parsed.ok) throw new Error("scenario");
    const replay = openSessionReplay(parsed.scenario, { teamSize: 3 }, data.entries);
    expect(replay.problems).toEqual([]);
    expect(replay.session.bookmarks.map((b) => [b.teamId, b.note])).toEqual([
      ["T1", "Amir twijfelt"],
      ["T1", ""],
    ]);
    expect(
      replay.teams.T1?.moments
        .filter((m) => m.kind === "bookmark")
        .map((m) => m.kind === "bookmark" && m.note),
    ).toEqual(["Amir twijfelt", ""]);
    // The event CSV carries the bookmark's note as its text.
    const csv = await fetch(`${server.url}/api/sessions/${session.code}/export.csv`, {
      headers: { Authorization: `Bearer ${session.hostKey}` },
    });
    expect((await csv.text()).split("\r\n").filter((row) => row.includes("host.bookmark"))).toEqual([
      expect.stringContaining("Amir twijfelt"),
      expect.not.stringContaining("Amir twijfelt"),
    ]);
  });

  it("are deleted with the session", async () => {
    const id = (await store.sessionsByCode(session.code))[0]?.id ?? "";
    expect((await putNote({ teamId: "T1", text: "weg straks" })).status).toBe(200);
    const deleted = await fetch(`${server.url}/api/sessions/${session.code}`, {
      method: "DELETE",
      headers: { Authorization: `Bearer ${session.hostKey}` },
    });
    expect(deleted.status).toBe(204);
    expect(await store.notes(id)).toEqual([]);
    expect((await getNotes()).status).toBe(404);
  });
});
