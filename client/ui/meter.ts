// A meter (0–5) readable at a glance and without colour: a bar whose colour follows the level, the value, and a word.
import type { MessageKey } from "../../shared/i18n/index.ts";
import { METER_MAX, METER_MIN } from "../../shared/scenario/primitives.ts";
import { h } from "./dom.ts";
import { t } from "./i18n.ts";

type Level = "low" | "mid" | "high";
const LEVEL_KEYS: Record<Level, MessageKey> = {
  low: "mission.meterLevel.low",
  mid: "mission.meterLevel.mid",
  high: "mission.meterLevel.high",
};

export function meterLevel(value: number): Level {
  return value <= 1 ? "low" : value <= 3 ? "mid" : "high";
}

/**
 * One meter as a row: its name, a native <meter> (its low/high/optimum make browsers colour it), and "3/5 matig"
 * in text. The level is also a class, so a stylesheet can add a pattern for screens that show no colour.
 */
export function meterRow(name: string, value: number, id?: string): HTMLElement {
  const level = meterLevel(value);
  const word = t(LEVEL_KEYS[level]);
  return h(
    "div",
    { class: `meter-row level-${level}`, "data-meter": id ?? name },
    h("span", { class: "meter-name", title: name }, name),
    h("meter", {
      min: String(METER_MIN),
      max: String(METER_MAX),
      low: "1.5",
      high: "3.5",
      optimum: String(METER_MAX),
      value: String(value),
      "aria-label": t("mission.meterValue", { name, value, max: METER_MAX, level: word }),
    }),
    h("span", { class: "meter-value", "aria-hidden": "true" }, `${value}/${METER_MAX} ${word}`),
  );
}
