// The hidden-profile property: no role can reach a best option from its own critical cards alone.
import type { Scenario } from "../../shared/scenario/format.ts";
import { lookup } from "./lookup.ts";

export interface ProfileFinding {
  decision: string;
  option: string;
  roles: string[];
  teamSize: 2 | 3;
  message: string;
}

/** Who holds each card in a full team, and in a two-player team after the scenario's redistribution. */
export function holders(s: Scenario, missing: string | null): Map<string, string> {
  const owner = new Map(s.cards.map((c) => [c.id, c.owner]));
  if (missing === null) return owner;
  for (const r of s.redistribution.filter((x) => x.missing === missing)) {
    for (const m of r.moves) owner.set(m.card, m.to);
  }
  return owner;
}

export function checkHiddenProfile(s: Scenario): ProfileFinding[] {
  const findings: ProfileFinding[] = [];
  const configs: [2 | 3, string | null][] = [
    [3, null],
    ...s.roles.filter((r) => r.optional).map((r) => [2, r.id] as [2, string]),
  ];
  for (const [teamSize, missing] of configs) {
    const owner = holders(s, missing);
    for (const d of s.decisions) {
      for (const o of d.options.filter((x) => x.best)) {
        const critical = o.needs.filter((c) => lookup(s).cards.get(c)?.marks.includes("critical"));
        const roles = [
          ...new Set(critical.map((c) => owner.get(c)).filter((r): r is string => !!r && r !== missing)),
        ];
        if (roles.length < 2) {
          const where = missing ? ` with two players (no ${missing})` : "";
          findings.push({
            decision: d.id,
            option: o.id,
            roles,
            teamSize,
            message: `best option ${d.id}-${o.id} needs critical cards from only ${roles.length === 0 ? "no role" : roles.join(", ")}${where}; it must need critical cards of at least two roles`,
          });
        }
      }
    }
  }
  return findings;
}
