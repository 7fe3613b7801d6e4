// After a scripted game: the host finds the session back, and every export says what was played, in words.
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashState } from "../../scenarios/engine/hash.ts";
import { parseScenario } from "../../scenarios/engine/parse.ts";
import { foldSession } from "../../scenarios/engine/session.ts";
import { catalogOf } from "../../server/scenarios/catalog.ts";
import { hashSecret } from "../../server/security.ts";
import { SessionExportSchema } from "../../shared/protocol/export.ts";
import { type CreateSessionResponse, HostSessionResponse } from "../../shared/protocol/session.ts";
import { joinTeamAndStart, load, playToTheEnd } from "../helpers/play.ts";
import { Scripted } from "../helpers/scripted.ts";
import { startTestServer, type TestServer } from "../helpers/server.ts";
import { waitFor } from "../helpers/wait.ts";

/** Names that occur in no scenario text, so finding one in the research file can only be a leak. */
const STUDENTS: Array<[string, string]> = [
  ["Xandriel", "AIOS"],
  ["Quorblex", "SW"],
  ["Vemmith", "WV"],
];
const FORMULA = "=SUM(A1)";
const TRICKY = 'Een komma, een "quote"\nen een nieuwe regel';

let server: TestServer;
let session: CreateSessionResponse;
let liveOutcome: unknown;
let liveDecisions: Array<[string, string | null]>;
let sessionId: string;
const storedLog = () => server.store.readLog(sessionId);
const scenario = load("tutorial-nl.yaml");

const asHost = (path: string, key = session.hostKey) =>
  fetch(`${server.url}/api/sessions/${session.code}${path}`, { headers: { Authorization: `Bearer ${key}` } });

/** RFC 4180 read strictly: UTF-8 with a BOM, CRLF between records, every row as wide as the header. */
async function readCsv(response: Response): Promise<string[][]> {
  const bytes = new Uint8Array(await response.arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  // fetch's text() would drop the BOM silently; decode it ourselves and let the parser prove it is there.
  const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  expect(text.startsWith("\uFEFF")).toBe(true);
  const rows = parse(text, { bom: true, record_delimiter: "\r\n", relax_quotes: false }) as string[][];
  const width = rows[0]?.length ?? 0;
  expect(rows.every((r) => r.length === width)).toBe(true);
  return rows;
}

beforeAll(async () => {
  server = await startTestServer();
  session = await server.createSession({ scenarioId: scenario.id, language: "nl", teamSize: 3 });
  sessionId = (await server.store.liveSessions()).find((r) => r.code === session.code)?.id ?? "";
  const { host, players } = await joinTeamAndStart(server, session, STUDENTS);
  const [first] = players;
  expect(await first?.send("chat.say", { text: FORMULA })).toBe("ok");
  expect(await first?.send("chat.say", { text: TRICKY })).toBe("ok");
  const end = await playToTheEnd(scenario, host, players, { share: () => true });
  expect(end.outcome?.level).toBe("good");
  const hostView = await waitFor(() => (host.view()?.outcome ? host.view() : undefined), "the outcome");
  liveOutcome = hostView.outcome;
  liveDecisions = hostView.decisions.map((d) => [d.id, d.chosen]);
  expect(await host.send("host.end")).toBe("ok");
}, 60_000);
afterAll(async () => {
  await server.stop();
});

describe("the host of an ended session", () => {
  it("gets its status and teacher link with the host key, and only with it", async () => {
    expect(session.teacherUrl).toBe(`${server.url}/host/${session.code}#key=${session.hostKey}`);
    const response = await asHost("/host");
    expect(response.status).toBe(200);
    const body = HostSessionResponse.parse(await response.json());
    expect(body).toMatchObject({
      code: session.code,
      status: "ended",
      language: "nl",
      teamSize: 3,
      teacherUrl: session.teacherUrl,
    });
    expect(body.endedAt).toEqual(expect.any(Number));
    // The room lingers until it is idle; then it is the same session, not live.
    expect(body.live).toBe(body.roomId !== null);

    const wrong = await asHost("/host", "not-the-host-key-0123456789");
    expect(wrong.status).toBe(403);
    expect(await wrong.json()).toEqual({ error: "host_key_invalid" });
    expect((await fetch(`${server.url}/api/sessions/${session.code}/host`)).status).toBe(403);
    const unknown = await fetch(`${server.url}/api/sessions/KKKKK/host`, {
      headers: { Authorization: `Bearer ${session.hostKey}` },
    });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ error: "session_not_found" });
  });

  it("tells a student with the old code that the session is over, lets no new seat in, and a returning one back", async () => {
    const response = await fetch(`${server.url}/api/sessions/${session.code}`);
    expect(response.status).toBe(410);
    expect(await response.json()).toEqual({ error: "session_ended", roomId: session.roomId });
    const sdk = server.colyseus.sdk;
    await expect(Scripted.player(sdk, session.roomId, "Laatkomer")).rejects.toThrow(/session_ended/);
    // The same nickname and token as a student of the game: their seat, and with it their outcome.
    const [nickname] = STUDENTS[0] ?? ["", ""];
    const back = await Scripted.player(sdk, session.roomId, nickname);
    const view = await back.waitForView("the outcome", (v) => v.outcome !== null);
    expect(view.outcome).toEqual(liveOutcome);
    await back.room.leave();
  });

  it("refuses every export without the right key", async () => {
    for (const path of ["/export", "/export.csv", "/measures.csv", "/research"]) {
      const response = await asHost(path, "not-the-host-key-0123456789");
      expect(response.status, path).toBe(403);
      expect(await response.json()).toEqual({ error: "host_key_invalid" });
    }
  });
});

describe("the session export", () => {
  it("is the schema exactly, and its entries fold to the outcome the live game had", async () => {
    const response = await asHost("/export");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(
      new RegExp(`attachment; filename="wijkcrisis-${session.code}-\\d{4}-\\d{2}-\\d{2}-export\\.json"`),
    );
    const raw = await response.json();
    expect(Object.keys(raw).sort()).toEqual(Object.keys(SessionExportSchema.shape).sort());
    const body = SessionExportSchema.parse(raw);
    expect(body.session).toMatchObject({ code: session.code, scenarioId: scenario.id, language: "nl" });
    expect(body.scenarioVersion).toBe(hashState(body.scenarioSource));

    const log = await storedLog();
    expect(body.entries.map((e) => e.seq)).toEqual(log.map((e) => e.seq));
    const start = log.find((e) => e.type === "session.start");
    expect(body.seed).toBe((start?.payload as { seed: number } | undefined)?.seed);

    // The file alone replays: its own scenario source, its own seed, the same fold the server uses.
    const parsed = parseScenario(body.scenarioSource, "export");
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const { state, problems } = foldSession(
      parsed.scenario,
      { teamSize: body.session.teamSize },
      body.entries,
    );
    expect(problems).toEqual([]);
    expect(state.status).toBe("ended");
    expect(state.teams.T1?.outcome).toEqual(liveOutcome);
    expect(Object.values(state.teams.T1?.decisions ?? {}).map((d) => d.chosen)).toEqual(
      liveDecisions.map(([, chosen]) => chosen),
    );
    const debrief = body.teams.T1?.debrief as { decisions: { decision: string; chosen: string | null }[] };
    expect(debrief.decisions.map((d) => [d.decision, d.chosen])).toEqual(liveDecisions);
    expect(JSON.stringify(body)).not.toContain(session.hostKey);
    expect(JSON.stringify(body)).not.toContain("-token-");
  });
});

describe("the facilitator's notes", () => {
  const NOTE = "Xandriel legde de kaart pas laat neer; vraag naar Zwolmerik.";
  it("travel in the JSON export, and are left out of the research export, as its codebook says", async () => {
    const put = await fetch(`${server.url}/api/sessions/${session.code}/notes`, {
      method: "PUT",
      headers: { Authorization: `Bearer ${session.hostKey}`, "Content-Type": "application/json" },
      body: JSON.stringify({ teamId: "T1", text: NOTE }),
    });
    expect(put.status).toBe(200);
    const exported = SessionExportSchema.parse(await (await asHost("/export")).json());
    expect(exported.notes).toEqual([{ teamId: "T1", text: NOTE, updatedAt: expect.any(Number) }]);

    const research = await (await asHost("/research")).text();
    expect(research).not.toContain("Zwolmerik");
    expect(research).not.toContain("pas laat neer");
    expect(Object.keys(JSON.parse(research))).not.toContain("notes");
    expect(JSON.parse(research).codebook.removed).toMatch(/notities van de docent per team/);
  });

  it("are optional in an export file, so a file from before they travelled along still opens", () => {
    const { notes: _, ...older } = SessionExportSchema.parse({
      format: "wijkcrisis-session",
      version: 1,
      exportedAt: 0,
      session: {
        code: session.code,
        scenarioId: scenario.id,
        language: "nl",
        teamSize: 3,
        createdAt: 0,
        endedAt: null,
      },
      scenarioSource: "",
      scenarioVersion: "",
      seed: 0,
      entries: [],
      teams: {},
      notes: [],
    });
    expect(SessionExportSchema.parse(older).notes).toEqual([]);
  });
});

describe("export.csv", () => {
  it("has one RFC 4180 row per log entry, in Dutch words, with formulas disarmed and odd text intact", async () => {
    const response = await asHost("/export.csv");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/csv; charset=utf-8/);
    expect(response.headers.get("content-disposition")).toContain(`wijkcrisis-${session.code}-`);
    const [header, ...rows] = await readCsv(response);
    expect(header).toEqual([
      "Team",
      "Fase",
      "Rol",
      "Speler",
      "Speltijd (mm:ss)",
      "Resterende tijd in de fase (mm:ss)",
      "Gebeurtenis",
      "Kaart",
      "Keuze",
      "Tekst",
      "Volgnummer (seq)",
      "Type (technisch)",
    ]);
    const log = await storedLog();
    expect(rows.map((r) => Number(r[10]))).toEqual(log.map((e) => e.seq));
    expect(rows.map((r) => r[11])).toEqual(log.map((e) => e.type));

    const chat = rows.filter((r) => r[11] === "chat.say");
    expect(chat.map((r) => r[9])).toEqual([`'${FORMULA}`, TRICKY]);
    expect(chat[0]).toMatchObject({ 0: "T1", 2: "Huisarts in opleiding", 3: "Xandriel", 6: "chatbericht" });
    expect(chat[0]?.[4]).toMatch(/^\d\d:\d\d$/);

    // A shared card reads by its title, in the phase it was shared in, with time left on that phase's clock.
    const share = rows.find((r) => r[11] === "card.share");
    const card = scenario.cards.find((c) => share?.[7]?.startsWith(`${c.id}: `));
    expect(card?.title).toBeTruthy();
    expect(share?.[7]).toBe(`${card?.id}: ${card?.title}`);
    expect(share?.[6]).toBe("kaart gedeeld");
    expect(scenario.phases.map((p) => p.name)).toContain(share?.[1]);
    expect(share?.[5]).toMatch(/^\d\d:\d\d$/);

    // A decision reads as question and option label, never as bare ids.
    const confirm = rows.find((r) => r[11] === "proposal.make");
    const decision = scenario.decisions.find((d) => confirm?.[8]?.startsWith(d.question));
    expect(decision).toBeDefined();
    expect(confirm?.[8]).toMatch(/ → [A-Z0-9]+: .+/);
    expect(rows.find((r) => r[11] === "session.end")?.[6]).toBe("sessie afgelopen");
    // No cell starts with a formula character: every one was disarmed.
    expect(rows.flat().filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
  });
});

describe("measures.csv", () => {
  it("has one row per team and decision: choice, knowledge, pooling, preferences and outcome in words", async () => {
    const response = await asHost("/measures.csv");
    expect(response.status).toBe(200);
    const [header, ...rows] = await readCsv(response);
    expect(header?.slice(0, 9)).toEqual([
      "Team",
      "Besluit",
      "Gekozen optie",
      "Besloten",
      "Beste keuze",
      "Tijd was om",
      "Informatie bij het besluit",
      "Ontbrekende kaarten",
      "Kritieke kaarten op tafel (%)",
    ]);
    expect(header).toContain("Voorkeur vooraf: Huisarts in opleiding");
    expect(header?.at(-1)).toBe("Afloop van het team");
    expect(rows.map((r) => r[1])).toEqual(scenario.decisions.map((d) => d.question));
    for (const [i, row] of rows.entries()) {
      const decision = scenario.decisions[i];
      const chosen = decision?.options.find((o) => o.id === liveDecisions[i]?.[1]);
      expect(row[0]).toBe("T1");
      expect(row[2]).toBe(`${chosen?.id}: ${chosen?.text}`);
      expect(row[4]).toBe(chosen?.best ? "ja" : "nee");
      expect(row[5]).toBe("nee");
      expect(row[6]).toBe("geïnformeerd");
      expect(row[7]).toBe("");
      expect(row[8]).toBe("100");
      // Everyone privately preferred the option they then chose together.
      const before = header?.indexOf("Voorkeur vooraf: Sociaal werker (wijkteam)") ?? -1;
      const named = scenario.roles.find((r) => r.id === "SW")?.name;
      expect(header?.[before]).toBe(`Voorkeur vooraf: ${named}`);
      expect(row[before]).toBe(row[2]);
      expect(row.at(-1)).toMatch(/^Goed: /);
    }
  });
});

describe("the research export", () => {
  it("is pseudonymised: roles and numbers, no nickname, no player id, no typed text; with a codebook", async () => {
    const response = await asHost("/research");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(/-research\.json"$/);
    const text = await response.text();
    const body = JSON.parse(text);
    for (const [nickname] of STUDENTS) expect(text).not.toContain(nickname);
    for (const typed of ["SUM(A1)", "komma", "Meedenken", "Via de chat", "Dit past bij wat we samen weten"])
      expect(text).not.toContain(typed);
    const log = await storedLog();
    const playerIds = log
      .filter((e) => e.type === "lobby.join")
      .map((e) => (e.payload as { playerId: string }).playerId);
    expect(playerIds).toHaveLength(3);
    for (const id of playerIds) expect(text).not.toContain(id);

    expect(body.players.map((p: { pseudonym: string }) => p.pseudonym).sort()).toEqual([
      "AIOS-1",
      "SW-1",
      "WV-1",
    ]);
    const chat = body.events.filter((e: { type: string }) => e.type === "chat.say");
    expect(chat.map((e: { player: string; textLength: number }) => [e.player, e.textLength])).toEqual([
      ["AIOS-1", FORMULA.length],
      ["AIOS-1", TRICKY.length],
    ]);
    expect(body.events).toHaveLength(log.length);
    expect(body.teams.T1.outcome.level).toBe("good");
    expect(body.teams.T1.decisions[0].preferenceShift[0].player).toMatch(/^(AIOS|SW|WV)-1$/);
    expect(body.names.roles.AIOS).toBe("Huisarts in opleiding");
    // Every top-level field is described, and the codebook says what was taken out.
    for (const field of ["format", "session.scenarioVersion", "players[].pseudonym", "events[].textLength"])
      expect(body.codebook[field]).toEqual(expect.any(String));
    expect(body.codebook.removed).toMatch(/chatberichten/);
  });
});

describe("a join code used again", () => {
  it("is told apart by the host key: the old ended session and a newer one each open with their own", async () => {
    // Codes are unique only among live sessions: once this one ended, a new session may draw the same code.
    const newerKey = "the-newer-session-host-key-0123";
    await server.store.createSession({
      id: "newer-session",
      code: session.code,
      scenarioId: scenario.id,
      language: "en",
      teamSize: 2,
      hostKeyHash: hashSecret(newerKey),
      createdAt: Date.now() + 1000,
    });
    const newer = HostSessionResponse.parse(await (await asHost("/host", newerKey)).json());
    expect(newer).toMatchObject({
      code: session.code,
      status: "lobby",
      live: false,
      roomId: null,
      teamSize: 2,
    });
    expect(newer.teacherUrl).toContain(`#key=${newerKey}`);
    const older = HostSessionResponse.parse(await (await asHost("/host")).json());
    expect(older).toMatchObject({ status: "ended", teamSize: 3, language: "nl" });
    const exported = SessionExportSchema.parse(await (await asHost("/export")).json());
    expect(exported.entries.length).toBe((await storedLog()).length);
    expect((await asHost("/host", "neither-of-the-two-keys-0123456")).status).toBe(403);
  });
});

describe("a scenario file changed after the session was played", () => {
  it("changes nothing in its debrief and exports: they replay the scenario kept at creation", async () => {
    const original = readFileSync(new URL("../../scenarios/tutorial-nl.yaml", import.meta.url), "utf8");
    const firstCard = scenario.cards.find((c) => c.title)?.title ?? "";
    const edited = original
      .replace(/^title: .*$/m, 'title: "Oefenronde, herzien"')
      .replace(`title: ${firstCard}`, "title: Een kaart met een nieuwe titel");
    const changed = parseScenario(edited, "tutorial-nl.yaml");
    if (!changed.ok) throw new Error(JSON.stringify(changed.errors));
    expect(changed.scenario.title).not.toBe(scenario.title);
    // The next day the server starts with the edited file, on the same store.
    await server.stop({ keepStore: true });
    server = await startTestServer({
      store: server.store,
      catalog: catalogOf([changed.scenario], new Map([[scenario.id, edited]])),
    });

    const host = HostSessionResponse.parse(await (await asHost("/host")).json());
    expect(host.scenario.title).toBe(scenario.title);
    const exported = SessionExportSchema.parse(await (await asHost("/export")).json());
    expect(exported.scenarioSource).toBe(original);
    expect(exported.scenarioVersion).toBe(hashState(original));
    const played = parseScenario(exported.scenarioSource, "export");
    if (!played.ok) throw new Error("the kept scenario does not parse");
    const { state, problems } = foldSession(played.scenario, { teamSize: 3 }, exported.entries);
    expect(problems).toEqual([]);
    expect(state.teams.T1?.outcome).toEqual(liveOutcome);
    const csv = new TextDecoder().decode(await (await asHost("/export.csv")).arrayBuffer());
    expect(csv).toContain(firstCard);
    expect(csv).not.toContain("Een kaart met een nieuwe titel");
    const research = await (await asHost("/research")).json();
    expect(research.session.scenarioVersion).toBe(hashState(original));

    // A session from before scenarios were kept (no kept text) reads the file as it is now.
    const older = HostSessionResponse.parse(
      await (await asHost("/host", "the-newer-session-host-key-0123")).json(),
    );
    expect(older.scenario.title).toBe(changed.scenario.title);
  });
});
