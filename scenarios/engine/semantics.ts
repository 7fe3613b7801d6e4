// Cross-reference checks zod cannot express: every id a scenario mentions must exist and fit.
import type { Condition } from "../../shared/scenario/conditions.ts";
import type { Scenario } from "../../shared/scenario/format.ts";
import type { Effects } from "../../shared/scenario/primitives.ts";
import type { PathIssue, PathSegment } from "./issues.ts";

type P = PathSegment[];

export function checkSemantics(s: Scenario): PathIssue[] {
  const out: PathIssue[] = [];
  const err = (path: P, message: string, atKey = false): void => {
    out.push({ path, message, atKey });
  };

  const ids = {
    role: new Set(s.roles.map((r) => r.id)),
    meter: new Set(s.meters.map((m) => m.id)),
    phase: new Set(s.phases.map((p) => p.id)),
    decision: new Set(s.decisions.map((d) => d.id)),
    inject: new Set(s.injects.map((i) => i.id)),
    contact: new Set(s.contacts.map((c) => c.id)),
    card: new Set([...s.cards.map((c) => c.id), ...s.contacts.flatMap((c) => c.reveals.map((r) => r.id))]),
  };
  const optionsOf = (decisionId: string) =>
    new Set(s.decisions.find((d) => d.id === decisionId)?.options.map((o) => o.id) ?? []);

  const unique = (what: string, list: { id: string }[], base: P) => {
    const seen = new Set<string>();
    list.forEach((x, i) => {
      if (seen.has(x.id)) err([...base, i, "id"], `${what} id "${x.id}" is used twice`);
      seen.add(x.id);
    });
  };
  unique("role", s.roles, ["roles"]);
  unique("meter", s.meters, ["meters"]);
  unique("card", s.cards, ["cards"]);
  unique("phase", s.phases, ["phases"]);
  unique("decision", s.decisions, ["decisions"]);
  unique("inject", s.injects, ["injects"]);
  unique("contact", s.contacts, ["contacts"]);
  unique("outcome", s.outcomes, ["outcomes"]);
  unique("learning goal", s.learningGoals, ["learningGoals"]);
  unique("debrief question", s.debriefQuestions, ["debriefQuestions"]);
  unique("shared fact", s.sharedFacts, ["sharedFacts"]);
  const cardIds = new Set(s.cards.map((c) => c.id));
  for (const [ci, c] of s.contacts.entries()) {
    for (const [ri, r] of c.reveals.entries()) {
      if (cardIds.has(r.id)) err(["contacts", ci, "reveals", ri, "id"], `card id "${r.id}" is used twice`);
    }
  }

  const ref = (kind: keyof typeof ids, id: string, path: P) => {
    if (!ids[kind].has(id)) err(path, `there is no ${kind} "${id}"`);
  };
  const effects = (e: Effects | undefined, path: P) => {
    for (const k of Object.keys(e ?? {}))
      if (!ids.meter.has(k)) err([...path, k], `there is no meter "${k}"`, true);
  };
  const condition = (c: Condition, path: P): void => {
    if ("shared" in c) ref("card", c.shared, [...path, "shared"]);
    else if ("decided" in c) ref("decision", c.decided, [...path, "decided"]);
    else if ("knew" in c) ref("decision", c.knew, [...path, "knew"]);
    else if ("injected" in c) ref("inject", c.injected, [...path, "injected"]);
    else if ("contacted" in c) ref("contact", c.contacted, [...path, "contacted"]);
    else if ("phase" in c) ref("phase", c.phase, [...path, "phase"]);
    else if ("meter" in c) ref("meter", c.meter.id, [...path, "meter", "id"]);
    else if ("chose" in c) chose(c.chose.decision, c.chose.options, [...path, "chose"]);
    else if ("not" in c) condition(c.not, [...path, "not"]);
    else {
      const list = "all" in c ? c.all : c.any;
      const key = "all" in c ? "all" : "any";
      for (const [i, x] of list.entries()) condition(x, [...path, key, i]);
    }
  };
  const chose = (decision: string, options: string[], path: P) => {
    if (!ids.decision.has(decision)) {
      err([...path, "decision"], `there is no decision "${decision}"`);
      return;
    }
    const known = optionsOf(decision);
    options.forEach((o, i) => {
      if (!known.has(o)) err([...path, "options", i], `decision ${decision} has no option "${o}"`);
    });
  };

  const roleIsOptional = new Map(s.roles.map((r) => [r.id, r.optional]));
  s.roles.forEach((r, i) => {
    if (r.optional && !s.redistribution.some((x) => x.missing === r.id))
      err(
        ["roles", i, "optional"],
        `optional role ${r.id} needs a redistribution entry for two-player teams`,
      );
  });
  if (s.roles.filter((r) => !r.optional).length < 2) err(["roles"], "at least two roles must be required");

  s.cards.forEach((c, i) => {
    ref("role", c.owner, ["cards", i, "owner"]);
    if (c.bases && !c.marks.includes("sensitive"))
      err(["cards", i, "bases"], `card ${c.id} lists bases but is not marked sensitive`);
    for (const [b, v] of Object.entries(c.bases ?? {}))
      effects(v?.effects, ["cards", i, "bases", b, "effects"]);
  });

  s.redistribution.forEach((r, i) => {
    if (!roleIsOptional.get(r.missing))
      err(["redistribution", i, "missing"], `role "${r.missing}" is not an optional role of this scenario`);
    r.moves.forEach((m, j) => {
      const card = s.cards.find((c) => c.id === m.card);
      if (!card) err(["redistribution", i, "moves", j, "card"], `there is no card "${m.card}"`);
      else if (card.owner !== r.missing)
        err(
          ["redistribution", i, "moves", j, "card"],
          `card ${m.card} belongs to ${card.owner}, not ${r.missing}`,
        );
      ref("role", m.to, ["redistribution", i, "moves", j, "to"]);
      if (m.to === r.missing)
        err(["redistribution", i, "moves", j, "to"], "a card cannot move to the missing role");
    });
  });

  if (typeof s.decisionRule === "object")
    ref("role", s.decisionRule.regisseur, ["decisionRule", "regisseur"]);

  s.decisions.forEach((d, i) => {
    const base: P = ["decisions", i];
    ref("phase", d.phase, [...base, "phase"]);
    if (d.opensAfter) ref("inject", d.opensAfter, [...base, "opensAfter"]);
    if (d.rule && typeof d.rule === "object") ref("role", d.rule.regisseur, [...base, "rule", "regisseur"]);
    const opts = new Set<string>();
    d.options.forEach((o, j) => {
      if (opts.has(o.id)) err([...base, "options", j, "id"], `option id "${o.id}" is used twice in ${d.id}`);
      opts.add(o.id);
      effects(o.effects, [...base, "options", j, "effects"]);
      for (const [k, c] of o.needs.entries()) ref("card", c, [...base, "options", j, "needs", k]);
      if (o.available) condition(o.available, [...base, "options", j, "available"]);
      if (o.best && o.needs.length === 0)
        err([...base, "options", j, "needs"], `best option ${d.id}-${o.id} must list the cards it needs`);
      if (o.best && !o.uninformed)
        err(
          [...base, "options", j],
          `best option ${d.id}-${o.id} needs an "uninformed" consequence: what happens when a team chooses it without the cards it needs`,
        );
      if (o.uninformed) effects(o.uninformed.effects, [...base, "options", j, "uninformed", "effects"]);
      if (o.uninformed && o.needs.length === 0)
        err(
          [...base, "options", j, "uninformed"],
          `option ${d.id}-${o.id} has an uninformed consequence but lists no needed cards`,
        );
      for (const [k, p] of (o.uninformed?.partial ?? []).entries()) {
        const at: P = [...base, "options", j, "uninformed", "partial", k];
        effects(p.effects, [...at, "effects"]);
        for (const [m, c] of p.knew.entries())
          if (!o.needs.includes(c))
            err([...at, "knew", m], `card ${c} is not one of the cards option ${d.id}-${o.id} needs`);
        if (o.needs.every((c) => p.knew.includes(c)))
          err([...at, "knew"], "a partial result must leave out at least one needed card");
      }
      if (o.hidden && !o.available)
        err(
          [...base, "options", j, "hidden"],
          `option ${d.id}-${o.id} is hidden but has no "available" condition`,
        );
    });
    if (!d.options.some((o) => o.best)) err([...base, "options"], `decision ${d.id} has no best option`);
    for (const [role, option] of Object.entries(d.solo)) {
      if (!ids.role.has(role)) err([...base, "solo", role], `there is no role "${role}"`, true);
      if (!opts.has(option)) err([...base, "solo", role], `decision ${d.id} has no option "${option}"`);
    }
    if (!opts.has(d.timeout.option))
      err([...base, "timeout", "option"], `decision ${d.id} has no option "${d.timeout.option}"`);
    effects(d.timeout.effects, [...base, "timeout", "effects"]);
  });

  s.injects.forEach((inj, i) => {
    const base: P = ["injects", i];
    if (inj.phase) ref("phase", inj.phase, [...base, "phase"]);
    if (inj.at !== undefined && !inj.phase) err([...base, "at"], `inject ${inj.id} has a time but no phase`);
    const phase = s.phases.find((p) => p.id === inj.phase);
    if (typeof inj.at === "number" && phase && inj.at >= phase.duration)
      err([...base, "at"], `inject ${inj.id} is timed after the end of phase ${phase.id}`);
    if (inj.after) chose(inj.after.decision, inj.after.options, [...base, "after"]);
    if (inj.at !== undefined && inj.after)
      err([...base, "after"], "an inject has a time or an option, not both");
    if (inj.at === undefined && !inj.after && !inj.if && !inj.manual)
      err(base, `inject ${inj.id} needs a trigger: at, after, if, or manual: true for the facilitator`);
    if (inj.if) condition(inj.if, [...base, "if"]);
    effects(inj.effects, [...base, "effects"]);
    inj.variants.forEach((v, j) => {
      condition(v.if, [...base, "variants", j, "if"]);
      effects(v.effects, [...base, "variants", j, "effects"]);
    });
  });

  s.contacts.forEach((c, i) => {
    for (const [j, p] of (c.phases ?? []).entries()) ref("phase", p, ["contacts", i, "phases", j]);
    if (c.availableAfter) ref("inject", c.availableAfter, ["contacts", i, "availableAfter"]);
    if (c.reveals.length === 0 && !c.facilitator)
      err(["contacts", i], `contact ${c.id} must reveal a card or be answered by the facilitator`);
  });

  s.outcomes.forEach((o, i) => {
    const last = i === s.outcomes.length - 1;
    if (o.when) condition(o.when, ["outcomes", i, "when"]);
    if (last && o.when)
      err(["outcomes", i, "when"], "the last outcome is the fallback and must not have a condition");
    if (!last && !o.when)
      err(["outcomes", i], `outcome ${o.id} needs a condition (only the last one may omit it)`);
  });
  return out;
}
