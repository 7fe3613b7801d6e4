// Warnings, not errors: option labels that give the answer away, and cards the outcome screen cannot name.
import type { Scenario } from "../../shared/scenario/format.ts";
import { checkInjectReach } from "./inject-reach.ts";
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
          key: "authoring.style.longLabel",
          params: { decision: d.id, option: o.id, length: o.text.length, ratio: LABEL_RATIO, median: m },
        });
    });
    const longest = Math.max(...lengths);
    if (d.options.some((o) => o.best && o.text.length === longest)) bestLongest++;
  });
  if (s.decisions.length > 0 && bestLongest > s.decisions.length / 2)
    out.push({
      path: ["decisions"],
      key: "authoring.style.bestIsLongest",
      params: { count: bestLongest, total: s.decisions.length },
    });
  const needed = new Set(s.decisions.flatMap((d) => d.options.filter((o) => o.best).flatMap((o) => o.needs)));
  s.cards.forEach((c, i) => {
    if (needed.has(c.id) && !c.title)
      out.push({
        path: ["cards", i],
        key: "authoring.style.cardNeedsTitle",
        params: { card: c.id, owner: c.owner },
      });
  });
  out.push(...checkInjectReach(s));
  return out;
}
