// The debrief's export buttons: each file fetched with the host key (never in a URL), saved under the server's name.
import type { MessageKey } from "../../../shared/i18n/index.ts";
import { h } from "../../ui/dom.ts";
import { t } from "../../ui/i18n.ts";

const devPort: string | undefined = import.meta.env.VITE_GAME_SERVER_PORT;
const serverUrl = devPort ? `${location.protocol}//${location.hostname}:${devPort}` : location.origin;

/** The four exports, by the path after /api/sessions/<code>/ and the name used if the server gives none. */
const EXPORTS: { path: string; label: MessageKey; fallback: string }[] = [
  { path: "export", label: "debrief.download", fallback: "export.json" },
  { path: "export.csv", label: "lead.export.events", fallback: "log.csv" },
  { path: "measures.csv", label: "lead.export.measures", fallback: "measures.csv" },
  { path: "research", label: "lead.export.research", fallback: "research.json" },
];

/** `attachment; filename="wijkcrisis-K7QWX-2025-11-24-log.csv"` → the file name, or undefined. */
export function fileNameOf(disposition: string | null): string | undefined {
  if (!disposition) return undefined;
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (star?.[1]) return decodeURIComponent(star[1]);
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  return plain?.[1]?.trim() || undefined;
}

function problemOf(status: number): string {
  if (status === 401 || status === 403) return t("lead.export.problem.key");
  if (status === 404) return t("lead.export.problem.gone");
  return t("lead.export.problem.status", { status });
}

function save(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const a = h("a", { href: url, download: name, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function createExports(code: string, hostKey: string): HTMLElement {
  const status = h("p", { class: "export-status", role: "status", "data-testid": "export-status" });
  const menu = h("details", { class: "export-menu" });
  const buttons = EXPORTS.map(({ path, label, fallback }) => {
    const button = h("button", { type: "button", class: "secondary", "data-export": path }, t(label));
    button.addEventListener("click", async () => {
      // The menu folds away so the status line below it, which says how the download went, is in sight.
      menu.open = false;
      const what = t(label);
      button.disabled = true;
      status.classList.remove("error");
      status.textContent = t("lead.export.busy", { what });
      try {
        let response: Response;
        try {
          response = await fetch(`${serverUrl}/api/sessions/${encodeURIComponent(code)}/${path}`, {
            headers: { Authorization: `Bearer ${hostKey}` },
          });
        } catch {
          throw new Error(t("lead.export.problem.network"));
        }
        if (!response.ok) throw new Error(problemOf(response.status));
        const name =
          fileNameOf(response.headers.get("Content-Disposition")) ?? `wijkcrisis-${code}-${fallback}`;
        save(await response.blob(), name);
        status.textContent = t("lead.export.done", { file: name });
      } catch (e) {
        status.classList.add("error");
        status.textContent = t("lead.export.failed", {
          what,
          problem: e instanceof Error ? e.message : String(e),
        });
      } finally {
        button.disabled = false;
      }
    });
    return button;
  });
  // Folded into one menu: four buttons in the heading filled the first screen at 200 % zoom. The status stays
  // outside the fold, so a finished or failed download is still said after the menu closes.
  menu.append(
    h("summary", { class: "button secondary" }, t("lead.export.menu", { count: buttons.length })),
    h("div", { class: "row" }, ...buttons),
  );
  return h(
    "div",
    { class: "debrief-exports", role: "group", "aria-label": t("lead.export.group") },
    menu,
    status,
  );
}
