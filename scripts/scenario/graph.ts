// Draws a scenario as a Mermaid statechart: phases in order, their decisions, injects and the outcomes.
import type { Scenario } from "../../shared/scenario/format.ts";

const esc = (text: string) => text.replace(/["\n]/g, " ").replace(/\s+/g, " ").slice(0, 70);
const mmss = (ms: number) =>
  `${String(Math.floor(ms / 60000)).padStart(2, "0")}:${String(Math.floor(ms / 1000) % 60).padStart(2, "0")}`;

export function mermaid(s: Scenario): string {
  const lines = [
    "stateDiagram-v2",
    `  %% ${esc(s.title)}`,
    "  [*] --> lobby",
    `  lobby --> ${s.phases[0]?.id}: host.start`,
  ];
  s.phases.forEach((p, i) => {
    const next = s.phases[i + 1]?.id ?? "ended";
    lines.push(`  state "${p.id} ${esc(p.name)} (${mmss(p.duration)})" as ${p.id}`);
    const decisions = s.decisions.filter((d) => d.phase === p.id);
    if (decisions.length > 0) {
      lines.push(`  state ${p.id} {`);
      for (const d of decisions) {
        lines.push(`    state "${d.id}: ${esc(d.question)}" as ${p.id}_${d.id}`);
        lines.push(`    [*] --> ${p.id}_${d.id}${d.opensAfter ? `: after ${d.opensAfter}` : ""}`);
        for (const o of d.options) {
          const mark = o.best ? " ★" : "";
          const fx = Object.entries(o.effects)
            .map(([k, v]) => `${k}${v > 0 ? "+" : ""}${v}`)
            .join(" ");
          lines.push(`    ${p.id}_${d.id} --> [*]: ${o.id}${mark} ${fx}`);
        }
      }
      lines.push("  }");
    }
    const injects = s.injects.filter(
      (x) => x.phase === p.id || (x.after && decisions.some((d) => d.id === x.after?.decision)),
    );
    for (const x of injects) {
      const when = x.after
        ? `after ${x.after.decision}-${x.after.options.join("/")}`
        : `at ${typeof x.at === "number" ? mmss(x.at) : (x.at ?? "condition")}`;
      lines.push(`  note right of ${p.id}: ${x.id} (${when}) ${esc(x.text)}`);
    }
    lines.push(`  ${p.id} --> ${next}: deadline or all decided`);
  });
  for (const o of s.outcomes) lines.push(`  ended --> ${o.id}: ${o.level}`);
  for (const o of s.outcomes) lines.push(`  ${o.id} --> [*]`);
  return `${lines.join("\n")}\n`;
}
