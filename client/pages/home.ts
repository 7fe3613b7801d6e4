// The landing page: a teacher starts a session, a student joins one (the language switch is in the page chrome).
import type { HostSessionResponse } from "../../shared/protocol/session.ts";
import { hostSession } from "../net/host-api.ts";
import { type HostedSession, hostedSessions } from "../net/hosted.ts";
import { h, mount } from "../ui/dom.ts";
import { t } from "../ui/i18n.ts";
import { debriefPath, sessionDate } from "./mission/teacher-link.ts";
import type { Navigate } from "./routes.ts";

export function homePage(navigate: Navigate) {
  const hosted = hostedList(navigate);
  const render = () => {
    mount(
      h("h1", {}, t("app.title")),
      h("p", { class: "tagline" }, t("app.tagline")),
      h(
        "div",
        { class: "actions" },
        h("a", { href: "/host", class: "button", onclick: navigate.link }, t("home.host")),
        h("a", { href: "/join", class: "button secondary", onclick: navigate.link }, t("home.join")),
      ),
      hosted.el,
    );
    hosted.draw();
  };
  render();
}

/** What the server said about one session, or why it could not say. */
type Standing =
  | { kind: "checking" }
  | { kind: "known"; info: HostSessionResponse }
  | { kind: "gone" | "keyInvalid" | "unreachable" };

/**
 * The sessions this browser hosted, newest first, ended ones included. Each is asked about once when the page
 * opens: the list in storage only knows what this browser saw, the server knows what happened since.
 */
function hostedList(navigate: Navigate) {
  const el = h("section", { class: "hosted", "aria-labelledby": "hosted-heading" });
  const standings = new Map<string, Standing>();
  let confirming = "";

  const ask = async (entry: HostedSession) => {
    standings.set(entry.code, { kind: "checking" });
    try {
      const info = await hostSession(entry.code, entry.hostKey);
      standings.set(entry.code, { kind: "known", info });
      const endedAt = info.endedAt ?? (info.status === "ended" ? (entry.endedAt ?? Date.now()) : null);
      hostedSessions.update(entry.code, { scenarioTitle: info.scenario.title, endedAt });
    } catch (e) {
      const reason = e instanceof Error ? e.message : "";
      standings.set(entry.code, {
        kind:
          reason === "session_not_found"
            ? "gone"
            : reason === "host_key_invalid"
              ? "keyInvalid"
              : "unreachable",
      });
    }
    if (el.isConnected) draw();
  };

  const draw = () => {
    const entries = hostedSessions.all();
    el.hidden = entries.length === 0;
    el.replaceChildren(
      h("h2", { id: "hosted-heading" }, t("home.hosted.heading")),
      h("ul", { class: "hosted-list" }, ...entries.map((entry) => item(entry))),
    );
  };

  const item = (entry: HostedSession) => {
    const standing = standings.get(entry.code) ?? { kind: "checking" };
    const info = standing.kind === "known" ? standing.info : undefined;
    const ended = info ? info.status === "ended" : entry.endedAt !== null;
    const status =
      standing.kind === "checking"
        ? t("home.hosted.checking")
        : standing.kind !== "known"
          ? t(`home.hosted.status.${standing.kind}`)
          : ended
            ? t("home.hosted.status.ended")
            : info && !info.live
              ? t("home.hosted.status.closed")
              : t(info?.status === "playing" ? "home.hosted.status.playing" : "home.hosted.status.lobby");
    const endedAt = info?.endedAt ?? entry.endedAt;
    const gone = standing.kind === "gone";
    const links: HTMLElement[] = [];
    if (info?.live && !ended)
      links.push(
        h(
          "a",
          {
            href: `/host/${entry.code}`,
            class: "button",
            onclick: navigate.link,
            "aria-label": t("home.hosted.missionLabel", { code: entry.code }),
          },
          t("home.hosted.mission"),
        ),
      );
    if (!gone && standing.kind !== "keyInvalid")
      links.push(
        h(
          "a",
          {
            href: debriefPath(entry.code),
            class: ended ? "button" : "button secondary",
            onclick: navigate.link,
            "aria-label": t("home.hosted.debriefLabel", { code: entry.code }),
          },
          t("home.hosted.debrief"),
        ),
      );
    const remove = () => {
      hostedSessions.remove(entry.code);
      standings.delete(entry.code);
      confirming = "";
      draw();
      (el.querySelector(".hosted-list button") as HTMLElement | null)?.focus();
    };
    // A session that still exists costs its key when removed; one that retention deleted costs nothing.
    const askFirst = !gone && confirming !== entry.code;
    const removeButton = h(
      "button",
      {
        type: "button",
        class: "secondary",
        "aria-label": t("home.hosted.removeLabel", { code: entry.code }),
        onclick: () => {
          if (!askFirst) return remove();
          confirming = entry.code;
          draw();
          el.querySelector<HTMLElement>(`[data-code="${entry.code}"] .confirm button`)?.focus();
        },
      },
      t("home.hosted.remove"),
    );
    const confirm =
      confirming === entry.code && !gone
        ? h(
            "div",
            {
              class: "confirm",
              role: "alertdialog",
              "aria-label": t("home.hosted.removeLabel", { code: entry.code }),
            },
            h("p", {}, t("home.hosted.removeConfirm")),
            h(
              "div",
              { class: "row" },
              h("button", { type: "button", class: "danger", onclick: remove }, t("home.hosted.removeYes")),
              h(
                "button",
                {
                  type: "button",
                  class: "secondary",
                  onclick: () => {
                    confirming = "";
                    draw();
                  },
                },
                t("mission.cancel"),
              ),
            ),
          )
        : null;
    return h(
      "li",
      {
        class: `hosted-item${ended ? " ended" : ""}${gone ? " gone" : ""}`,
        "data-code": entry.code,
        "data-status": standing.kind === "known" ? (ended ? "ended" : info?.status) : standing.kind,
      },
      h(
        "div",
        { class: "hosted-what" },
        h("span", { class: "hosted-code" }, entry.code),
        h("span", { class: "hosted-title" }, entry.scenarioTitle),
        h(
          "span",
          { class: "muted" },
          t("home.hosted.created", { date: sessionDate(info?.createdAt ?? entry.createdAt) }),
        ),
      ),
      h("p", { class: "hosted-status" }, status, ended && endedAt ? ` · ${sessionDate(endedAt)}` : ""),
      h("div", { class: "row hosted-actions" }, ...links, confirm ? null : removeButton),
      confirm,
    );
  };

  for (const entry of hostedSessions.all()) void ask(entry);
  return { el, draw };
}
