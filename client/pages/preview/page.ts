// /preview: an author tries a scenario out without a class. First the file (one the server offers, one of their
// own, or pasted text) is read by the engine in this browser; then they play one role against bots on the
// students' own play screen (play.ts), or watch bots play the whole game at high speed (watch.ts).
import { teamSetups } from "../../../scenarios/engine/bots.ts";
import type { Scenario } from "../../../shared/scenario/format.ts";
import { listScenarios } from "../../net/host-api.ts";
import { h, mount } from "../../ui/dom.ts";
import { errorText, language } from "../../ui/i18n.ts";
import type { Navigate } from "../routes.ts";
import { scenarioChoices, scenarioLabel } from "../scenario-choice.ts";
import { BOT_STRATEGIES, type BotStrategy } from "./bot-run.ts";
import { createPreviewPlay } from "./play.ts";
import { fetchSource, type Loaded, readScenario } from "./source.ts";
import { createWatch, roleLabel } from "./watch.ts";
import { loadPreviewWords, pt } from "./words.ts";

const option = (value: string, text: string) => h("option", { value }, text);

function radio(name: string, value: string, text: string, checked = false) {
  const id = `${name}-${value}`;
  return h(
    "label",
    { class: "choice", for: id },
    h("input", { type: "radio", id, name, value, checked }),
    ` ${text}`,
  );
}

export async function previewPage(navigate: Navigate) {
  await loadPreviewWords(language());
  let scenario: Scenario | undefined;
  const result = h("div", { class: "preview-result", "aria-live": "polite" });
  const folder = h("select", { id: "preview-scenario" });
  const loadFolder = h("button", { type: "button", class: "secondary" }, pt("preview.source.loadFolder"));
  const file = h("input", { type: "file", id: "preview-file", accept: ".yaml,.yml,text/yaml" });
  const pasted = h("textarea", { id: "preview-yaml", rows: "6", spellcheck: "false" });
  const readPasted = h("button", { type: "button", class: "secondary" }, pt("preview.source.readPasted"));

  const role = h("select", { id: "preview-role" });
  const team = h("select", { id: "preview-team" });
  const sharing = h(
    "select",
    { id: "preview-sharing" },
    option("pool", pt("preview.sharing.pool")),
    option("silent", pt("preview.sharing.silent")),
  );
  const strategy = h(
    "select",
    { id: "preview-strategy" },
    ...BOT_STRATEGIES.map((s) => option(s, pt(`preview.strategy.${s}`))),
  );
  const playFields = h(
    "div",
    { class: "preview-fields" },
    h("label", { for: "preview-role" }, pt("preview.role")),
    role,
    h("label", { for: "preview-sharing" }, pt("preview.sharing")),
    sharing,
  );
  const botFields = h(
    "div",
    { class: "preview-fields", hidden: true },
    h("label", { for: "preview-strategy" }, pt("preview.strategy")),
    strategy,
  );
  const modeForm = h(
    "form",
    { class: "card preview-mode", "aria-labelledby": "preview-mode-heading", hidden: true },
    h(
      "fieldset",
      {},
      h("legend", { id: "preview-mode-heading" }, pt("preview.mode.heading")),
      radio("preview-mode", "play", pt("preview.mode.play"), true),
      radio("preview-mode", "bots", pt("preview.mode.bots")),
    ),
    h("label", { for: "preview-team" }, pt("preview.team")),
    team,
    playFields,
    botFields,
    h("button", { type: "submit" }, pt("preview.start")),
  );
  const mode = () =>
    modeForm.querySelector<HTMLInputElement>('input[name="preview-mode"]:checked')?.value === "bots"
      ? "bots"
      : "play";
  modeForm.addEventListener("change", () => {
    playFields.hidden = mode() !== "play";
    botFields.hidden = mode() !== "bots";
  });

  const setups = () => (scenario ? teamSetups(scenario) : []);
  const fillRoles = () => {
    const setup = setups()[Number(team.value)];
    const before = role.value;
    role.replaceChildren(...(setup?.roles ?? []).map((r) => option(r, roleLabel(scenario as Scenario, r))));
    if (setup?.roles.includes(before)) role.value = before;
  };
  team.addEventListener("change", fillRoles);

  const show = (loaded: Loaded) => {
    scenario = loaded.ok ? loaded.scenario : undefined;
    modeForm.hidden = !loaded.ok;
    if (!loaded.ok) {
      result.replaceChildren(
        h(
          "section",
          { class: "preview-errors", "aria-labelledby": "preview-errors-heading" },
          h("h2", { id: "preview-errors-heading" }, pt("preview.errors.heading")),
          h("p", { class: "muted" }, pt("preview.errors.hint")),
          h("ul", {}, ...loaded.errors.map((e) => h("li", { class: "issue" }, e))),
        ),
      );
      return;
    }
    const s = loaded.scenario;
    result.replaceChildren(
      h("p", { class: "preview-loaded" }, pt("preview.loaded", { title: s.title, file: loaded.file })),
      ...(loaded.warnings.length > 0
        ? [
            h("h3", {}, pt("preview.warnings.heading")),
            h("ul", { class: "preview-warnings" }, ...loaded.warnings.map((w) => h("li", {}, w))),
          ]
        : []),
    );
    team.replaceChildren(
      ...teamSetups(s).map((setup, i) =>
        option(
          String(i),
          setup.missing === null
            ? pt("preview.team.all", { count: setup.roles.length })
            : pt("preview.team.without", { role: roleLabel(s, setup.missing), count: setup.roles.length }),
        ),
      ),
    );
    fillRoles();
  };
  const busy = () => result.replaceChildren(h("p", { class: "muted" }, pt("preview.source.loading")));
  const fail = (e: unknown) =>
    result.replaceChildren(h("p", { class: "error", role: "alert" }, errorText(e)));

  loadFolder.addEventListener("click", async () => {
    if (!folder.value) return;
    busy();
    try {
      const source = await fetchSource(folder.value);
      show(readScenario(source.source, source.file));
    } catch (e) {
      fail(e);
    }
  });
  file.addEventListener("change", async () => {
    const chosen = file.files?.[0];
    if (!chosen) return;
    busy();
    try {
      show(readScenario(await chosen.text(), chosen.name));
    } catch (e) {
      fail(e);
    }
  });
  readPasted.addEventListener("click", () => {
    if (pasted.value.trim() === "") {
      result.replaceChildren(h("p", { class: "error", role: "alert" }, pt("preview.source.empty")));
      return;
    }
    show(readScenario(pasted.value, pt("preview.source.pastedName")));
  });

  const setupPage = h(
    "div",
    { class: "preview" },
    h(
      "section",
      { class: "card preview-source", "aria-labelledby": "preview-heading" },
      h("h1", { id: "preview-heading" }, pt("preview.heading")),
      h("p", {}, pt("preview.intro")),
      h("p", {}, h("a", { href: "/host", onclick: navigate.link }, pt("preview.back"))),
      h("h2", {}, pt("preview.source.heading")),
      h("label", { for: "preview-scenario" }, pt("preview.source.folder")),
      h("div", { class: "preview-row" }, folder, loadFolder),
      h("label", { for: "preview-file" }, pt("preview.source.file")),
      file,
      h("label", { for: "preview-yaml" }, pt("preview.source.paste")),
      pasted,
      h("div", { class: "preview-row" }, readPasted),
      result,
    ),
    modeForm,
  );
  const back = () => mount(setupPage);

  modeForm.addEventListener("submit", (event) => {
    event.preventDefault();
    const s = scenario;
    const setup = setups()[Number(team.value)];
    if (!s || !setup) return;
    if (mode() === "bots") {
      mount(createWatch(s, setup, strategy.value as BotStrategy, back));
      return;
    }
    const game = createPreviewPlay(
      {
        scenario: s,
        role: role.value,
        roles: setup.roles,
        nickname: pt("preview.you"),
        sharing: sharing.value === "silent" ? "silent" : "pool",
      },
      s.title,
      back,
    );
    mount(...game.el);
  });

  mount(setupPage);
  try {
    const { scenarios } = await listScenarios();
    const choices = scenarioChoices(scenarios, language());
    // Every file the server offers, the page's language first: an author tries translations too.
    const rest = scenarios.filter((x) => !choices.some((c) => c.scenario.id === x.id));
    folder.replaceChildren(
      ...choices.map((c) => option(c.scenario.id, scenarioLabel(c))),
      ...rest.map((x) => option(x.id, scenarioLabel({ scenario: x, practice: false }))),
    );
    if (scenarios.length === 0) result.replaceChildren(h("p", { class: "muted" }, pt("preview.source.none")));
  } catch (e) {
    fail(e);
  }
}
