// Warnings for injects that can never fire: their own condition asks for another phase, for a decision that
// only comes later, or for the inject itself. Only conditions that must hold count (top level or under `all`).
import type { Condition } from "../../shared/scenario/conditions.ts";
import type { Inject, Scenario } from "../../shared/scenario/format.ts";
import type { PathIssue } from "./issues.ts";

/** The conditions that must all hold for `c` to hold: `c` itself, or the parts of an `all`, recursively. */
function required(c: Condition | undefined): Condition[] {
  if (c === undefined) return [];
  return "all" in c ? c.all.flatMap(required) : [c];
}

/** The decision a condition waits on being taken, if any. */
function waitsOnDecision(c: Condition): string | null {
  if ("decided" in c) return c.decided;
  if ("knew" in c) return c.knew;
  if ("chose" in c) return c.chose.decision;
  return null;
}

/** The phase an inject fires in: its own, or for an `after` inject the phase of that decision. */
function firingPhase(s: Scenario, inj: Inject): string | null {
  if (inj.after) return s.decisions.find((d) => d.id === inj.after?.decision)?.phase ?? null;
  return inj.phase ?? null;
}

export function checkInjectReach(s: Scenario): PathIssue[] {
  const out: PathIssue[] = [];
  const phaseIndex = (id: string | null) => s.phases.findIndex((p) => p.id === id);
  s.injects.forEach((inj, i) => {
    if (inj.manual) return;
    const phase = firingPhase(s, inj);
    const at = phaseIndex(phase);
    for (const c of required(inj.if)) {
      const path: PathIssue["path"] = ["injects", i, "if"];
      if ("injected" in c && c.injected === inj.id) {
        out.push({ path, key: "authoring.style.injectWaitsOnItself", params: { inject: inj.id } });
        return;
      }
      if (phase === null || at < 0) continue;
      if ("phase" in c && c.phase !== phase) {
        out.push({
          path,
          key: "authoring.style.injectWrongPhase",
          params: { inject: inj.id, phase, wanted: c.phase },
        });
        return;
      }
      const decision = waitsOnDecision(c);
      const later = s.decisions.find((d) => d.id === decision)?.phase ?? null;
      if (decision && later && phaseIndex(later) > at) {
        out.push({
          path,
          key: "authoring.style.injectWaitsOnLater",
          params: { inject: inj.id, phase, decision, later },
        });
        return;
      }
    }
  });
  s.roles.forEach((r, i) => {
    if (r.recommended && !r.optional)
      out.push({
        path: ["roles", i, "recommended"],
        key: "authoring.style.recommendedNotOptional",
        params: { role: r.id },
      });
  });
  return out;
}
