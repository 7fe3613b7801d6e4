// Names for the ids in views (roles, legal bases, decision makers), in the page's language.
import type { MessageKey } from "../../shared/i18n/index.ts";
import type { Basis } from "../../shared/scenario/primitives.ts";
import { t } from "./i18n.ts";

const ROLE_KEYS: Record<string, MessageKey> = { AIOS: "role.AIOS", SW: "role.SW", WV: "role.WV" };

/** A role's name from the catalogue; a scenario's own role id is shown as it is. */
export function roleName(role: string): string {
  if (role === "") return t("role.any");
  const key = ROLE_KEYS[role];
  return key ? t(key) : role;
}

export const basisName = (basis: Basis) => t(`basis.${basis}`);

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
