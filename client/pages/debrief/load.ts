// Getting a session export into the browser: from the server with the host key, or from a file; checked, then opened.
import type { z } from "zod";
import { parseScenario } from "../../../scenarios/engine/parse.ts";
import { openSessionReplay, type SessionReplay } from "../../../scenarios/engine/session-replay.ts";
import type { MessageKey } from "../../../shared/i18n/index.ts";
import { type SessionExport, SessionExportSchema } from "../../../shared/protocol/export.ts";
import type { Scenario } from "../../../shared/scenario/format.ts";
import { t } from "../../ui/i18n.ts";

/** Everything the replay page draws from: the export as it came, its scenario, and the folded session. */
export interface LoadedSession {
  data: SessionExport;
  /** The export's JSON text, for the download button. */
  raw: string;
  scenario: Scenario;
  replay: SessionReplay;
}

export type Loaded = { ok: true; session: LoadedSession } | { ok: false; error: string };

const devPort: string | undefined = import.meta.env.VITE_GAME_SERVER_PORT;
const serverUrl = devPort ? `${location.protocol}//${location.hostname}:${devPort}` : location.origin;

const TYPE_NAMES: Partial<Record<string, MessageKey>> = {
  number: "debrief.load.type.number",
  string: "debrief.load.type.string",
  object: "debrief.load.type.object",
  array: "debrief.load.type.array",
  boolean: "debrief.load.type.boolean",
};

/** "session.code: not a join code" for people: where in the file, and what is wrong there. */
function issueText(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return "";
  const path = issue.path.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`)).join("");
  const expected = "expected" in issue ? String(issue.expected) : "";
  const problem =
    issue.code === "invalid_type" && /received undefined/.test(issue.message)
      ? t("debrief.load.missing")
      : issue.code === "invalid_type" && TYPE_NAMES[expected]
        ? t("debrief.load.wrongType", { type: t(TYPE_NAMES[expected]) })
        : t("debrief.load.wrongValue", { detail: issue.message });
  return t("debrief.load.field", { field: path.replace(/^\./, "") || "(bestand)", problem });
}

/** Checks a parsed JSON value against the export contract and opens its replay; every failure is one sentence. */
export function openExport(value: unknown, raw: string): Loaded {
  const format = (value as { format?: unknown } | null)?.format;
  if (typeof value !== "object" || value === null || format !== "wijkcrisis-session")
    return { ok: false, error: t("debrief.load.notExport") };
  const parsed = SessionExportSchema.safeParse(value);
  if (!parsed.success) return { ok: false, error: `${t("debrief.load.invalid")} ${issueText(parsed.error)}` };
  const data = parsed.data;
  const scenario = parseScenario(data.scenarioSource, `${data.session.scenarioId}.yaml`);
  if (!scenario.ok) {
    const first = scenario.errors[0];
    return {
      ok: false,
      error: t("debrief.load.scenario", { problem: first ? `${first.path}: ${first.message}` : "" }),
    };
  }
  const replay = openSessionReplay(scenario.scenario, { teamSize: data.session.teamSize }, data.entries);
  return { ok: true, session: { data, raw, scenario: scenario.scenario, replay } };
}

export function openExportText(text: string): Loaded {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: t("debrief.load.notJson", { problem: e instanceof Error ? e.message : "" }) };
  }
  return openExport(value, text);
}

/** `GET /api/sessions/<code>/export` with the host key. */
export async function fetchExport(code: string, hostKey: string): Promise<Loaded> {
  let response: Response;
  try {
    response = await fetch(`${serverUrl}/api/sessions/${encodeURIComponent(code)}/export`, {
      headers: { Authorization: `Bearer ${hostKey}` },
    });
  } catch {
    return { ok: false, error: t("error.network") };
  }
  const text = await response.text();
  if (!response.ok) {
    const code = (() => {
      try {
        return String((JSON.parse(text) as { error?: unknown }).error ?? "");
      } catch {
        return "";
      }
    })();
    if (response.status === 403 || code === "host_key_invalid")
      return { ok: false, error: t("debrief.keyRefused") };
    if (response.status === 404) return { ok: false, error: t("debrief.notFound") };
    return { ok: false, error: t("error.unknown") };
  }
  return openExportText(text);
}
