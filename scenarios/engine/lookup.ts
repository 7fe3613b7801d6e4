// Id-indexed views of a scenario, built once per scenario object, so the engine never scans lists per event.
import type {
  Contact,
  Decision,
  DecisionOption,
  Inject,
  Phase,
  Scenario,
} from "../../shared/scenario/format.ts";
import type { CardMark } from "../../shared/scenario/primitives.ts";

export interface CardInfo {
  id: string;
  owner: string | null;
  marks: CardMark[];
  text: string;
  title: string | null;
  contact: string | null;
}

export interface Lookup {
  cards: Map<string, CardInfo>;
  phases: Map<string, { phase: Phase; index: number }>;
  decisions: Map<string, Decision>;
  options: Map<string, DecisionOption>;
  injects: Map<string, Inject>;
  contacts: Map<string, Contact>;
  decisionsByPhase: Map<string, Decision[]>;
  injectsAfter: Map<string, Inject[]>;
}

const cache = new WeakMap<Scenario, Lookup>();

export const optionKey = (decisionId: string, optionId: string) => `${decisionId}.${optionId}`;

export function lookup(s: Scenario): Lookup {
  const hit = cache.get(s);
  if (hit) return hit;
  const cards = new Map<string, CardInfo>();
  for (const c of s.cards)
    cards.set(c.id, {
      id: c.id,
      owner: c.owner,
      marks: c.marks,
      text: c.text,
      title: c.title ?? null,
      contact: null,
    });
  for (const k of s.contacts)
    for (const r of k.reveals)
      cards.set(r.id, {
        id: r.id,
        owner: null,
        marks: r.marks,
        text: r.text,
        title: r.title ?? null,
        contact: k.id,
      });
  const options = new Map<string, DecisionOption>();
  for (const d of s.decisions) for (const o of d.options) options.set(optionKey(d.id, o.id), o);
  const decisionsByPhase = new Map<string, Decision[]>();
  for (const d of s.decisions) decisionsByPhase.set(d.phase, [...(decisionsByPhase.get(d.phase) ?? []), d]);
  const injectsAfter = new Map<string, Inject[]>();
  for (const i of s.injects) {
    if (!i.after) continue;
    for (const o of i.after.options) {
      const key = optionKey(i.after.decision, o);
      injectsAfter.set(key, [...(injectsAfter.get(key) ?? []), i]);
    }
  }
  const built: Lookup = {
    cards,
    phases: new Map(s.phases.map((phase, index) => [phase.id, { phase, index }])),
    decisions: new Map(s.decisions.map((d) => [d.id, d])),
    options,
    injects: new Map(s.injects.map((i) => [i.id, i])),
    contacts: new Map(s.contacts.map((c) => [c.id, c])),
    decisionsByPhase,
    injectsAfter,
  };
  cache.set(s, built);
  return built;
}
