// The scenario folder as a catalogue that follows its files: read at start-up, and looked at again whenever the
// server is about to offer or start a scenario (refresh), so an added, changed or removed file counts without a
// restart. Only unchanged texts skip the parser. A running session never reads the catalogue again: it holds its
// scenario and keeps the text it started with in the store.
import type { LeftOutFile } from "../../shared/protocol/scenario-list.ts";
import { catalogOf, type ScenarioCatalog } from "./catalog.ts";
import { type FolderState, type ParseCache, scanFolder } from "./scan-folder.ts";

export type LoadedCatalog = ScenarioCatalog & {
  /** The problems of the last look, for the server console: full paths and every problem. */
  readonly problems: string[];
  refresh(): Promise<void>;
  leftOut(): LeftOutFile[];
};

export type LoadOptions = {
  /** Where a file that became broken (or valid again) after start-up is reported; start-up's own problems are not. */
  warn?: (line: string) => void;
};

export async function loadScenarioCatalog(dir: string, options: LoadOptions = {}): Promise<LoadedCatalog> {
  const warn = options.warn ?? ((line: string) => console.warn(line));
  const cache: ParseCache = new Map();
  let state: FolderState = await scanFolder(dir, cache);
  let offered = catalogOf(state.scenarios, state.sources);

  const look = async () => {
    let next: FolderState;
    try {
      next = await scanFolder(dir, cache);
    } catch (error) {
      // The folder itself is unreadable for a moment (moved, remounted): keep offering what was there.
      warn(`Scenario folder ${dir} could not be read: ${error instanceof Error ? error.message : error}`);
      return;
    }
    const before = new Set(state.problems);
    for (const problem of next.problems) if (!before.has(problem)) warn(`Scenario left out: ${problem}`);
    // One swap: a reader sees the old folder or the new one, never half of each.
    state = next;
    offered = catalogOf(next.scenarios, next.sources);
  };

  let last: Promise<void> = Promise.resolve();
  let waiting: Promise<void> | undefined;
  /** Calls that arrive while a look is under way share the one look queued after it. */
  const refresh = () => {
    if (waiting) return waiting;
    const next = last.then(() => {
      waiting = undefined;
      return look();
    });
    waiting = next;
    last = next;
    return next;
  };

  return {
    list: () => offered.list(),
    get: (id) => offered.get(id),
    scenario: (id) => offered.scenario(id),
    source: (id) => offered.source(id),
    get problems() {
      return state.problems;
    },
    refresh,
    leftOut: () => state.leftOut,
  };
}
