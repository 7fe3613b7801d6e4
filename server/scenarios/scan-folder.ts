// One look at the scenario folder: every YAML file read and validated, a file whose text is unchanged since the last
// look taken from the cache instead of parsed again. Valid files become the offer; the others are left out.
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { type ParseResult, parseScenario } from "../../scenarios/engine/parse.ts";
import { type Language, translate } from "../../shared/i18n/index.ts";
import type { LeftOutFile } from "../../shared/protocol/scenario-list.ts";
import type { Scenario } from "../../shared/scenario/format.ts";

export type FolderState = {
  scenarios: Scenario[];
  /** Each offered scenario's YAML text as read, by id. */
  sources: Map<string, string>;
  /** For the server console: full paths and every problem. */
  problems: string[];
  /** For the teacher: file names only, one entry per file. */
  leftOut: LeftOutFile[];
};

type Reason = LeftOutFile["reason"];

/**
 * Parsed files by name, with the text they were parsed from (and, for a broken one, its first problem in each
 * language); a scan keeps only the files it still saw.
 */
export type ParseCache = Map<string, { text: string; result: ParseResult; reason?: Reason }>;

/** The first problem of a broken file in both languages: the teacher's page may be in either. */
function reasonOf(text: string, name: string, parsed: ParseResult): Reason {
  const first = (language: Language) => {
    const r = parsed.language === language ? parsed : parseScenario(text, name, { language });
    return r.ok ? "" : (r.errors[0]?.message ?? "");
  };
  return { nl: first("nl"), en: first("en") };
}

const isScenarioFile = (name: string) => /\.ya?ml$/.test(name) && !name.startsWith(".");

/** The line of the top-level `id:` key, to point a duplicate at it. */
function idLine(text: string): number {
  const index = text.split("\n").findIndex((line) => /^id\s*:/.test(line));
  return index < 0 ? 1 : index + 1;
}

async function readIfThere(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    // Removed (or replaced by an editor's rename) between the listing and the read: not there on this look.
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

export async function scanFolder(dir: string, cache: ParseCache): Promise<FolderState> {
  const files = (await readdir(dir)).filter(isScenarioFile).sort();
  const state: FolderState = { scenarios: [], sources: new Map(), problems: [], leftOut: [] };
  const fileOf = new Map<string, string>();
  const seen = new Set<string>();
  for (const name of files) {
    const path = join(dir, name);
    const text = await readIfThere(path);
    if (text === undefined) continue;
    seen.add(name);
    const cached = cache.get(name);
    // Parsed under the bare file name: that is what the teacher sees; the console adds the folder.
    const hit = cached?.text === text ? cached : undefined;
    const result = hit?.result ?? parseScenario(text, name);
    const reason = result.ok ? undefined : (hit?.reason ?? reasonOf(text, name, result));
    cache.set(name, { text, result, ...(reason ? { reason } : {}) });
    if (!result.ok) {
      for (const e of result.errors)
        state.problems.push(`${join(dir, e.file)}:${e.line}:${e.column}  ${e.path}  ${e.message}`);
      const [first] = result.errors;
      state.leftOut.push({
        file: name,
        line: first?.line ?? 1,
        column: first?.column ?? 1,
        reason: reason ?? { nl: "", en: "" },
        more: Math.max(0, result.errors.length - 1),
      });
      continue;
    }
    const { id } = result.scenario;
    const other = fileOf.get(id);
    if (other !== undefined) {
      state.problems.push(`${path}: scenario id "${id}" is already used by ${other}; left out`);
      state.leftOut.push({
        file: name,
        line: idLine(text),
        column: 1,
        reason: {
          nl: translate("nl", "host.leftOutDuplicate", { id, file: other }),
          en: translate("en", "host.leftOutDuplicate", { id, file: other }),
        },
        more: 0,
        duplicateOf: { id, file: other },
      });
      continue;
    }
    fileOf.set(id, name);
    state.scenarios.push(result.scenario);
    state.sources.set(id, text);
  }
  for (const name of cache.keys()) if (!seen.has(name)) cache.delete(name);
  return state;
}
