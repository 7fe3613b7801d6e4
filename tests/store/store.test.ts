// The same store specification runs against embedded PGlite and a PostgreSQL server: one SQL dialect.
import { nanoid } from "nanoid";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPglite, openPostgres } from "../../server/store/sql-client.ts";
import { CodeInUseError, SqlStore, type Store } from "../../server/store/store.ts";
import { dropSchema, postgresOrSkip } from "../helpers/postgres.ts";

const postgresUrl = await postgresOrSkip();
const schema = `wk_test_${nanoid(8)
  .toLowerCase()
  .replace(/[^a-z0-9]/g, "x")}`;

const backends: Array<[string, () => Promise<Store>, () => Promise<void>]> = [
  ["PGlite (embedded)", async () => SqlStore.open(await openPglite(undefined)), async () => {}],
];
if (postgresUrl) {
  backends.push([
    "PostgreSQL",
    async () => SqlStore.open(await openPostgres(postgresUrl, schema)),
    () => dropSchema(postgresUrl, schema),
  ]);
}

const session = (overrides: Partial<{ id: string; code: string }> = {}) => ({
  id: overrides.id ?? nanoid(),
  code: overrides.code ?? nanoid(5).toUpperCase(),
  scenarioId: "fixture",
  language: "nl",
  teamSize: 3,
  hostKeyHash: "hash",
  createdAt: 1_700_000_000_000,
});

describe.each(backends)("the store on %s", (_name, open, cleanup) => {
  let store: Store;
  beforeAll(async () => {
    store = await open();
  }, 30_000);
  afterAll(async () => {
    await store.close();
    await cleanup();
  });

  it("keeps a session and lists it as live until it ends", async () => {
    const s = session();
    await store.createSession(s);
    expect(await store.session(s.id)).toEqual({ ...s, endedAt: null });
    expect((await store.liveSessions()).map((x) => x.id)).toContain(s.id);
    await store.endSession(s.id, 1_700_000_100_000);
    expect((await store.session(s.id))?.endedAt).toBe(1_700_000_100_000);
    expect((await store.liveSessions()).map((x) => x.id)).not.toContain(s.id);
  });

  it("refuses a second live session with the same join code, but allows reuse once it ended", async () => {
    const first = session({ code: "KQ7M3" });
    await store.createSession(first);
    await expect(store.createSession(session({ code: "KQ7M3" }))).rejects.toBeInstanceOf(CodeInUseError);
    await store.endSession(first.id, 1);
    await expect(store.createSession(session({ code: "KQ7M3" }))).resolves.toBeUndefined();
  });

  it("returns the log in seq order with JSON actor and payload intact", async () => {
    const s = session();
    await store.createSession(s);
    const events = [
      {
        seq: 2,
        t: 1500,
        team: "T1",
        actor: { kind: "player", playerId: "p1" },
        type: "chat.say",
        payload: { text: "Hoi 👋" },
        at: 2,
      },
      { seq: 1, t: 0, team: null, actor: { kind: "host" }, type: "session.start", payload: null, at: 1 },
    ];
    for (const e of events) await store.append(s.id, e);
    expect(await store.readLog(s.id)).toEqual([events[1], events[0]]);
  });

  it("never overwrites an event: appending an existing seq fails", async () => {
    const s = session();
    await store.createSession(s);
    const e = { seq: 1, t: 0, team: null, actor: { kind: "system" }, type: "x", payload: {}, at: 0 };
    await store.append(s.id, e);
    await expect(store.append(s.id, { ...e, type: "y" })).rejects.toThrow();
    expect((await store.readLog(s.id)).map((x) => x.type)).toEqual(["x"]);
  });

  it("keeps several events written together all or not at all", async () => {
    const s = session();
    await store.createSession(s);
    const e = (seq: number) => ({
      seq,
      t: seq * 10,
      team: "T1",
      actor: { kind: "system" },
      type: "x",
      payload: { seq },
      at: 0,
    });
    await store.appendMany(s.id, [e(1), e(2), e(3)]);
    await expect(store.appendMany(s.id, [e(4), e(2)])).rejects.toThrow();
    expect((await store.readLog(s.id)).map((x) => x.seq)).toEqual([1, 2, 3]);
  });

  it("keeps seat token hashes per session", async () => {
    const s = session();
    await store.createSession(s);
    await store.saveSeat(s.id, { playerId: "p1", tokenHash: "h1" });
    await store.saveSeat(s.id, { playerId: "p2", tokenHash: "h2" });
    expect((await store.seats(s.id)).sort((a, b) => a.playerId.localeCompare(b.playerId))).toEqual([
      { playerId: "p1", tokenHash: "h1" },
      { playerId: "p2", tokenHash: "h2" },
    ]);
  });

  it("deletes a session with its log and seats, now or after retention", async () => {
    const now = session();
    const old = session();
    const recent = session();
    for (const s of [now, old, recent]) {
      await store.createSession(s);
      await store.append(s.id, { seq: 1, t: 0, team: null, actor: {}, type: "x", payload: {}, at: 0 });
      await store.saveSeat(s.id, { playerId: "p", tokenHash: "h" });
    }
    await store.deleteSession(now.id);
    expect(await store.session(now.id)).toBeUndefined();
    expect(await store.readLog(now.id)).toEqual([]);
    expect(await store.seats(now.id)).toEqual([]);

    await store.endSession(old.id, 1_000);
    await store.endSession(recent.id, 5_000);
    expect(await store.purgeEndedBefore(2_000)).toBeGreaterThanOrEqual(1);
    expect(await store.session(old.id)).toBeUndefined();
    expect(await store.session(recent.id)).toBeDefined();
  });

  it("keeps one note per team, replaces it, deletes it when emptied, and drops notes with their session", async () => {
    const s = session();
    const other = session();
    for (const x of [s, other]) await store.createSession(x);
    await store.saveNote(s.id, { teamId: "T10", text: "Later", updatedAt: 3 });
    await store.saveNote(s.id, { teamId: "T2", text: "Eerst 'quote' en\nregel 👋", updatedAt: 1 });
    await store.saveNote(other.id, { teamId: "T2", text: "Andere sessie", updatedAt: 1 });
    await store.saveNote(s.id, { teamId: "T2", text: "Vervangen", updatedAt: 2 });
    expect(await store.notes(s.id)).toEqual([
      { teamId: "T2", text: "Vervangen", updatedAt: 2 },
      { teamId: "T10", text: "Later", updatedAt: 3 },
    ]);
    await store.saveNote(s.id, { teamId: "T10", text: "", updatedAt: 4 });
    expect((await store.notes(s.id)).map((n) => n.teamId)).toEqual(["T2"]);
    await store.deleteSession(s.id);
    expect(await store.notes(s.id)).toEqual([]);
    expect(await store.notes(other.id)).toEqual([{ teamId: "T2", text: "Andere sessie", updatedAt: 1 }]);
    await store.endSession(other.id, 10);
    await store.purgeEndedBefore(20);
    expect(await store.notes(other.id)).toEqual([]);
  });
});
