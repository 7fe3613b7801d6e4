// The scene in words: the canvas's aria-label and the folded-out text under it, so every drawn fact can be read.
import { formatDuration } from "../ui/clock.ts";
import { t } from "../ui/i18n.ts";
import type { SceneModel } from "./scene-model.ts";

/**
 * One sentence per fact: phase and time, the table, what is missing, each meter, in the replay how many injects
 * and calls so far, and the latest event.
 */
export function sceneWords(model: SceneModel, left: number | null): string[] {
  const lines: string[] = [];
  if (model.phase)
    lines.push(
      left === null
        ? t("scene.summary.noTime", { phase: model.phase })
        : t("scene.summary.time", { phase: model.phase, time: formatDuration(left) }),
    );
  const count = model.table.length;
  lines.push(
    count === 0
      ? t("scene.summary.tableNone")
      : count === 1
        ? t("scene.summary.tableOne")
        : t("scene.summary.tableMany", { count }),
  );
  if (model.missing === 1) lines.push(t("scene.summary.missingOne"));
  else if (model.missing > 1) lines.push(t("scene.summary.missing", { count: model.missing }));
  for (const m of model.meters)
    lines.push(t("scene.summary.meter", { name: m.name, value: m.value, max: m.max }));
  if (model.replay) {
    const injects = model.events.filter((e) => e.kind === "inject").length;
    const calls = model.events.length - injects;
    lines.push(t("scene.summary.sofar", { injects, calls }));
  }
  const last = model.events.at(-1);
  const place = last && model.places.find((p) => p.id === last.place);
  if (last && place) lines.push(t("scene.summary.event", { what: last.label, place: place.label }));
  return lines;
}
