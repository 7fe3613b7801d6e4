// The guided debrief's prompts in words, in a given language: the page speaks the teacher's language, the printed
// report the session's. Cards by title, options by label, roles by name; never a raw id.
import type { DebriefPrompt, Holder } from "../../../scenarios/engine/debrief-prompts.ts";
import { lookup } from "../../../scenarios/engine/lookup.ts";
import type { Language, MessageKey } from "../../../shared/i18n/index.ts";
import type { Scenario } from "../../../shared/scenario/format.ts";

const ROLE_KEYS: Partial<Record<string, MessageKey>> = { AIOS: "role.AIOS", SW: "role.SW", WV: "role.WV" };

export interface Words {
  lang: Language;
  tr(key: MessageKey, params?: Record<string, string | number>): string;
  card(cardId: string): string;
  option(decisionId: string, optionId: string | null): string;
  question(decisionId: string): string;
  role(role: string): string;
  /** A role or contact as it reads inside a sentence: "de sociaal werker (wijkteam)", "Veilig Thuis". */
  holder(holder: Holder | null): string;
}

const lowerFirst = (name: string) =>
  /^\p{Lu}\p{Ll}/u.test(name) ? `${name[0]?.toLowerCase()}${name.slice(1)}` : name;

/** A message in a given language: the page's loaded words (client/ui/i18n.ts translateLoaded), or the shared catalogue. */
export type Translate = (lang: Language, key: MessageKey, params?: Record<string, string | number>) => string;

export function wordsFor(s: Scenario, lang: Language, translate: Translate): Words {
  const l = lookup(s);
  const tr = (key: MessageKey, params?: Record<string, string | number>) => translate(lang, key, params);
  const role = (id: string) => {
    const key = ROLE_KEYS[id];
    return key ? tr(key) : (s.roles.find((r) => r.id === id)?.name ?? id);
  };
  return {
    lang,
    tr,
    card: (id) => {
      const info = l.cards.get(id);
      const text = info?.title ?? info?.text.replace(/\s+/g, " ").trim() ?? tr("debrief.unknownCard");
      return text.length > 60 ? `${text.slice(0, 59).trimEnd()}…` : text;
    },
    option: (decisionId, optionId) =>
      optionId === null
        ? tr("debrief.noChoice")
        : (l.options.get(`${decisionId}.${optionId}`)?.text ?? tr("debrief.unknownOption")),
    question: (id) => l.decisions.get(id)?.question ?? tr("debrief.unknownDecision"),
    role,
    holder: (h) =>
      h === null
        ? tr("debrief.holder.none")
        : h.kind === "role"
          ? tr("guide.holder.role", { role: lowerFirst(role(h.role)) })
          : tr("guide.holder.contact", { contact: l.contacts.get(h.contactId)?.name ?? "" }),
  };
}

/** "a, b en c". */
function joined(w: Words, items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")}${w.tr("guide.and")}${items.at(-1)}`;
}

/** "‘A’ van de sociaal werker en ‘B’ van de huisarts in opleiding". */
const cardList = (w: Words, cards: { cardId: string; holder: Holder | null }[]) =>
  joined(
    w,
    cards.map((c) => w.tr("guide.cardOf", { card: w.card(c.cardId), holder: w.holder(c.holder) })),
  );

/** The prompt to read aloud, and, for some, a line for the facilitator only (what the strongest choice needed). */
export function promptText(s: Scenario, w: Words, p: DebriefPrompt): { text: string; aside: string | null } {
  const f = p.fact;
  const plain = (text: string) => ({ text, aside: null });
  switch (f.kind) {
    case "outcome": {
      const outcome = s.outcomes.find((o) => o.id === f.outcomeId);
      return plain(w.tr("guide.outcome", { title: outcome?.title ?? "" }));
    }
    case "noOutcome":
      return plain(w.tr("guide.noOutcome"));
    case "lateCard":
      return plain(
        w.tr("guide.lateCard", {
          card: w.card(f.cardId),
          holder: w.holder(f.holder),
          question: w.question(f.decisionId),
        }),
      );
    case "neverShared":
      return plain(
        f.holder.kind === "contact"
          ? w.tr("guide.neverShared.contact", { card: w.card(f.cardId), contact: w.holder(f.holder) })
          : w.tr("guide.neverShared", { card: w.card(f.cardId), holder: w.holder(f.holder) }),
      );
    case "timeout":
      return plain(
        w.tr("guide.timeout", {
          question: w.question(f.decisionId),
          option: w.option(f.decisionId, f.optionId),
        }),
      );
    case "chosenWithout":
      return {
        text: w.tr("guide.chosenWithout", {
          option: w.option(f.decisionId, f.optionId),
          cards: cardList(w, f.missing),
        }),
        aside:
          f.bestOptionId === null
            ? null
            : w.tr(f.for === "best" ? "guide.aside.best" : "guide.aside.better", {
                option: w.option(f.decisionId, f.bestOptionId),
              }),
      };
    case "informed":
      return plain(
        w.tr("guide.informed", {
          option: w.option(f.decisionId, f.optionId),
          cards: joined(
            w,
            f.cardIds.map((id) => `‘${w.card(id)}’`),
          ),
        }),
      );
    case "shift": {
      const key =
        f.agreed === true
          ? "guide.shift.agreed"
          : f.agreed === false
            ? "guide.shift.disagreed"
            : "guide.shift.novote";
      return plain(
        w.tr(key, {
          role: w.holder({ kind: "role", role: f.role }),
          before: w.option(f.decisionId, f.before),
          after: w.option(f.decisionId, f.after),
        }),
      );
    }
    case "question":
      return plain(s.debriefQuestions.find((q) => q.id === f.questionId)?.text ?? "");
    case "goal": {
      const goal = s.learningGoals.find((g) => g.id === f.goalId);
      return {
        text: w.tr("guide.goal", { goal: goal?.text ?? "" }),
        aside: goal && goal.tips.length > 0 ? w.tr("guide.tips", { tips: goal.tips.join(", ") }) : null,
      };
    }
  }
}
