// The debrief's analysis parts below the replay: contributions per role, "what if", and the class comparison.
// One part for the replay page, so hooking them in takes one line there.

import { h } from "../../ui/dom.ts";
import { createCompare } from "./compare.ts";
import type { Part } from "./context.ts";
import { createContributions } from "./contributions.ts";
import type { LoadedSession } from "./load.ts";
import { createWhatIf } from "./what-if.ts";

export function createAnalysis(session: LoadedSession): Part {
  const parts = [createContributions(), createWhatIf(), createCompare(session)];
  return {
    el: h("div", { class: "debrief-analysis" }, ...parts.map((p) => p.el)),
    moment(ctx) {
      for (const p of parts) p.moment(ctx);
    },
  };
}
