// A chart's numbers as a table with a caption: the accessible twin of every chart in the debrief's extra parts.
import { h } from "../../ui/dom.ts";

export function dataTable(caption: string, head: string[], rows: string[][], cls = ""): HTMLElement {
  return h(
    "div",
    { class: `table-scroll chart-table ${cls}`.trim() },
    h(
      "table",
      {},
      h("caption", {}, caption),
      h("thead", {}, h("tr", {}, ...head.map((x) => h("th", { scope: "col" }, x)))),
      h(
        "tbody",
        {},
        ...rows.map(([first, ...rest]) =>
          h("tr", {}, h("th", { scope: "row" }, first ?? ""), ...rest.map((x) => h("td", {}, x))),
        ),
      ),
    ),
  );
}

/** "Team 2": teams by number only, so the comparison can go on the projector as it is. */
export const teamNumber = (teamId: string) => Number(teamId.replace(/^\D+/, "")) || 0;
