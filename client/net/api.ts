// The game server's JSON API over fetch, without a schema library: the join form loads this before anything else,
// so it stays small. Pages that have the zod schemas loaded pass their parse (net/host-api.ts); the join form's one
// call checks its answer by hand.
import { normalizeJoinCode } from "../../shared/ids.ts";
import type { ScenarioSummary, SessionLookupResponse } from "../../shared/protocol/session.ts";

/** `npm run dev` serves pages from Vite and names the game server's port; otherwise pages and server share an origin. */
const devPort: string | undefined = import.meta.env.VITE_GAME_SERVER_PORT;
export const serverUrl = devPort ? `${location.protocol}//${location.hostname}:${devPort}` : location.origin;

/** A refusal's code (`{ error }`), or "unknown" for an answer that has none. */
export function errorCodeOf(body: unknown): string {
  const error = (body as { error?: unknown } | null)?.error;
  return typeof error === "string" ? error : "unknown";
}

/** GET (or `init`) `/api<path>`; a refusal throws its error code, an answer `parse` rejects throws too. */
export async function api<T>(path: string, parse: (body: unknown) => T, init?: RequestInit): Promise<T> {
  const response = await fetch(`${serverUrl}/api${path}`, {
    ...init,
    headers: { "Content-Type": "application/json", ...(init?.headers as Record<string, string> | undefined) },
  });
  const body: unknown = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(errorCodeOf(body));
  return parse(body);
}

type Loose<T> = { [K in keyof T]?: unknown };
const isText = (value: unknown): value is string => typeof value === "string";

function isScenario(value: unknown): value is ScenarioSummary {
  const s = value as Loose<ScenarioSummary> | null | undefined;
  return (
    !!s &&
    isText(s.id) &&
    isText(s.title) &&
    isText(s.language) &&
    isText(s.summary) &&
    typeof s.durationMinutes === "number" &&
    Array.isArray(s.roles) &&
    s.roles.every((r: Loose<ScenarioSummary["roles"][number]> | null) => isText(r?.id) && isText(r?.name))
  );
}

/** The shape of SessionLookupResponse (shared/protocol/session.ts) checked by hand, so the form needs no zod. */
function sessionLookup(body: unknown): SessionLookupResponse {
  const b = body as Loose<SessionLookupResponse> | null;
  const ok =
    !!b &&
    isText(b.code) &&
    normalizeJoinCode(b.code) === b.code &&
    isText(b.roomId) &&
    isText(b.joinUrl) &&
    isScenario(b.scenario);
  if (!ok) throw new Error("unknown");
  return b as SessionLookupResponse;
}

/** A new student's look-up of a join code: refused once the session ended (pages with a seat use roomToRejoin). */
export const lookupSession = (code: string) => api(`/sessions/${encodeURIComponent(code)}`, sessionLookup);
