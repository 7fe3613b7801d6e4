// The facilitator's notes per team, kept with the session on the server: one textarea per team (the team on
// screen is shown), saved a moment after typing stops or with the button, with its save state in words.
import { NOTE_MAX, NotesResponse, type TeamNote } from "../../../shared/protocol/notes.ts";
import { hostedSessions } from "../../net/hosted.ts";
import { h } from "../../ui/dom.ts";
import { errorText, t } from "../../ui/i18n.ts";
import type { TeamContext } from "./context.ts";

const AUTOSAVE_MS = 1200;

const devPort: string | undefined = import.meta.env.VITE_GAME_SERVER_PORT;
const serverUrl = devPort ? `${location.protocol}//${location.hostname}:${devPort}` : location.origin;

async function request(code: string, hostKey: string, init: RequestInit = {}): Promise<unknown> {
  const response = await fetch(`${serverUrl}/api/sessions/${encodeURIComponent(code)}/notes`, {
    ...init,
    headers: { Authorization: `Bearer ${hostKey}`, "Content-Type": "application/json" },
  });
  const body = (await response.json().catch(() => ({}))) as { error?: string };
  if (!response.ok) throw new Error(body.error ?? "unknown");
  return body;
}

const clockTime = (ms: number) =>
  new Date(ms).toLocaleTimeString(document.documentElement.lang || "nl", {
    hour: "2-digit",
    minute: "2-digit",
  });

type Slot = {
  wrap: HTMLElement;
  area: HTMLTextAreaElement;
  count: HTMLElement;
  status: HTMLElement;
  saved: string;
  savedAt: number | null;
  timer: number;
  saving: Promise<void> | null;
};

export interface Notes {
  el: HTMLElement;
  team(ctx: TeamContext): void;
  /** The notes as they stand in the page (also unsaved text), per team: for the printed report. */
  texts(): Record<string, string>;
}

/**
 * `inFile`: the notes an export carried. With the host key the server's notes are shown and edited; without it (a
 * file opened in another browser) the file's notes are shown to read, and go into the printed report.
 */
export function createNotes(code: string, teamIds: string[], inFile: readonly TeamNote[] = []): Notes {
  const hostKey = hostedSessions.hostKey(code);
  const body = h("div", { class: "notes-body" });
  const el = h(
    "section",
    { class: "panel notes-panel", "aria-labelledby": "notes-heading" },
    h("h2", { id: "notes-heading" }, t("notes.heading")),
    body,
  );
  const slots = new Map<string, Slot>();
  let current = "";

  const show = (slot: Slot, text: string, kind: "ok" | "empty" | "busy" | "dirty" | "error") => {
    slot.status.textContent = text;
    slot.status.className = `note-status ${kind}`;
    slot.status.setAttribute("role", kind === "error" ? "alert" : "status");
    slot.area.setAttribute("aria-invalid", String(kind === "error" && slot.area.value.length > NOTE_MAX));
  };
  const idle = (slot: Slot) =>
    slot.savedAt === null
      ? show(slot, t("notes.empty"), "empty")
      : show(slot, t("notes.savedAt", { time: clockTime(slot.savedAt) }), "ok");

  const save = async (teamId: string, slot: Slot) => {
    clearTimeout(slot.timer);
    if (!hostKey) return;
    await slot.saving;
    const text = slot.area.value;
    if (text === slot.saved) return idle(slot);
    if (text.length > NOTE_MAX)
      return show(
        slot,
        t("notes.tooLong", { length: text.length, max: NOTE_MAX, over: text.length - NOTE_MAX }),
        "error",
      );
    show(slot, t("notes.saving"), "busy");
    slot.saving = (async () => {
      try {
        const note = (await request(code, hostKey, {
          method: "PUT",
          body: JSON.stringify({ teamId, text }),
        })) as TeamNote;
        slot.saved = text;
        slot.savedAt = note.updatedAt;
        if (slot.area.value === text) show(slot, t("notes.saved"), "ok");
        else show(slot, t("notes.dirty"), "dirty");
      } catch (error) {
        show(slot, t("notes.failed", { problem: errorText(error) }), "error");
      }
    })();
    await slot.saving;
    slot.saving = null;
  };

  const slotFor = (teamId: string, note: TeamNote | undefined, readOnly: boolean): Slot => {
    const id = `note-${teamId}`;
    const area = h("textarea", { id, rows: "6", "aria-describedby": `${id}-count ${id}-status` });
    area.value = note?.text ?? "";
    area.readOnly = readOnly;
    const count = h("p", { class: "muted note-count", id: `${id}-count` });
    const status = h("p", { class: "note-status", id: `${id}-status`, "aria-live": "polite" });
    const button = h("button", { type: "button", class: "secondary" }, t("notes.save"));
    const wrap = h(
      "div",
      { class: "note", "data-team": teamId, hidden: true },
      h("label", { for: id }, t("notes.label", { team: teamId })),
      area,
      h("div", { class: "row note-row" }, button, count, status),
    );
    const slot: Slot = {
      wrap,
      area,
      count,
      status,
      saved: area.value,
      savedAt: note?.updatedAt ?? null,
      timer: 0,
      saving: null,
    };
    const counted = () => {
      count.textContent = t("notes.count", { length: area.value.length, max: NOTE_MAX });
      count.classList.toggle("over", area.value.length > NOTE_MAX);
    };
    counted();
    idle(slot);
    if (readOnly) {
      button.hidden = true;
      show(slot, t("notes.fromFile"), "ok");
      return slot;
    }
    area.addEventListener("input", () => {
      counted();
      clearTimeout(slot.timer);
      if (area.value.length > NOTE_MAX) {
        show(
          slot,
          t("notes.tooLong", {
            length: area.value.length,
            max: NOTE_MAX,
            over: area.value.length - NOTE_MAX,
          }),
          "error",
        );
        return;
      }
      show(slot, t("notes.dirty"), "dirty");
      slot.timer = window.setTimeout(() => void save(teamId, slot), AUTOSAVE_MS);
    });
    area.addEventListener("blur", () => void save(teamId, slot));
    button.addEventListener("click", () => void save(teamId, slot));
    return slot;
  };

  const build = (notes: readonly TeamNote[], readOnly: boolean, ...before: HTMLElement[]) => {
    for (const teamId of teamIds) {
      const slot = slotFor(
        teamId,
        notes.find((n) => n.teamId === teamId),
        readOnly,
      );
      slots.set(teamId, slot);
    }
    body.replaceChildren(...before, ...[...slots.values()].map((s) => s.wrap));
    const slot = slots.get(current);
    if (slot) slot.wrap.hidden = false;
  };

  if (!hostKey && inFile.length > 0) build(inFile, true, h("p", { class: "muted" }, t("notes.noKeyFile")));
  else if (!hostKey) body.append(h("p", { class: "muted" }, t("notes.noKey")));
  else {
    body.append(h("p", { class: "muted", role: "status" }, t("notes.loading")));
    request(code, hostKey)
      .then((raw) => build(NotesResponse.parse(raw).notes, false))
      .catch((error: unknown) =>
        body.replaceChildren(
          h("p", { class: "error", role: "alert" }, t("notes.loadFailed", { problem: errorText(error) })),
        ),
      );
  }

  return {
    el,
    team(ctx) {
      const before = slots.get(current);
      if (before && current !== ctx.teamId) void save(current, before);
      current = ctx.teamId;
      for (const [id, slot] of slots) slot.wrap.hidden = id !== current;
    },
    texts: () => Object.fromEntries([...slots].map(([id, slot]) => [id, slot.area.value])),
  };
}
