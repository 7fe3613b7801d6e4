// Readable names for the exports: scenario ids become titles and questions, entry types become words, in the
// session's language (UI words from the catalogues, scenario names from the scenario itself).
import { lookup } from "../../scenarios/engine/lookup.ts";
import { type Language, type MessageKey, translate } from "../../shared/i18n/index.ts";
import { nl } from "../../shared/i18n/nl.ts";
import type { Scenario } from "../../shared/scenario/format.ts";

/** Game ms as mm:ss; minutes run past 59 ("125:03") so a long class still sorts and reads plainly. */
export function mmss(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  return `${String(Math.floor(total / 60)).padStart(2, "0")}:${String(total % 60).padStart(2, "0")}`;
}

const isKey = (key: string): key is MessageKey => Object.hasOwn(nl, key);

export type Labels = ReturnType<typeof labelsFor>;

export function labelsFor(s: Scenario, language: Language) {
  const l = lookup(s);
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(language, key, params);
  const yesNo = (value: boolean) => t(value ? "export.yes" : "export.no");
  return {
    t,
    yesNo,
    /** A readable name for an entry type; a type this build does not know stays as it is, never blank. */
    type: (type: string) => {
      const key = `export.type.${type}`;
      return isKey(key) ? t(key) : type;
    },
    role: (id: string | null | undefined) => (id ? (s.roles.find((r) => r.id === id)?.name ?? id) : ""),
    phase: (id: string | null | undefined) => (id ? (l.phases.get(id)?.phase.name ?? id) : ""),
    /** The card's title after its id, so a researcher can match either; a card without a title gets its text. */
    card: (id: string | null | undefined) => {
      if (!id) return "";
      const card = l.cards.get(id);
      if (!card) return id;
      const name = card.title ?? (card.text.length > 60 ? `${card.text.slice(0, 57)}…` : card.text);
      return `${id}: ${name}`;
    },
    /** Just the title (or the shortened text): for lists of cards such as what a decision missed. */
    cardTitle: (id: string) => {
      const card = l.cards.get(id);
      if (!card) return id;
      return card.title ?? (card.text.length > 60 ? `${card.text.slice(0, 57)}…` : card.text);
    },
    question: (decisionId: string | null | undefined) =>
      decisionId ? (l.decisions.get(decisionId)?.question ?? decisionId) : "",
    option: (decisionId: string | null | undefined, optionId: string | null | undefined) => {
      if (!decisionId || !optionId) return "";
      const option = l.decisions.get(decisionId)?.options.find((o) => o.id === optionId);
      return option ? `${optionId}: ${option.text}` : optionId;
    },
    /** "question: option" in one cell. */
    decisionOption: (decisionId: string, optionId: string) => {
      const decision = l.decisions.get(decisionId);
      const option = decision?.options.find((o) => o.id === optionId);
      return `${decision?.question ?? decisionId} → ${option ? `${optionId}: ${option.text}` : optionId}`;
    },
    contact: (id: string) => l.contacts.get(id)?.name ?? id,
    inject: (id: string) => {
      const inject = l.injects.get(id);
      return inject ? [inject.from, inject.text].filter(Boolean).join(": ") : id;
    },
    basis: (basis: string) => {
      const key = `basis.${basis}`;
      return t("export.basis", { basis: isKey(key) ? t(key) : basis });
    },
    decidedBy: (by: string | null) => {
      const key = `decision.by.${by}`;
      return by && isKey(key) ? t(key) : (by ?? "");
    },
    knowledge: (k: string | null) => {
      const key = `export.knowledge.${k}`;
      return k && isKey(key) ? t(key) : "";
    },
    outcome: (o: { id: string; level: string } | null) => {
      if (!o) return "";
      const title = s.outcomes.find((x) => x.id === o.id)?.title ?? o.id;
      const key = `outcome.level.${o.level}`;
      return `${isKey(key) ? t(key) : o.level}: ${title}`;
    },
  };
}
