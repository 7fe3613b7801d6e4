// The debrief pages: /debrief/<code> loads the session's export with the host key, /debrief/import reads a file.
// Loaded lazily by main.ts, so the engine and the charts only reach teachers who open a debrief.
import { normalizeJoinCode } from "../../../shared/ids.ts";
import { hostedSessions } from "../../net/hosted.ts";
import { h, mount } from "../../ui/dom.ts";
import { loadLanguage, t } from "../../ui/i18n.ts";
import type { Navigate } from "../routes.ts";
import { createExports } from "./exports.ts";
import { leadFor } from "./lead.ts";
import { fetchExport, type LoadedSession, openExportText } from "./load.ts";
import { createProjectorToggle, forProjector, markProjector, projectorOn } from "./projector.ts";
import { createReplayPage, type ReplayPage } from "./replay-page.ts";

/** The page on screen, so back/forward inside one replay moves the moment instead of loading the session again. */
let active: { key: string; page: ReplayPage } | null = null;

function homeLink(navigate: Navigate) {
  return h("a", { href: "/", onclick: navigate.link }, t("debrief.home"));
}

function problem(navigate: Navigate, text: string, ...extra: HTMLElement[]) {
  active = null;
  mount(
    h(
      "section",
      { class: "debrief-message" },
      h("h1", {}, t("debrief.title")),
      h("p", { class: "error", role: "alert" }, text),
      ...extra,
      h("p", {}, h("a", { href: "/debrief/import", onclick: navigate.link }, t("debrief.import.heading"))),
      h("p", {}, homeLink(navigate)),
    ),
  );
}

function heading(session: LoadedSession, fromFile: string | null, redraw: () => void): HTMLElement {
  const { data, scenario } = session;
  const hostKey = fromFile ? undefined : hostedSessions.hostKey(data.session.code);
  return h(
    "header",
    { class: "debrief-head" },
    h(
      "div",
      {},
      h("h1", {}, t("debrief.heading", { title: scenario.title })),
      h(
        "p",
        { class: "muted" },
        t("debrief.sessionLine", {
          code: data.session.code,
          date: new Date(data.session.createdAt).toLocaleString(document.documentElement.lang || "nl"),
          teams: session.replay.teamIds.length,
        }),
        fromFile ? ` · ${t("debrief.fromFile", { file: fromFile })}` : "",
      ),
    ),
    h(
      "div",
      { class: "debrief-tools" },
      createProjectorToggle(redraw),
      hostKey ? createExports(data.session.code, hostKey) : null,
    ),
  );
}

function open(key: string, session: LoadedSession, navigate: Navigate, fromFile: string | null) {
  if (session.replay.teamIds.length === 0) return problem(navigate, t("debrief.noTeams"));
  const redraw = () => open(key, session, navigate, fromFile);
  const shown = projectorOn() ? forProjector(session) : session;
  const lead = leadFor(session.data.session.code, fromFile !== null);
  const page = createReplayPage(shown, heading(shown, fromFile, redraw), [lead]);
  markProjector(page.el);
  active = { key, page };
  mount(page.el);
  page.fromUrl();
}

/** A teacher link carries the host key in the fragment: keep it in this browser, and take it out of the address bar. */
function keyFromFragment(code: string): string | undefined {
  const match = /(?:^#|&)key=([^&]+)/.exec(location.hash);
  if (!match?.[1]) return undefined;
  const hostKey = decodeURIComponent(match[1]);
  const known = hostedSessions.get(code);
  hostedSessions.save({
    code,
    hostKey,
    scenarioTitle: known?.scenarioTitle ?? "",
    createdAt: known?.createdAt ?? Date.now(),
    endedAt: known?.endedAt ?? null,
  });
  history.replaceState(null, "", location.pathname + location.search);
  return hostKey;
}

/** The printed report speaks the session's language, which may not be the page's: its words are fetched first. */
async function sessionWords(session: LoadedSession): Promise<boolean> {
  return loadLanguage(session.data.session.language).then(
    () => true,
    () => false,
  );
}

async function debriefPage(code: string, navigate: Navigate) {
  const hostKey = keyFromFragment(code) ?? hostedSessions.hostKey(code);
  if (!hostKey) return problem(navigate, t("debrief.noKey", { code }));
  mount(h("p", { class: "muted", role: "status" }, t("debrief.loading")));
  const loaded = await fetchExport(code, hostKey);
  if (!loaded.ok) return problem(navigate, loaded.error);
  // The teacher may have moved on while the export loaded.
  if (normalizeJoinCode(location.pathname.split("/")[2] ?? "") !== code) return;
  if (loaded.session.data.session.code !== code) return problem(navigate, t("debrief.load.otherSession"));
  if (!(await sessionWords(loaded.session))) return problem(navigate, t("error.network"));
  open(code, loaded.session, navigate, null);
}

function importPage(navigate: Navigate) {
  active = null;
  const input = h("input", { type: "file", id: "import-file", accept: ".json,application/json" });
  const error = h("p", { class: "error", role: "alert" });
  input.addEventListener("change", async () => {
    const file = input.files?.[0];
    if (!file) return;
    error.textContent = "";
    const loaded = openExportText(await file.text());
    if (!loaded.ok) {
      error.textContent = t("debrief.import.failed", { file: file.name, problem: loaded.error });
      return;
    }
    if (!(await sessionWords(loaded.session))) {
      error.textContent = t("debrief.import.failed", { file: file.name, problem: t("error.network") });
      return;
    }
    open("import", loaded.session, navigate, file.name);
  });
  mount(
    h(
      "section",
      { class: "card debrief-import" },
      h("h1", {}, t("debrief.import.heading")),
      h("p", {}, t("debrief.import.intro")),
      h("label", { for: "import-file" }, t("debrief.import.file")),
      input,
      error,
      h("p", {}, homeLink(navigate)),
    ),
  );
}

/** `/debrief/<code>` or `/debrief/import`; a second call for the page on screen only follows the URL's moment. */
export function debriefRoute(code: string | undefined, navigate: Navigate) {
  const key = code ?? "";
  if (active && active.key === key && active.page.el.isConnected) return active.page.fromUrl();
  if (key === "import") return importPage(navigate);
  const joinCode = normalizeJoinCode(key);
  if (!joinCode) return problem(navigate, t("error.invalid_code"));
  void debriefPage(joinCode, navigate);
}
