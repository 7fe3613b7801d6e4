// The student's join page: enter code, name and role; then the session. A stored seat rejoins without asking again.
import { normalizeJoinCode } from "../../shared/ids.ts";
import type { ScenarioSummary } from "../../shared/protocol/session.ts";
import { lookupSession, type StoredSeat, seatStore } from "../net/connection.ts";
import { h, mount } from "../ui/dom.ts";
import { errorText, t } from "../ui/i18n.ts";
import { enterSession } from "./student-session.ts";

export async function joinPage(codeFromUrl?: string) {
  const code = codeFromUrl ? normalizeJoinCode(codeFromUrl) : null;
  const stored = code ? seatStore.load(code) : undefined;
  if (stored && (await enterSession(stored))) return;

  const error = h("p", { class: "error", role: "alert" });
  const codeInput = h("input", {
    id: "code",
    name: "code",
    autocomplete: "off",
    autocapitalize: "characters",
    spellcheck: "false",
    required: true,
    value: code ?? "",
  });
  const nickname = h("input", {
    id: "nickname",
    name: "nickname",
    maxlength: "24",
    autocomplete: "nickname",
    required: true,
  });
  const role = h("select", { id: "role", name: "role" }, h("option", { value: "" }, t("role.any")));
  const submit = h("button", { type: "submit" }, t("join.submit"));
  const form = h(
    "form",
    { class: "card", "aria-labelledby": "join-heading" },
    h("h1", { id: "join-heading" }, t("join.heading")),
    h("label", { for: "code" }, t("join.code")),
    codeInput,
    h("label", { for: "nickname" }, t("join.nickname")),
    nickname,
    h("label", { for: "role" }, t("join.role")),
    role,
    submit,
    error,
  );

  const showRoles = (scenario: ScenarioSummary) => {
    role.replaceChildren(
      h("option", { value: "" }, t("role.any")),
      ...scenario.roles.map((r) => h("option", { value: r.id }, r.name)),
    );
  };
  codeInput.addEventListener("input", async () => {
    const typed = normalizeJoinCode(codeInput.value);
    if (!typed) return;
    try {
      showRoles((await lookupSession(typed)).scenario);
      error.textContent = "";
    } catch (e) {
      error.textContent = errorText(e);
    }
  });
  if (code) codeInput.dispatchEvent(new Event("input"));

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const typed = normalizeJoinCode(codeInput.value);
    if (!typed) {
      error.textContent = t("error.invalid_code");
      return;
    }
    submit.disabled = true;
    submit.textContent = t("join.joining");
    try {
      const seat: StoredSeat = {
        code: typed,
        nickname: nickname.value,
        role: role.value || undefined,
        token: seatStore.newToken(),
      };
      if (!(await enterSession(seat, (e) => (error.textContent = errorText(e))))) return;
      history.replaceState(null, "", `/join/${typed}`);
    } finally {
      submit.disabled = false;
      submit.textContent = t("join.submit");
    }
  });
  mount(form);
  (code ? nickname : codeInput).focus();
}
