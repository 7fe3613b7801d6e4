// How a session room comes to life: a new session recorded in the store, or a stored one rebuilt after a restart.
import { randomInt } from "node:crypto";
import { nanoid } from "nanoid";
import type { Language } from "../../shared/i18n/index.ts";
import type { Scenario } from "../../shared/scenario/format.ts";
import type { ScenarioCatalog } from "../scenarios/catalog.ts";
import { hashSecret } from "../security.ts";
import type { SessionCreateOptions } from "../sessions/create-options.ts";
import { GameClock } from "../sessions/game-clock.ts";
import { loadSession, playedOf } from "../sessions/load-session.ts";
import { Roster } from "../sessions/roster.ts";
import { SeatPins } from "../sessions/seat-pin.ts";
import { SessionGame } from "../sessions/session-game.ts";
import { SessionLog } from "../sessions/session-log.ts";
import { CodeInUseError, type Store } from "../store/store.ts";
import { refuse } from "./refuse.ts";

export type BootDeps = { store: Store; catalog: ScenarioCatalog; maxPlayers: number; timeScale: number };

export type Booted = {
  code: string;
  scenario: Scenario;
  language: Language;
  game: SessionGame;
  roster: Roster;
  /** The seats' PINs as hashes; the room adds each new seat's. */
  pins: SeatPins;
  /** Only the hash is kept, as in the store, so a restored session checks keys the same way. */
  hostKeyHash: string;
  /** Players whose seats came back offline; the room marks them so in the log once it can write. */
  offline: string[];
};

export async function bootNew(deps: BootDeps, options: SessionCreateOptions): Promise<Booted> {
  const scenario = deps.catalog.scenario(options.scenario.id);
  if (!scenario) throw refuse("unknown_scenario");
  // Taken together with the scenario: the file may be re-read while the session is being created.
  const source = deps.catalog.source(scenario.id);
  const sessionId = nanoid();
  const hostKeyHash = hashSecret(options.hostKey);
  try {
    await deps.store.createSession({
      id: sessionId,
      code: options.code,
      scenarioId: scenario.id,
      language: options.language,
      teamSize: options.teamSize,
      hostKeyHash,
      createdAt: Date.now(),
    });
  } catch (error) {
    if (error instanceof CodeInUseError) throw refuse("invalid_code");
    throw error;
  }
  // The rules as played travel with the session: the debrief and a restart read them, not the file as it is later.
  await deps.store.saveScenario(sessionId, playedOf(scenario, source)).catch(async (error: unknown) => {
    await deps.store.deleteSession(sessionId);
    throw error;
  });
  const clock = new GameClock(Date.now, deps.timeScale);
  const game = new SessionGame(
    scenario,
    new SessionLog(deps.store, sessionId),
    clock,
    options.teamSize,
    randomInt(2 ** 31),
  );
  const roster = new Roster(
    deps.maxPlayers,
    scenario.roles.map((role) => role.id),
  );
  const pins = new SeatPins();
  return {
    code: options.code,
    scenario,
    language: options.language,
    game,
    roster,
    pins,
    hostKeyHash,
    offline: [],
  };
}

/** After a restart: same code, same seats, same game; everyone offline until their key or token returns. */
export async function bootRestored(deps: BootDeps, sessionId: string): Promise<Booted> {
  const { record, scenario, events, seats } = await loadSession(deps.store, deps.catalog, sessionId);
  const lastSeq = events.reduce((max, e) => Math.max(max, e.seq), 0);
  const log = new SessionLog(deps.store, sessionId, lastSeq + 1);
  const { game, problems } = SessionGame.restore(scenario, log, events, {
    teamSize: record.teamSize,
    timeScale: deps.timeScale,
  });
  for (const problem of problems) console.warn(`session ${record.code}: entry not restored: ${problem}`);
  const roster = new Roster(
    deps.maxPlayers,
    scenario.roles.map((role) => role.id),
  );
  const pins = new SeatPins();
  for (const seat of seats) {
    roster.restore(seat);
    if (seat.pinHash) pins.set(seat.playerId, seat.pinHash);
  }
  const offline = game.lobby
    .all()
    .filter((m) => m.connected)
    .map((m) => m.playerId);
  const language: Language = record.language === "en" ? "en" : "nl";
  return {
    code: record.code,
    scenario,
    language,
    game,
    roster,
    pins,
    hostKeyHash: record.hostKeyHash,
    offline,
  };
}
