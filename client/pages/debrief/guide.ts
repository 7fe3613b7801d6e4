// The guided debrief of the team on screen: four short steps (reactions, what happened, analysis, take-away),
// each with a general question and the prompts built from this team's own log, with a jump to their moment.
import {
  DEBRIEF_STAGES,
  type DebriefStage,
  debriefPrompts,
} from "../../../scenarios/engine/debrief-prompts.ts";
import type { MessageKey } from "../../../shared/i18n/index.ts";
import { h } from "../../ui/dom.ts";
import { language, t, translateLoaded } from "../../ui/i18n.ts";
import type { TeamContext } from "./context.ts";
import { clock } from "./labels.ts";
import { promptText, wordsFor } from "./prompt-text.ts";

export const STAGE_HEADING: Record<DebriefStage, MessageKey> = {
  reactions: "guide.stage.reactions",
  happened: "guide.stage.happened",
  analysis: "guide.stage.analysis",
  takeaway: "guide.stage.takeaway",
};
export const STAGE_ASK: Record<DebriefStage, MessageKey> = {
  reactions: "guide.ask.reactions",
  happened: "guide.ask.happened",
  analysis: "guide.ask.analysis",
  takeaway: "guide.ask.takeaway",
};

export function createGuide() {
  const stages = h("ol", { class: "guide-stages" });
  return {
    el: h(
      "section",
      { class: "panel guide-panel", "aria-labelledby": "guide-heading" },
      h("h2", { id: "guide-heading" }, t("guide.heading")),
      h("p", { class: "muted" }, t("guide.intro")),
      stages,
    ),
    team(ctx: TeamContext) {
      const { s, timeline } = ctx;
      const words = wordsFor(s, language(), translateLoaded);
      const prompts = debriefPrompts(s, timeline);
      stages.replaceChildren(
        ...DEBRIEF_STAGES.map((stage) => {
          const items = prompts
            .filter((p) => p.stage === stage)
            .map((p) => {
              const { text, aside } = promptText(s, words, p);
              const moment = p.seq;
              return h(
                "li",
                { class: `guide-prompt ${p.fact.kind}`, "data-kind": p.fact.kind },
                p.fact.kind === "question"
                  ? h("span", { class: "guide-prompt-tag" }, t("guide.fromScenario"))
                  : null,
                h("p", { class: "guide-prompt-text" }, text),
                aside ? h("p", { class: "muted guide-prompt-aside" }, aside) : null,
                moment === null
                  ? null
                  : h(
                      "button",
                      {
                        type: "button",
                        class: "secondary guide-prompt-jump",
                        onclick: () => ctx.jump(moment),
                      },
                      t("guide.jump", { time: clock(momentTime(ctx, moment) - timeline.start) }),
                    ),
              );
            });
          return h(
            "li",
            { class: "guide-stage", "data-stage": stage },
            h("h3", {}, t(STAGE_HEADING[stage])),
            h("p", { class: "guide-ask" }, t(STAGE_ASK[stage])),
            items.length > 0 ? h("ul", { class: "guide-prompts" }, ...items) : null,
          );
        }),
      );
    },
  };
}

/** Game time of the entry at `seq` in the team's log. */
function momentTime(ctx: TeamContext, seq: number): number {
  const entries = ctx.timeline.index.entries;
  return entries.findLast((e) => e.seq <= seq)?.t ?? ctx.timeline.start;
}
