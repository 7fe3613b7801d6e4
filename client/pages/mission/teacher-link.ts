// The teacher link (host key in the fragment) and the debrief link, folded away from the class's eyes.
import { h } from "../../ui/dom.ts";
import { language, t } from "../../ui/i18n.ts";

/** A session's date as the teacher reads it in a list: day and time in the page's language. */
export const sessionDate = (ms: number) =>
  new Intl.DateTimeFormat(language(), { dateStyle: "medium", timeStyle: "short" }).format(ms);

export const debriefPath = (code: string) => `/debrief/${encodeURIComponent(code)}`;

/**
 * Closed by default: the join code page is on the projector, and the link is a key to the session. The URL sits
 * in a small read-only field, so the teacher can also select it by hand when the clipboard is not allowed.
 */
export function teacherLinkBox(teacherUrl: string): HTMLElement {
  const field = h("input", {
    id: "teacher-link",
    type: "text",
    readonly: true,
    value: teacherUrl,
    spellcheck: "false",
    autocomplete: "off",
  });
  field.addEventListener("focus", () => field.select());
  const said = h("p", { class: "muted", role: "status" });
  const copy = h(
    "button",
    {
      type: "button",
      class: "secondary",
      onclick: async () => {
        said.textContent = (await copyText(field)) ? t("host.copied") : t("host.copyFailed");
      },
    },
    t("host.copy"),
  );
  const summary = h("summary", {}, t("host.teacherLink"));
  const box = h(
    "details",
    { class: "teacher-link", id: "teacher-link-box" },
    summary,
    h(
      "div",
      { class: "teacher-link-body" },
      h("p", {}, t("host.teacherLinkWhy")),
      h("label", { for: "teacher-link" }, t("host.teacherLinkField")),
      field,
      h("div", { class: "row" }, copy),
      said,
    ),
  );
  // Beside the heading it opens over mission control: Escape or a click elsewhere folds it away (the key with it).
  box.addEventListener("keydown", (event) => {
    if (event.key !== "Escape" || !box.open) return;
    box.open = false;
    summary.focus();
  });
  const body = box.lastElementChild as HTMLElement;
  const outside = (event: Event) => {
    const overlaid = getComputedStyle(body).position === "absolute";
    if (overlaid && event.target instanceof Node && !box.contains(event.target)) box.open = false;
  };
  box.addEventListener("toggle", () => {
    if (box.open) document.addEventListener("pointerdown", outside);
    else document.removeEventListener("pointerdown", outside);
  });
  return box;
}

async function copyText(field: HTMLInputElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(field.value);
    return true;
  } catch {
    // Plain http on a LAN address is not a secure context, so the async clipboard is missing there.
    field.focus();
    field.select();
    try {
      return document.execCommand("copy");
    } catch {
      return false;
    }
  }
}

/** The debrief link beside the teacher link: during play it opens beside mission control, not instead of it. */
export function teacherTools(code: string, teacherUrl: string): HTMLElement {
  return h(
    "div",
    { class: "teacher-tools" },
    h(
      "a",
      {
        href: debriefPath(code),
        class: "button secondary",
        target: "_blank",
        rel: "noopener",
        "aria-label": t("host.debriefNewTab"),
      },
      t("host.debrief"),
    ),
    teacherLinkBox(teacherUrl),
  );
}
