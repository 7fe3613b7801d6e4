// Names for the ids in views (roles, legal bases, decision makers, knowledge), in the page's language.
import type { MessageKey } from "../../shared/i18n/index.ts";
import type { Basis } from "../../shared/scenario/primitives.ts";
import type { Knowledge } from "../../shared/scenario/state.ts";
import { t } from "./i18n.ts";

const ROLE_KEYS: Record<string, MessageKey> = { AIOS: "role.AIOS", SW: "role.SW", WV: "role.WV" };

/** A role's name from the catalogue; a scenario's own role id is shown as it is. */
export function roleName(role: string): string {
  if (role === "") return t("role.any");
  const key = ROLE_KEYS[role];
  return key ? t(key) : role;
}

/** A role's name inside a sentence ("had de sociaal werker"): a leading capital is dropped, an acronym kept. */
export function roleNameInSentence(role: string): string {
  const name = roleName(role);
  return /^\p{Lu}\p{Ll}/u.test(name) ? name[0]?.toLowerCase() + name.slice(1) : name;
}

export const basisName = (basis: Basis) => t(`basis.${basis}`);

const KNOWLEDGE: Record<Knowledge, MessageKey> = {
  informed: "decision.knowledge.informed",
  partial: "decision.knowledge.partial",
  uninformed: "decision.knowledge.uninformed",
};
const KNOWLEDGE_TIMEOUT: Record<Knowledge, MessageKey | null> = {
  informed: null,
  partial: "decision.knowledgeTimeout.partial",
  uninformed: "decision.knowledgeTimeout.uninformed",
};
/** The teacher moved the team on: nobody chose either, and the sentence says so. */
const KNOWLEDGE_HOST: Record<Knowledge, MessageKey | null> = {
  informed: null,
  partial: "decision.knowledgeHost.partial",
  uninformed: "decision.knowledgeHost.uninformed",
};

/**
 * Whether the team had what its choice needed, as a plain sentence. When the time ran out nobody chose, so the
 * sentence says what the default lacked, and says nothing when it lacked nothing.
 */
export function knowledgeText(knowledge: Knowledge, decidedBy: string | null = null): string | null {
  const key =
    decidedBy === "timeout"
      ? KNOWLEDGE_TIMEOUT[knowledge]
      : decidedBy === "host"
        ? KNOWLEDGE_HOST[knowledge]
        : KNOWLEDGE[knowledge];
  return key ? t(key) : null;
}

const DECIDED_BY: Record<string, MessageKey> = {
  team: "decision.by.team",
  regisseur: "decision.by.regisseur",
  timeout: "decision.by.timeout",
  host: "decision.by.host",
};
export function decidedByText(by: string | null): string {
  const key = by ? DECIDED_BY[by] : undefined;
  return key ? t(key) : "";
}
