// Draws a scenario as a Mermaid statechart: phases in order (with the story clock), their decisions with options
// and timeouts, injects with their conditions and variants, contacts, and the outcome rules.
import type { Decision, Scenario } from "../../shared/scenario/format.ts";
import { conditionText } from "./condition-text.ts";

// Quotes, newlines and semicolons (Mermaid's statement separator) would break a line of the chart.
const esc = (text: string) =>
  text
    .replace(/["\n;]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 70);
const mmss = (ms: number) =>
  `${String(Math.floor(ms / 60000)).padStart(2, "0")}:${String(Math.floor(ms / 1000) % 60).padStart(2, "0")}`;
const fxText = (effects: Record<string, number>) =>
  Object.entries(effects)
    .map(([k, v]) => `${k}${v > 0 ? "+" : ""}${v}`)
    .join(" ");

function decisionLines(p: string, d: Decision): string[] {
  const lines = [`    state "${d.id}: ${esc(d.question)}" as ${p}_${d.id}`];
  lines.push(`    [*] --> ${p}_${d.id}${d.opensAfter ? `: after ${d.opensAfter}` : ""}`);
  for (const o of d.options) {
    const marks = [
      o.best ? "★" : "",
      o.marks?.includes("harmful") ? "✖" : "",
      o.marks?.includes("solo") ? "solo" : "",
    ].filter(Boolean);
    const when = o.available ? ` if ${esc(conditionText(o.available))}` : "";
    lines.push(
      `    ${p}_${d.id} --> [*]: ${[o.id, ...marks, fxText(o.effects)].filter(Boolean).join(" ")}${when}`,
    );
  }
  const fx = fxText(d.timeout.effects);
  lines.push(`    ${p}_${d.id} --> [*]: ⏱ timeout → ${d.timeout.option}${fx ? ` ${fx}` : ""}`);
  return lines;
}

export function mermaid(s: Scenario): string {
  const lines = [
    "stateDiagram-v2",
    `  %% ${esc(s.title)}`,
    "  [*] --> lobby",
    `  lobby --> ${s.phases[0]?.id}: host.start${s.clock ? ` (🕘 ${esc(s.clock)})` : ""}`,
  ];
  s.phases.forEach((p, i) => {
    const next = s.phases[i + 1]?.id ?? "ended";
    const clock = p.clock ? ` 🕘 ${esc(p.clock)}` : "";
    lines.push(`  state "${p.id} ${esc(p.name)} (${mmss(p.duration)})${clock}" as ${p.id}`);
    const decisions = s.decisions.filter((d) => d.phase === p.id);
    if (decisions.length > 0) {
      lines.push(`  state ${p.id} {`);
      for (const d of decisions) lines.push(...decisionLines(p.id, d));
      lines.push("  }");
    }
    const injects = s.injects.filter(
      (x) => x.phase === p.id || (x.after && decisions.some((d) => d.id === x.after?.decision)),
    );
    for (const x of injects) {
      const when = x.after
        ? `after ${x.after.decision}-${x.after.options.join("/")}`
        : `at ${typeof x.at === "number" ? mmss(x.at) : (x.at ?? "condition")}`;
      const cond = x.if ? ` if ${esc(conditionText(x.if))}` : "";
      const manual = x.manual ? " manual" : "";
      lines.push(`  note right of ${p.id}: ${x.id} (${when}${cond}${manual}) ${esc(x.text)}`);
      for (const v of x.variants)
        lines.push(`  note right of ${p.id}: ${x.id} variant if ${esc(conditionText(v.if))}`);
    }
    for (const c of s.contacts.filter((c) => (c.phases ?? [s.phases[0]?.id]).includes(p.id))) {
      const reach = c.phases ? `in ${c.phases.join("/")}` : "all phases";
      const extra = [c.limit ? `max ${c.limit}` : "", c.availableAfter ? `after ${c.availableAfter}` : ""];
      const gives = c.facilitator ? "facilitator" : `reveals ${c.reveals.map((r) => r.id).join(" ")}`;
      const about = [mmss(c.cost), reach, ...extra, gives].filter(Boolean).join(", ");
      lines.push(`  note left of ${p.id}: ☎ ${c.id} ${esc(c.name)} (${about})`);
    }
    lines.push(`  ${p.id} --> ${next}: deadline or all decided`);
  });
  // Watched injects of no phase: the engine fires them whenever their condition holds.
  for (const x of s.injects.filter((x) => !x.phase && !x.after))
    lines.push(
      `  note right of ended: ${x.id} (${x.if ? `when ${esc(conditionText(x.if))}` : "manual"}) ${esc(x.text)}`,
    );
  for (const o of s.outcomes)
    lines.push(
      `  ended --> ${o.id}: ${o.level}${o.when ? ` if ${esc(conditionText(o.when))}` : " (otherwise)"}`,
    );
  for (const o of s.outcomes) lines.push(`  ${o.id} --> [*]`);
  return `${lines.join("\n")}\n`;
}
