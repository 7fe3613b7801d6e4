// Gathers what a restarted server, the debrief and the exports need of one stored session: its record, the scenario
// it was played with (kept at creation, not the file as it reads today), its log and seats.
import { hashState } from "../../scenarios/engine/hash.ts";
import { parseScenario } from "../../scenarios/engine/parse.ts";
import type { Scenario } from "../../shared/scenario/format.ts";
import type { ScenarioCatalog } from "../scenarios/catalog.ts";
import type { PlayedScenario, SessionRecord, Store, StoredEvent } from "../store/store.ts";
import { scenarioSourceOf } from "./export-session.ts";

export type StoredSession = {
  record: SessionRecord;
  scenario: Scenario;
  /** The scenario's YAML text as played, for exports. */
  source: string;
  events: StoredEvent[];
  seats: Array<{
    playerId: string;
    nickname: string;
    preferredRole: string;
    tokenHash: string;
    pinHash?: string;
  }>;
};

/** What a new session keeps of its scenario: the file's text as loaded (or canonical YAML for one built in code). */
export function playedOf(scenario: Scenario, source: string | undefined): PlayedScenario {
  const text = scenarioSourceOf(scenario, source);
  return { version: hashState(text), source: text };
}

/** Parsed scenarios by version: a class's exports and its debrief all read the same text, parse it once. */
const parsed = new Map<string, Scenario>();
const PARSED_KEPT = 32;

/**
 * The scenario a session was played with. The kept text wins; a session created before texts were kept, or one
 * whose kept text no longer parses (the format changed), falls back to the scenario file as loaded now.
 */
export async function scenarioOf(
  store: Store,
  catalog: ScenarioCatalog,
  record: SessionRecord,
): Promise<{ scenario: Scenario; source: string } | undefined> {
  const kept = await store.scenario(record.id);
  if (kept) {
    const known = parsed.get(kept.version);
    if (known) return { scenario: known, source: kept.source };
    const result = parseScenario(kept.source, `${record.scenarioId}.yaml (session ${record.code})`);
    if (result.ok) {
      if (parsed.size >= PARSED_KEPT) parsed.delete(parsed.keys().next().value ?? "");
      parsed.set(kept.version, result.scenario);
      return { scenario: result.scenario, source: kept.source };
    }
    console.warn(
      `session ${record.code}: its kept scenario no longer parses (${result.errors[0]?.message ?? "?"}); using the file`,
    );
  }
  const scenario = catalog.scenario(record.scenarioId);
  if (!scenario) return undefined;
  return { scenario, source: scenarioSourceOf(scenario, catalog.source(record.scenarioId)) };
}

export async function loadSession(
  store: Store,
  catalog: ScenarioCatalog,
  sessionId: string,
): Promise<StoredSession> {
  const record = await store.session(sessionId);
  if (!record) throw new Error(`session ${sessionId} is not in the store`);
  const played = await scenarioOf(store, catalog, record);
  if (!played)
    throw new Error(`session ${record.code}: scenario "${record.scenarioId}" is no longer in the catalogue`);
  const events = await store.readLog(sessionId);
  const joins = new Map<string, { nickname: string; preferredRole: string }>();
  for (const e of events) {
    if (e.type !== "lobby.join") continue;
    const p = e.payload as { playerId: string; nickname: string; preferredRole: string };
    joins.set(p.playerId, { nickname: p.nickname, preferredRole: p.preferredRole });
  }
  const seats = (await store.seats(sessionId)).flatMap((seat) => {
    const joined = joins.get(seat.playerId);
    return joined ? [{ ...seat, ...joined }] : [];
  });
  return { record, scenario: played.scenario, source: played.source, events, seats };
}
