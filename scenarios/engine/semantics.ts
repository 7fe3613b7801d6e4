// Cross-reference checks zod cannot express: every id a scenario mentions must exist and fit.
import type { Condition } from "../../shared/scenario/conditions.ts";
import type { Scenario } from "../../shared/scenario/format.ts";
import type { Effects } from "../../shared/scenario/primitives.ts";
import { type AuthorKey, type AuthorParam, msg } from "./author-text.ts";
import type { PathIssue, PathSegment } from "./issues.ts";
import { type ItemKind, kindKey, kindsKey } from "./place.ts";

type P = PathSegment[];

export function checkSemantics(s: Scenario): PathIssue[] {
  const out: PathIssue[] = [];
  const err = (path: P, key: AuthorKey, params?: Record<string, AuthorParam>, atKey = false): void => {
    out.push({ path, key, ...(params ? { params } : {}), ...(atKey ? { atKey } : {}) });
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

  const unique = (what: ItemKind, list: { id: string }[], base: P) => {
    const seen = new Set<string>();
    list.forEach((x, i) => {
      if (seen.has(x.id))
        err([...base, i, "id"], "authoring.check.duplicateId", { id: x.id, kinds: msg(kindsKey(what)) });
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
  unique("learningGoal", s.learningGoals, ["learningGoals"]);
  unique("debriefQuestion", s.debriefQuestions, ["debriefQuestions"]);
  unique("sharedFact", s.sharedFacts, ["sharedFacts"]);
  const cardIds = new Set(s.cards.map((c) => c.id));
  for (const [ci, c] of s.contacts.entries()) {
    for (const [ri, r] of c.reveals.entries()) {
      if (cardIds.has(r.id))
        err(["contacts", ci, "reveals", ri, "id"], "authoring.check.duplicateId", {
          id: r.id,
          kinds: msg(kindsKey("card")),
        });
    }
  }

  const ref = (kind: keyof typeof ids, id: string, path: P) => {
    if (!ids[kind].has(id)) err(path, "authoring.check.noSuch", { kind: msg(kindKey(kind)), id });
  };
  const effects = (e: Effects | undefined, path: P) => {
    for (const k of Object.keys(e ?? {}))
      if (!ids.meter.has(k))
        err([...path, k], "authoring.check.noSuch", { kind: msg(kindKey("meter")), id: k }, true);
  };
  const condition = (c: Condition, path: P): void => {
    if ("shared" in c) {
      if (typeof c.shared === "string") ref("card", c.shared, [...path, "shared"]);
      else {
        ref("card", c.shared.card, [...path, "shared", "card"]);
        if (c.shared.phase) ref("phase", c.shared.phase, [...path, "shared", "phase"]);
        if (c.shared.by) ref("role", c.shared.by, [...path, "shared", "by"]);
      }
    } else if ("decided" in c) ref("decision", c.decided, [...path, "decided"]);
    else if ("knew" in c) ref("decision", c.knew, [...path, "knew"]);
    else if ("injected" in c) ref("inject", c.injected, [...path, "injected"]);
    else if ("contacted" in c) {
      if (typeof c.contacted === "string") ref("contact", c.contacted, [...path, "contacted"]);
      else {
        ref("contact", c.contacted.contact, [...path, "contacted", "contact"]);
        if (c.contacted.phase) ref("phase", c.contacted.phase, [...path, "contacted", "phase"]);
      }
    } else if ("phase" in c) ref("phase", c.phase, [...path, "phase"]);
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
      err([...path, "decision"], "authoring.check.noSuch", { kind: msg(kindKey("decision")), id: decision });
      return;
    }
    const known = optionsOf(decision);
    options.forEach((o, i) => {
      if (!known.has(o)) err([...path, "options", i], "authoring.check.noOption", { decision, option: o });
    });
  };

  const roleIsOptional = new Map(s.roles.map((r) => [r.id, r.optional]));
  s.roles.forEach((r, i) => {
    if (r.optional && !s.redistribution.some((x) => x.missing === r.id))
      err(["roles", i, "optional"], "authoring.check.optionalNeedsRedistribution", { role: r.id });
  });
  if (s.roles.filter((r) => !r.optional).length < 2) err(["roles"], "authoring.check.twoRequiredRoles");

  s.cards.forEach((c, i) => {
    ref("role", c.owner, ["cards", i, "owner"]);
    if (c.bases && !c.marks.includes("sensitive"))
      err(["cards", i, "bases"], "authoring.check.basesNotSensitive", { card: c.id });
    for (const [b, v] of Object.entries(c.bases ?? {})) {
      effects(v?.effects, ["cards", i, "bases", b, "effects"]);
      if (v?.when) condition(v.when, ["cards", i, "bases", b, "when"]);
      effects(v?.otherwise?.effects, ["cards", i, "bases", b, "otherwise", "effects"]);
      if (v?.otherwise && !v.when)
        err(["cards", i, "bases", b, "otherwise"], "authoring.check.otherwiseWithoutWhen", { card: c.id });
    }
  });

  s.redistribution.forEach((r, i) => {
    if (!roleIsOptional.get(r.missing))
      err(["redistribution", i, "missing"], "authoring.check.redistributionNotOptional", { role: r.missing });
    r.moves.forEach((m, j) => {
      const card = s.cards.find((c) => c.id === m.card);
      if (!card) ref("card", m.card, ["redistribution", i, "moves", j, "card"]);
      else if (card.owner !== r.missing)
        err(["redistribution", i, "moves", j, "card"], "authoring.check.cardNotOfMissing", {
          card: m.card,
          owner: card.owner,
          missing: r.missing,
        });
      ref("role", m.to, ["redistribution", i, "moves", j, "to"]);
      if (m.to === r.missing) err(["redistribution", i, "moves", j, "to"], "authoring.check.moveToMissing");
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
      const named = { decision: d.id, option: o.id };
      if (opts.has(o.id)) err([...base, "options", j, "id"], "authoring.check.duplicateOption", named);
      opts.add(o.id);
      effects(o.effects, [...base, "options", j, "effects"]);
      for (const [k, c] of o.needs.entries()) ref("card", c, [...base, "options", j, "needs", k]);
      if (o.available) condition(o.available, [...base, "options", j, "available"]);
      if (o.best && o.needs.length === 0)
        err([...base, "options", j, "needs"], "authoring.check.bestNeedsCards", named);
      if (o.best && !o.uninformed) err([...base, "options", j], "authoring.check.bestNeedsUninformed", named);
      if (o.uninformed) effects(o.uninformed.effects, [...base, "options", j, "uninformed", "effects"]);
      if (o.uninformed && o.needs.length === 0)
        err([...base, "options", j, "uninformed"], "authoring.check.uninformedWithoutNeeds", named);
      for (const [k, p] of (o.uninformed?.partial ?? []).entries()) {
        const at: P = [...base, "options", j, "uninformed", "partial", k];
        effects(p.effects, [...at, "effects"]);
        for (const [m, c] of p.knew.entries())
          if (!o.needs.includes(c))
            err([...at, "knew", m], "authoring.check.partialNotNeeded", { ...named, card: c });
        if (o.needs.every((c) => p.knew.includes(c)))
          err([...at, "knew"], "authoring.check.partialLeavesOut");
      }
      if (o.hidden && !o.available)
        err([...base, "options", j, "hidden"], "authoring.check.hiddenWithoutAvailable", named);
    });
    if (!d.options.some((o) => o.best))
      err([...base, "options"], "authoring.check.noBestOption", { decision: d.id });
    for (const [role, option] of Object.entries(d.solo)) {
      if (!ids.role.has(role))
        err(
          [...base, "solo", role],
          "authoring.check.noSuch",
          { kind: msg(kindKey("role")), id: role },
          true,
        );
      if (!opts.has(option))
        err([...base, "solo", role], "authoring.check.noOption", { decision: d.id, option });
    }
    if (!opts.has(d.timeout.option))
      err([...base, "timeout", "option"], "authoring.check.noOption", {
        decision: d.id,
        option: d.timeout.option,
      });
    effects(d.timeout.effects, [...base, "timeout", "effects"]);
  });

  s.injects.forEach((inj, i) => {
    const base: P = ["injects", i];
    if (inj.phase) ref("phase", inj.phase, [...base, "phase"]);
    if (inj.at !== undefined && !inj.phase)
      err([...base, "at"], "authoring.check.injectTimeWithoutPhase", { inject: inj.id });
    const phase = s.phases.find((p) => p.id === inj.phase);
    if (typeof inj.at === "number" && phase && inj.at >= phase.duration)
      err([...base, "at"], "authoring.check.injectAfterPhaseEnd", { inject: inj.id, phase: phase.id });
    if (inj.after) chose(inj.after.decision, inj.after.options, [...base, "after"]);
    if (inj.at !== undefined && inj.after) err([...base, "after"], "authoring.check.injectTimeAndAfter");
    if (inj.at === undefined && !inj.after && !inj.if && !inj.manual)
      err(base, "authoring.check.injectNoTrigger", { inject: inj.id });
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
      err(["contacts", i], "authoring.check.contactEmpty", { contact: c.id });
  });

  s.outcomes.forEach((o, i) => {
    const last = i === s.outcomes.length - 1;
    if (o.when) condition(o.when, ["outcomes", i, "when"]);
    if (last && o.when) err(["outcomes", i, "when"], "authoring.check.lastOutcomeCondition");
    if (!last && !o.when) err(["outcomes", i], "authoring.check.outcomeNeedsCondition", { outcome: o.id });
  });
  return out;
}
