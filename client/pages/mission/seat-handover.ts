// "Stoel overdragen": the teacher makes a fresh seat PIN for one student and reads it out, for a student whose
// laptop died or who lost their PIN. The PIN comes back to this page only (a request the host alone may make).
import type { SeatSnapshot } from "../../net/connection.ts";
import { h } from "../../ui/dom.ts";
import { errorText, t } from "../../ui/i18n.ts";
import type { MissionContext } from "./context.ts";

/** PINs made on this page, kept across re-draws of mission control until the teacher closes the panel. */
const shown = new Map<string, string>();

export function seatHandover(
  ctx: MissionContext,
  seat: Pick<SeatSnapshot, "id" | "nickname">,
): HTMLElement | null {
  const handOver = ctx.handOver;
  if (!handOver) return null;
  const name = seat.nickname;
  const result = h("p", { class: "handover-pin", role: "status", id: `handover-result-${seat.id}` });
  const error = h("p", { class: "error", role: "alert" });
  const known = shown.get(seat.id);
  if (known) showPin(result, name, known);
  const make = h(
    "button",
    { type: "button", class: "secondary", id: `handover-submit-${seat.id}` },
    t("seat.handoverMake"),
  );
  make.addEventListener("click", async () => {
    make.disabled = true;
    error.textContent = "";
    try {
      const answer = await handOver(seat.id);
      if (!answer.ok) {
        error.textContent = answer.message;
        return;
      }
      shown.set(seat.id, answer.pin);
      // The panel may have been drawn again meanwhile: write into the one on the page now.
      showPin(document.getElementById(result.id) ?? result, name, answer.pin);
    } catch (e) {
      error.textContent = errorText(e);
    } finally {
      make.disabled = false;
    }
  });
  const details = h(
    "details",
    { class: "handover", id: `handover-${seat.id}` },
    h("summary", { "aria-label": t("seat.handoverTitle", { name }) }, t("seat.handover")),
    h("p", { class: "muted" }, t("seat.handoverConfirm", { name })),
    make,
    result,
    error,
  );
  details.addEventListener("toggle", () => {
    if (!details.open) shown.delete(seat.id);
  });
  return details;
}

/** The sentence with the PIN itself large: the teacher reads it out across the room. */
function showPin(el: HTMLElement, name: string, pin: string) {
  const [before, after] = t("seat.handoverPin", { name, pin: "\u0000" }).split("\u0000");
  el.replaceChildren(before ?? "", h("strong", { class: "handover-digits" }, pin), after ?? "");
}
