// Warnings, not errors: option labels that give the answer away, and cards the outcome screen cannot name.
import type { Scenario } from "../../shared/scenario/format.ts";
import type { PathIssue } from "./issues.ts";

/** An option label longer than this many times its decision's median label stands out. */
export const LABEL_RATIO = 1.5;

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

export function checkStyle(s: Scenario): PathIssue[] {
  const out: PathIssue[] = [];
  let bestLongest = 0;
  s.decisions.forEach((d, i) => {
    const lengths = d.options.map((o) => o.text.length);
    const m = median(lengths);
    d.options.forEach((o, j) => {
      if (o.text.length > LABEL_RATIO * m)
        out.push({
          path: ["decisions", i, "options", j, "text"],
          message: `the label of ${d.id}-${o.id} is ${o.text.length} characters, more than ${LABEL_RATIO}× the median of ${d.id} (${m}): a long, detailed label gives the answer away; put the plan in "consequence"`,
        });
    });
    const longest = Math.max(...lengths);
    if (d.options.some((o) => o.best && o.text.length === longest)) bestLongest++;
  });
  if (s.decisions.length > 0 && bestLongest > s.decisions.length / 2)
    out.push({
      path: ["decisions"],
      message: `the best option has the longest label in ${bestLongest} of ${s.decisions.length} decisions: a team could win by picking the longest text`,
    });
  const needed = new Set(s.decisions.flatMap((d) => d.options.filter((o) => o.best).flatMap((o) => o.needs)));
  s.cards.forEach((c, i) => {
    if (needed.has(c.id) && !c.title)
      out.push({
        path: ["cards", i],
        message: `card ${c.id} is needed by a best option but has no "title": after the game the outcome screen can only say "a card of ${c.owner}"`,
      });
  });
  return out;
}
