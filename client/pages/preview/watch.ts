// "Bots spelen": the whole game played by bots at once (bot-run.ts), then told step by step at high speed: the
// phases, the cards that reached the table, injects and decisions as they happened, and at the end the outcome,
// which cards reached the table and which did not, and where the meters stood.
import type { TeamSetup } from "../../../scenarios/engine/bots.ts";
import type { Scenario } from "../../../shared/scenario/format.ts";
import { formatDuration } from "../../ui/clock.ts";
import { h } from "../../ui/dom.ts";
import { knowledgeText } from "../../ui/labels.ts";
import { renderOutcome } from "../play/outcome.ts";
import { type BotRun, type BotStep, type BotStrategy, cardText, runBots } from "./bot-run.ts";
import { pt } from "./words.ts";

/** One step shown every so often: fast enough to watch a whole game in seconds. */
const STEP_MS = 120;

export function roleLabel(s: Scenario, role: string): string {
  return s.roles.find((r) => r.id === role)?.name ?? role;
}

/** Who put a card on the table: a role by its name, or the contact that told it. */
const sharedBy = (s: Scenario, by: string) =>
  by.startsWith("contact:") ? by.slice("contact:".length) : roleLabel(s, by);

function stepText(s: Scenario, step: BotStep): string {
  switch (step.kind) {
    case "phase":
      return pt("preview.step.phase", { phase: step.phase });
    case "card":
      return step.by.startsWith("contact:")
        ? pt("preview.step.contactCard", { contact: step.by.slice("contact:".length), text: step.text })
        : pt("preview.step.card", { by: roleLabel(s, step.by), text: step.text });
    case "inject":
      return pt("preview.step.inject", { text: step.text });
    case "decision": {
      const main = pt(step.timeout ? "preview.step.timeout" : "preview.step.decision", {
        question: step.question,
        option: step.option,
      });
      const known = step.knowledge ? knowledgeText(step.knowledge, step.timeout ? "timeout" : "team") : null;
      return known ? `${main} (${known})` : main;
    }
    case "outcome":
      return `${pt("preview.watch.outcome")}: ${step.title}`;
  }
}

function summary(s: Scenario, run: BotRun): HTMLElement {
  const st = run.state;
  const onTable = new Set(st.table.map((c) => c.cardId));
  const held = Object.keys(st.cardOwner);
  const total = new Set([...held, ...onTable]).size;
  const textOf = (id: string) => cardText(s, st, id);
  const missing = held.filter((id) => !onTable.has(id));
  return h(
    "section",
    { class: "card preview-summary", "aria-labelledby": "preview-outcome-heading" },
    h("h2", { id: "preview-outcome-heading" }, pt("preview.watch.outcome")),
    ...(st.outcome ? renderOutcome(st.outcome) : [h("p", {}, pt("preview.watch.noOutcome"))]),
    run.problem
      ? h(
          "p",
          { class: "error" },
          pt(`preview.watch.problem.${run.problem}` as "preview.watch.problem.stuck"),
        )
      : null,
    h("h3", {}, pt("preview.watch.table", { count: onTable.size, total })),
    h(
      "ul",
      { class: "preview-cards" },
      ...st.table.map((c) =>
        h(
          "li",
          { "data-card": c.cardId },
          h("span", { class: "muted" }, `${sharedBy(s, c.by)}: `),
          textOf(c.cardId),
        ),
      ),
    ),
    missing.length > 0 ? h("h3", {}, pt("preview.watch.notOnTable")) : null,
    missing.length > 0
      ? h(
          "ul",
          { class: "preview-cards missed" },
          ...missing.map((id) => h("li", { "data-card": id }, textOf(id))),
        )
      : null,
    h("h3", {}, pt("preview.watch.meters")),
    h(
      "ul",
      {},
      ...s.meters.map((m) =>
        h("li", {}, pt("preview.watch.meter", { name: m.name, value: st.meters[m.id] ?? m.start })),
      ),
    ),
  );
}

export function createWatch(
  s: Scenario,
  setup: TeamSetup,
  strategy: BotStrategy,
  onBack: () => void,
): HTMLElement {
  const run = runBots(s, setup, strategy);
  const list = h("ol", { class: "preview-steps" });
  const status = h("p", { role: "status" }, pt("preview.watch.running"));
  const showAll = h("button", { type: "button", class: "secondary" }, pt("preview.watch.showAll"));
  const back = h("button", { type: "button", class: "secondary" }, pt("preview.watch.again"));
  const end = h("div", {});
  back.addEventListener("click", onBack);
  const section = h(
    "section",
    { class: "card preview-watch", "aria-labelledby": "preview-watch-heading" },
    h(
      "h1",
      { id: "preview-watch-heading" },
      pt("preview.watch.heading", { strategy: pt(`preview.strategyName.${strategy}`) }),
    ),
    status,
    h("div", { class: "preview-actions" }, showAll, back),
    h("h2", {}, pt("preview.watch.steps")),
    list,
  );
  let shown = 0;
  let timer: ReturnType<typeof setInterval> | undefined;
  // Bots that decide at once never wait for the clock: then every step is at 0:00, which says nothing.
  const timed = run.state.now > 0;
  const item = (step: BotStep) =>
    h(
      "li",
      { "data-step": step.kind },
      timed ? h("span", { class: "muted" }, `${formatDuration(step.t)} `) : null,
      stepText(s, step),
    );
  const finish = () => {
    clearInterval(timer);
    list.append(...run.steps.slice(shown).map(item));
    shown = run.steps.length;
    showAll.hidden = true;
    status.textContent = timed
      ? pt("preview.watch.done", { time: formatDuration(run.state.now) })
      : pt("preview.watch.doneAtOnce");
    end.replaceChildren(summary(s, run));
  };
  const reduced = window.matchMedia?.("(prefers-reduced-motion: reduce)").matches;
  if (reduced) finish();
  else
    timer = setInterval(() => {
      if (!section.isConnected && shown > 0) return clearInterval(timer);
      const step = run.steps[shown];
      if (!step) return finish();
      list.append(item(step));
      shown += 1;
    }, STEP_MS);
  showAll.addEventListener("click", finish);
  return h("div", { class: "preview" }, section, end);
}
