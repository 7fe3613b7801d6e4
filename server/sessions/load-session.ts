// Gathers what a restarted server needs to rebuild one stored session: its record, scenario, log and seats.
import type { ScenarioCatalog } from "../scenarios/catalog.ts";
import type { SessionRecord, Store, StoredEvent } from "../store/store.ts";

export type StoredSession = {
  record: SessionRecord;
  scenario: NonNullable<ReturnType<ScenarioCatalog["scenario"]>>;
  events: StoredEvent[];
  seats: Array<{ playerId: string; nickname: string; preferredRole: string; tokenHash: string }>;
};

export async function loadSession(
  store: Store,
  catalog: ScenarioCatalog,
  sessionId: string,
): Promise<StoredSession> {
  const record = await store.session(sessionId);
  if (!record) throw new Error(`session ${sessionId} is not in the store`);
  const scenario = catalog.scenario(record.scenarioId);
  if (!scenario)
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
  return { record, scenario, events, seats };
}
