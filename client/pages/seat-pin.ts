// The student's own seat PIN, small but findable: with their name it takes the seat to another device.
import { h } from "../ui/dom.ts";
import { t } from "../ui/i18n.ts";

export type SeatPinLine = { el: HTMLElement; set: (pin: string) => void };

export function createSeatPin(pin: string | undefined): SeatPinLine {
  const value = h("strong", { "data-testid": "seat-pin" });
  // The help reads out with the PIN; on the play page's header it is for screen readers only, to stay small.
  const el = h("p", { class: "seat-pin" });
  const set = (next: string | undefined) => {
    el.hidden = !next;
    if (!next) return;
    const [before, after] = t("seat.pin", { pin: "\u0000" }).split("\u0000");
    value.textContent = next;
    el.replaceChildren(
      before ?? "",
      value,
      after ?? "",
      h("span", { class: "seat-pin-help" }, ` ${t("seat.pinHelp")}`),
    );
  };
  set(pin);
  return { el, set };
}
