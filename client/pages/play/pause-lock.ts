// While the team is paused a panel's controls are disabled at once, with the reason in sight, instead of being
// refused after a click. A disabled fieldset disables every control inside it, also those a re-draw adds.
import type { TeamView } from "../../../shared/scenario/views.ts";
import { h } from "../../ui/dom.ts";
import { t } from "../../ui/i18n.ts";

export function pauseLock(...children: HTMLElement[]) {
  const reason = h("p", { class: "paused-reason", role: "status", hidden: true }, t("play.pausedLock"));
  const el = h("fieldset", { class: "pause-lock" }, reason, ...children);
  return {
    el,
    update(view: TeamView) {
      const locked = view.paused && view.status === "playing";
      el.disabled = locked;
      reason.hidden = !locked;
    },
  };
}
