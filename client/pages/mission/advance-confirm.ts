// "Volgende fase" asks first: which decisions are still open and what their timeout will choose and cost. The
// engine says what advancing would do (view.advance, scenarios/engine/advance-preview.ts); this only draws it.
import type { AdvancePreview, TeamView } from "../../../shared/scenario/views.ts";
import { h } from "../../ui/dom.ts";
import { t } from "../../ui/i18n.ts";
import type { MissionContext } from "./context.ts";

const MINUS = "\u2212";

function effectsText(view: TeamView, effects: Record<string, number>): string {
  return Object.entries(effects)
    .map(([id, d]) => `${view.meterNames[id] ?? id} ${d > 0 ? `+${d}` : `${MINUS}${Math.abs(d)}`}`)
    .join(", ");
}

function previewBody(view: TeamView, preview: AdvancePreview): HTMLElement[] {
  const body: HTMLElement[] = [
    h(
      "p",
      {},
      preview.next
        ? t("mission.advanceNext", { phase: preview.phase.name, next: preview.next.name })
        : t("mission.advanceLast", { phase: preview.phase.name }),
    ),
  ];
  if (preview.decisions.length === 0) body.push(h("p", {}, t("mission.advanceNone")));
  else
    body.push(
      h("p", {}, h("strong", {}, t("mission.advanceOpen"))),
      h(
        "ul",
        { class: "advance-decisions" },
        ...preview.decisions.map((d) =>
          h(
            "li",
            { "data-decision": d.id },
            t("mission.advanceDecision", { question: d.question, option: d.option.text }),
            d.status === "waiting" ? ` ${t("mission.advanceWaiting")}` : "",
            h(
              "span",
              { class: "muted advance-effects" },
              t("mission.advanceEffects", {
                effects: effectsText(view, d.effects) || t("mission.advanceNoMeters"),
              }),
            ),
          ),
        ),
      ),
    );
  body.push(h("p", { class: "muted" }, t("mission.advanceFeed")));
  return body;
}

export type AdvanceConfirm = {
  el: HTMLDialogElement;
  /** Opens the question for one team; `opener` gets the focus back when it closes. */
  ask: (teamId: string, opener: HTMLElement | null) => void;
  update: (views: TeamView[]) => void;
};

/** A modal dialog: it stays over the grid wherever the card is, keeps the focus inside, and closes with Escape. */
export function createAdvanceConfirm(ctx: MissionContext): AdvanceConfirm {
  const heading = h("h2", { id: "advance-heading" });
  const body = h("div", { class: "advance-body" });
  const yes = h("button", { type: "button", class: "danger", id: "advance-yes" }, t("mission.advanceYes"));
  const no = h("button", { type: "button", class: "secondary" }, t("mission.cancel"));
  const dialog = h(
    "dialog",
    { class: "advance-confirm", "aria-labelledby": "advance-heading" },
    heading,
    body,
    h("div", { class: "row" }, yes, no),
  );
  let teamId: string | null = null;
  let opener: HTMLElement | null = null;
  let views: TeamView[] = [];

  const draw = () => {
    const view = views.find((v) => v.teamId === teamId);
    if (!view || teamId === null) return;
    heading.textContent = t("mission.advanceQuestion", { team: teamId });
    const preview = view.advance;
    yes.disabled = preview === null;
    body.replaceChildren(
      ...(preview
        ? previewBody(view, preview)
        : [h("p", { role: "status" }, t("mission.advanceUnavailable", { team: teamId }))]),
    );
  };
  yes.addEventListener("click", () => {
    if (teamId !== null) ctx.send("host.advance", { teamId });
    dialog.close();
  });
  no.addEventListener("click", () => dialog.close());
  dialog.addEventListener("close", () => {
    teamId = null;
    if (opener?.isConnected) opener.focus();
    else document.getElementById("mission-heading")?.focus();
    opener = null;
  });

  return {
    el: dialog,
    ask(id, from) {
      teamId = id;
      opener = from;
      draw();
      if (!dialog.open) dialog.showModal();
      // Cancel first: the safe answer is the one Enter gives.
      no.focus();
    },
    update(next) {
      views = next;
      // While open the question follows the team: a decision taken meanwhile leaves the list.
      if (dialog.open) draw();
    },
  };
}

const askers = new WeakMap<MissionContext, AdvanceConfirm["ask"]>();

/** Registered by the controls; a team card's "Volgende fase" button calls this instead of sending at once. */
export function registerAdvance(ctx: MissionContext, ask: AdvanceConfirm["ask"]): void {
  askers.set(ctx, ask);
}

export function askAdvance(ctx: MissionContext, teamId: string, opener: HTMLElement | null): void {
  const ask = askers.get(ctx);
  if (ask) ask(teamId, opener);
}
