// Words for the replay's ids: card titles, option labels, who did what, game time; never a raw id in the text.
import { lookup } from "../../../scenarios/engine/lookup.ts";
import type { Moment } from "../../../scenarios/engine/timeline.ts";
import type { MessageKey } from "../../../shared/i18n/index.ts";
import type { Scenario } from "../../../shared/scenario/format.ts";
import type { TeamState } from "../../../shared/scenario/state.ts";
import { t } from "../../ui/i18n.ts";
import { decidedByText, roleName } from "../../ui/labels.ts";

/** m:ss of game time since the team's first entry (h:mm:ss past an hour). */
export function clock(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const sec = String(total % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${sec}` : `${m}:${sec}`;
}

export function shorten(text: string, max = 90): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/** A card by its title; an untitled card by the start of its text. */
export function cardTitle(s: Scenario, cardId: string): string {
  const info = lookup(s).cards.get(cardId);
  return info?.title ?? shorten(info?.text ?? t("debrief.unknownCard"), 50);
}

export const decisionQuestion = (s: Scenario, id: string) =>
  lookup(s).decisions.get(id)?.question ?? t("debrief.unknownDecision");

export function optionText(s: Scenario, decisionId: string, optionId: string | null): string {
  if (optionId === null) return t("debrief.noChoice");
  return lookup(s).options.get(`${decisionId}.${optionId}`)?.text ?? t("debrief.unknownOption");
}

export const phaseName = (s: Scenario, id: string | null) =>
  (id && lookup(s).phases.get(id)?.phase.name) || t("debrief.noPhase");

export const contactName = (s: Scenario, id: string) => lookup(s).contacts.get(id)?.name ?? id;

/** The role a scenario names, in the page's words. */
export function roleLabel(s: Scenario, role: string): string {
  const name = roleName(role);
  return name === role ? (s.roles.find((r) => r.id === role)?.name ?? role) : name;
}

/** "Amir, huisarts in opleiding (AIOS)", or the role alone when the player is unknown. */
export function who(s: Scenario, team: TeamState, playerId: string | null, role: string): string {
  const nickname = playerId ? team.members[playerId]?.nickname : undefined;
  const name = roleLabel(s, role);
  const inSentence = /^\p{Lu}\p{Ll}/u.test(name) ? name[0]?.toLowerCase() + name.slice(1) : name;
  return nickname ? `${nickname}, ${inSentence}` : name;
}

/** Who held a card: a role, or the outside contact who would give it. */
export function holderOf(s: Scenario, team: TeamState, cardId: string): string {
  const info = lookup(s).cards.get(cardId);
  if (info?.contact) return t("debrief.holder.contact", { contact: contactName(s, info.contact) });
  const role = team.cardOwner[cardId];
  return role ? roleLabel(s, role) : t("debrief.holder.none");
}

export function sharedByText(s: Scenario, team: TeamState, by: string, playerId: string | null): string {
  return by.startsWith("contact:") ? contactName(s, by.slice("contact:".length)) : who(s, team, playerId, by);
}

export const MOMENT_KIND: Record<Moment["kind"], MessageKey> = {
  phase: "debrief.kind.phase",
  share: "debrief.kind.share",
  decision: "debrief.kind.decision",
  inject: "debrief.kind.inject",
  host: "debrief.kind.host",
  outcome: "debrief.kind.outcome",
  bookmark: "debrief.kind.bookmark",
  member: "debrief.kind.member",
};

/** A moment in one plain sentence, e.g. "Amir (Huisarts in opleiding) legt ‘Haar val en de trap’ op tafel". */
export function momentText(s: Scenario, team: TeamState, m: Moment): string {
  const l = lookup(s);
  switch (m.kind) {
    case "phase":
      return t("debrief.moment.phase", { phase: phaseName(s, m.phaseId) });
    case "share":
      return m.by.startsWith("contact:")
        ? t("debrief.moment.contactShare", {
            contact: contactName(s, m.by.slice("contact:".length)),
            card: cardTitle(s, m.cardId),
          })
        : t("debrief.moment.share", { who: who(s, team, m.playerId, m.by), card: cardTitle(s, m.cardId) });
    case "decision": {
      const by = decidedByText(m.decidedBy);
      return t("debrief.moment.decision", {
        question: decisionQuestion(s, m.decisionId),
        option: optionText(s, m.decisionId, m.optionId),
        by: by ? ` (${by})` : "",
      });
    }
    case "inject": {
      const inject = l.injects.get(m.injectId);
      const text = shorten(inject?.text ?? "", 70);
      const key = m.byHost ? "debrief.moment.injectByHost" : "debrief.moment.inject";
      return t(key, { from: inject?.from ?? t("debrief.injectNoSender"), text });
    }
    case "host":
      return m.action === "message"
        ? t("debrief.moment.host.message", { text: shorten(m.text ?? "", 70) })
        : m.action === "extend"
          ? t("debrief.moment.host.extend", { time: clock(m.ms ?? 0) })
          : t(`debrief.moment.host.${m.action}`);
    case "outcome": {
      const outcome = s.outcomes.find((o) => o.id === m.outcomeId);
      return t("debrief.moment.outcome", { title: outcome?.title ?? "" });
    }
    case "bookmark":
      return m.note ? t("debrief.moment.bookmark", { note: m.note }) : t("debrief.moment.bookmarkEmpty");
    case "member":
      return m.action === "start"
        ? t("debrief.moment.member.start")
        : t(`debrief.moment.member.${m.action}`, {
            name: m.nickname ?? "",
            role: m.role ? roleLabel(s, m.role) : "",
          });
  }
}
