// The hidden-profile property: no role can reach a best option from its own critical cards alone.
import type { Scenario } from "../../shared/scenario/format.ts";
import type { AuthorKey, AuthorText } from "./author-text.ts";
import { lookup } from "./lookup.ts";

export interface ProfileFinding {
  decision: string;
  option: string;
  roles: string[];
  teamSize: 2 | 3;
  /** "beste optie D van B1 heeft alleen kritieke kaarten van SW nodig; …" */
  text: AuthorText;
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
          const none = roles.length === 0;
          const key: AuthorKey = missing
            ? none
              ? "authoring.profile.noCriticalTwo"
              : "authoring.profile.oneRoleTwo"
            : none
              ? "authoring.profile.noCritical"
              : "authoring.profile.oneRole";
          const params = { decision: d.id, option: o.id, role: roles.join(", "), missing: missing ?? "" };
          findings.push({ decision: d.id, option: o.id, roles, teamSize, text: { key, params } });
        }
      }
    }
  }
  return findings;
}
