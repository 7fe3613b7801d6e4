// The student's join page: enter code, name and role; then the session. A stored seat rejoins without asking again,
// and a name that is taken offers the seat PIN, which takes that seat to this device. The form itself is small
// (no Colyseus, no zod): the session and play page load when the student joins, or on idle once the form is up.
import { normalizeJoinCode } from "../../shared/ids.ts";
import type { ScenarioSummary } from "../../shared/protocol/session.ts";
import { lookupSession } from "../net/api.ts";
import { type StoredSeat, seatStore } from "../net/seat-store.ts";
import { h, mount } from "../ui/dom.ts";
import { errorText, t } from "../ui/i18n.ts";

/** The session's chunk (Colyseus, the schemas, the lobby and play page); the browser fetches it once. */
const session = () => import("./student-session.ts");
const enterSession: typeof import("./student-session.ts").enterSession = async (...args) =>
  (await session()).enterSession(...args);

/** Fetches the session's chunk while the student types, so pressing join hardly waits for it. */
function preloadSession() {
  const load = () => void session().catch(() => {});
  if (typeof requestIdleCallback === "function") requestIdleCallback(load, { timeout: 2_000 });
  else setTimeout(load, 200);
}

/** Which field a refusal is about, so its sentence appears next to what caused it. */
const FIELD_OF: Record<string, "code" | "nickname" | "pin" | "role"> = {
  invalid_code: "code",
  session_not_found: "code",
  session_ended: "code",
  session_full: "code",
  too_many_attempts: "code",
  nickname_invalid: "nickname",
  nickname_taken: "nickname",
  seat_unknown: "nickname",
  pin_wrong: "pin",
  pin_locked: "pin",
  role_invalid: "role",
};

const codeOf = (e: unknown) => (e instanceof Error ? e.message : "");

export async function joinPage(codeFromUrl?: string, prefill?: { nickname?: string }) {
  const code = codeFromUrl ? normalizeJoinCode(codeFromUrl) : null;
  const stored = code ? seatStore.load(code) : undefined;
  let storedError: unknown;
  if (stored && (await enterSession(stored, (e) => (storedError = e), { rejoin: true }))) return;
  // An ended session may open again for the teacher-led debrief (the day after too): wait for it with the seat.
  if (stored && codeOf(storedError) === "session_ended")
    return (await import("./play/lead-follow.ts")).waitForLead(
      () => enterSession(stored, undefined, { rejoin: true }),
      () => {
        seatStore.forget(stored.code);
        void joinPage(stored.code);
      },
    );

  const slot = (id: string) => h("p", { class: "error", role: "alert", id });
  const errors = {
    code: slot("code-error"),
    nickname: slot("nickname-error"),
    pin: slot("pin-error"),
    role: slot("role-error"),
    form: slot("join-error"),
  };
  const clearErrors = () => {
    for (const el of Object.values(errors)) el.textContent = "";
  };
  const codeInput = h("input", {
    id: "code",
    name: "code",
    autocomplete: "off",
    autocapitalize: "characters",
    spellcheck: "false",
    required: true,
    value: code ?? "",
    "aria-describedby": "code-error",
  });
  const nickname = h("input", {
    id: "nickname",
    name: "nickname",
    maxlength: "24",
    autocomplete: "nickname",
    required: true,
    value: prefill?.nickname ?? stored?.nickname ?? "",
    "aria-describedby": "nickname-error",
  });
  const pinInput = h("input", {
    id: "pin",
    name: "pin",
    inputmode: "numeric",
    autocomplete: "off",
    maxlength: "4",
    pattern: "[0-9]{4}",
    placeholder: t("join.pinHint"),
    "aria-describedby": "pin-prompt pin-error",
  });
  // Shown once the name turns out to be taken: "is this your seat?"
  const pinBlock = h(
    "div",
    { class: "pin-block", hidden: true },
    h("p", { id: "pin-prompt", class: "pin-prompt" }, t("join.pinPrompt")),
    h("label", { for: "pin" }, t("join.pin")),
    pinInput,
    errors.pin,
  );
  const role = h(
    "select",
    { id: "role", name: "role", "aria-describedby": "role-error" },
    h("option", { value: "" }, t("role.any")),
  );
  const submit = h("button", { type: "submit" }, t("join.submit"));
  // A seat taken back keeps its role: the choice only confuses while the PIN is asked.
  const roleBlock = h(
    "div",
    { class: "field" },
    h("label", { for: "role" }, t("join.role")),
    role,
    errors.role,
  );
  const form = h(
    "form",
    { class: "card join-form", "aria-labelledby": "join-heading", novalidate: true },
    h("h1", { id: "join-heading" }, t("join.heading")),
    h("label", { for: "code" }, t("join.code")),
    codeInput,
    errors.code,
    h("label", { for: "nickname" }, t("join.nickname")),
    nickname,
    errors.nickname,
    pinBlock,
    roleBlock,
    submit,
    errors.form,
  );

  const showPin = (show: boolean) => {
    pinBlock.hidden = !show;
    roleBlock.hidden = show;
    submit.textContent = show ? t("join.reclaim") : t("join.submit");
  };
  const showError = (e: unknown) => {
    const field = FIELD_OF[codeOf(e)] ?? "form";
    if (codeOf(e) === "nickname_taken") {
      // Not an error to fix by typing another name only: it may be this student's own seat.
      showPin(true);
      pinInput.focus();
      return;
    }
    errors[field].textContent = errorText(e);
  };
  const showRoles = (scenario: ScenarioSummary) => {
    const chosen = role.value;
    role.replaceChildren(
      h("option", { value: "" }, t("role.any")),
      ...scenario.roles.map((r) => h("option", { value: r.id, selected: r.id === chosen }, r.name)),
    );
  };
  let looked = "";
  codeInput.addEventListener("input", async () => {
    const typed = normalizeJoinCode(codeInput.value);
    if (!typed || typed === looked) return;
    looked = typed;
    try {
      showRoles((await lookupSession(typed)).scenario);
      errors.code.textContent = "";
    } catch (e) {
      errors.code.textContent = errorText(e);
    }
  });
  // A new name is a new question: the PIN belongs to the name that was taken.
  nickname.addEventListener("input", () => {
    if (!pinBlock.hidden) showPin(false);
    errors.nickname.textContent = "";
  });
  if (code) codeInput.dispatchEvent(new Event("input"));

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    clearErrors();
    const typed = normalizeJoinCode(codeInput.value);
    if (!typed) {
      errors.code.textContent = t("error.invalid_code");
      codeInput.focus();
      return;
    }
    const pin = pinBlock.hidden ? "" : pinInput.value.trim();
    if (!pinBlock.hidden && !/^\d{4}$/.test(pin)) {
      errors.pin.textContent = t("join.pinHint");
      pinInput.focus();
      return;
    }
    submit.disabled = true;
    submit.textContent = t("join.joining");
    try {
      // This browser already holds this name's seat (another tab, a closed one): it simply comes back.
      const own = seatStore.load(typed);
      const { foldNickname } = own && !pin ? await import("../../shared/protocol/session.ts") : {};
      if (own && foldNickname && foldNickname(own.nickname) === foldNickname(nickname.value)) {
        let gone = false;
        const onError = (e: unknown) => {
          gone = codeOf(e) === "seat_unknown";
          if (!gone) showError(e);
        };
        if (await enterSession(own, onError, { rejoin: true }))
          return history.replaceState(null, "", `/join/${typed}`);
        // The server no longer knows that seat: this is a new join with the name typed.
        if (!gone) return;
      }
      const seat: StoredSeat = {
        code: typed,
        nickname: nickname.value,
        role: role.value || undefined,
        token: seatStore.newToken(),
      };
      if (!(await enterSession(seat, showError, pin ? { pin } : {}))) return;
      history.replaceState(null, "", `/join/${typed}`);
    } catch (e) {
      // The session's code did not load (the network dropped): say so; pressing again tries once more.
      errors.form.textContent = errorText(e);
    } finally {
      submit.disabled = false;
      showPin(!pinBlock.hidden);
    }
  });
  mount(form);
  if (storedError !== undefined) showError(storedError);
  (code ? nickname : codeInput).focus();
  preloadSession();
}
