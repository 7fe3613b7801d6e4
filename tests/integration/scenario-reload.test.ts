// The scenario folder followed without a restart: a file added, changed, broken or removed counts on the next list;
// a broken one is shown as left out with file, line and reason; a session already running keeps its own version.
import { copyFileSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parseScenario } from "../../scenarios/engine/parse.ts";
import { loadScenarioCatalog } from "../../server/scenarios/load-catalog.ts";
import { ScenarioListResponse } from "../../shared/protocol/scenario-list.ts";
import { joinTeamAndStart, playToTheEnd } from "../helpers/play.ts";
import { startTestServer, type TestServer } from "../helpers/server.ts";

const SHIPPED = new URL("../../scenarios/", import.meta.url).pathname;
const NL = readFileSync(join(SHIPPED, "tutorial-nl.yaml"), "utf8");
const TITLE_A = "Oefenronde: mevrouw Jansen vergeet haar afspraken";
const TITLE_B = "Oefenronde, tweede versie";

let dir = "";
let server: TestServer | undefined;
const warnings: string[] = [];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "wijkcrisis-scenarios-"));
  copyFileSync(join(SHIPPED, "tutorial-nl.yaml"), join(dir, "tutorial-nl.yaml"));
  warnings.length = 0;
});
afterEach(async () => {
  await server?.stop({ keepStore: false });
  server = undefined;
  rmSync(dir, { recursive: true, force: true });
});

async function start(store?: TestServer["store"]) {
  const catalog = await loadScenarioCatalog(dir, { warn: (line) => warnings.push(line) });
  return startTestServer(store ? { catalog, store } : { catalog });
}

async function list(s: TestServer) {
  const response = await fetch(`${s.url}/api/scenarios`);
  const text = await response.text();
  // File names only: the server's folder is nobody's business on the teacher's page.
  expect(text).not.toContain(dir);
  return ScenarioListResponse.parse(JSON.parse(text));
}

const titled = (text: string, title: string) => text.replace(`title: "${TITLE_A}"`, `title: "${title}"`);
/** Line 10 of tutorial-nl.yaml is its title; an unquoted colon inside it is a YAML mistake on that line. */
const broken = (text: string) => text.replace(`title: "${TITLE_A}"`, "title: Oefenronde: kapot");

describe("the scenario list follows the folder without a restart", () => {
  it("offers an added file, shows a broken one as left out, a change at once, and drops a removed one", async () => {
    server = await start();
    expect((await list(server)).scenarios.map((s) => s.id)).toEqual(["tutorial-nl"]);
    expect((await list(server)).leftOut).toEqual([]);

    const en = readFileSync(join(SHIPPED, "tutorial-en.yaml"), "utf8");
    writeFileSync(join(dir, "practice.yaml"), en);
    expect((await list(server)).scenarios.map((s) => s.id).sort()).toEqual(["tutorial-en", "tutorial-nl"]);

    const bad = en.replace(/^durationMinutes: 5$/m, "durationMinutes: 4 min");
    expect(bad).not.toBe(en);
    writeFileSync(join(dir, "practice.yaml"), bad);
    const afterBreak = await list(server);
    expect(afterBreak.scenarios.map((s) => s.id)).toEqual(["tutorial-nl"]);
    // The validator's own first problem, in both languages: the page shows the one it speaks.
    const firstIn = (language: "nl" | "en") => {
      const parsed = parseScenario(bad, "practice.yaml", { language });
      if (parsed.ok) throw new Error("the broken file parsed");
      return { ...parsed.errors[0], count: parsed.errors.length };
    };
    const [inNl, inEn] = [firstIn("nl"), firstIn("en")];
    expect(afterBreak.leftOut).toEqual([
      {
        file: "practice.yaml",
        line: 14,
        column: inNl.column,
        reason: { nl: inNl.message, en: inEn.message },
        more: inNl.count - 1,
      },
    ]);
    expect(inNl.line).toBe(14);
    expect(inNl.message).toBeTruthy();
    expect(inEn.message).toBeTruthy();
    expect(warnings.some((w) => w.includes(join(dir, "practice.yaml:14:")))).toBe(true);

    writeFileSync(join(dir, "tutorial-nl.yaml"), titled(NL, TITLE_B));
    expect((await list(server)).scenarios.find((s) => s.id === "tutorial-nl")?.title).toBe(TITLE_B);

    unlinkSync(join(dir, "practice.yaml"));
    const afterRemove = await list(server);
    expect(afterRemove.leftOut).toEqual([]);
    unlinkSync(join(dir, "tutorial-nl.yaml"));
    expect((await list(server)).scenarios).toEqual([]);
    const create = await fetch(`${server.url}/api/sessions`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ scenarioId: "tutorial-nl", language: "nl", teamSize: 3 }),
    });
    expect(create.status).toBe(404);
  });

  it("leaves out a YAML mistake and a second file with an id already taken, each at its line", async () => {
    server = await start();
    writeFileSync(join(dir, "kapot.yaml"), broken(NL));
    copyFileSync(join(SHIPPED, "tutorial-nl.yaml"), join(dir, "zz-kopie.yaml"));
    const { scenarios, leftOut } = await list(server);
    expect(scenarios.map((s) => s.id)).toEqual(["tutorial-nl"]);
    expect(leftOut.map((f) => [f.file, f.line])).toEqual([
      ["kapot.yaml", 10],
      ["zz-kopie.yaml", 9],
    ]);
    expect(leftOut[1]?.duplicateOf).toEqual({ id: "tutorial-nl", file: "tutorial-nl.yaml" });
    expect(leftOut[1]?.reason).toEqual({
      nl: 'het id "tutorial-nl" wordt al gebruikt door tutorial-nl.yaml',
      en: 'the id "tutorial-nl" is already used by tutorial-nl.yaml',
    });
  });
});

describe("a session already running", () => {
  it("keeps the version it started with while its file changes, breaks and goes, and after a restart", async () => {
    server = await start();
    const session = await server.createSession();
    const { host, players } = await joinTeamAndStart(server, session);
    const lookup = async (s: TestServer) =>
      (await (await fetch(`${s.url}/api/sessions/${session.code}`)).json()) as {
        scenario?: { title: string };
      };

    writeFileSync(join(dir, "tutorial-nl.yaml"), titled(NL, TITLE_B));
    expect((await list(server)).scenarios[0]?.title).toBe(TITLE_B);
    expect((await lookup(server)).scenario?.title).toBe(TITLE_A);
    expect(players[0]?.view()?.casus.title).toBe(TITLE_A);

    writeFileSync(join(dir, "tutorial-nl.yaml"), broken(NL));
    expect((await list(server)).leftOut.map((f) => f.file)).toEqual(["tutorial-nl.yaml"]);
    unlinkSync(join(dir, "tutorial-nl.yaml"));
    expect((await list(server)).scenarios).toEqual([]);
    // Students can still find the session by its code, with the roles it was created with.
    expect((await lookup(server)).scenario?.title).toBe(TITLE_A);

    const version = parseScenario(NL, "tutorial-nl.yaml");
    if (!version.ok) throw new Error("the shipped tutorial does not parse");
    const end = await playToTheEnd(version.scenario, host, players, { share: () => true });
    expect(end.status).toBe("ended");
    expect(end.casus.title).toBe(TITLE_A);

    // A restart reads the text the session was created with, not the folder (which now holds version B).
    writeFileSync(join(dir, "tutorial-nl.yaml"), titled(NL, TITLE_B));
    const store = server.store;
    await server.stop({ keepStore: true });
    server = await start(store);
    const record = (await store.sessionsByCode(session.code))[0];
    expect((await store.scenario(record?.id ?? ""))?.source).toBe(NL);
    const hostView = await fetch(`${server.url}/api/sessions/${session.code}/host`, {
      headers: { Authorization: `Bearer ${session.hostKey}` },
    });
    expect(((await hostView.json()) as { scenario: { title: string } }).scenario.title).toBe(TITLE_A);
  });
});
