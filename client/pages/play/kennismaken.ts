// Phase 0: each student tells the team who they are, what they can do and how to reach them.
import type { TeamView } from "../../../shared/scenario/views.ts";
import { h } from "../../ui/dom.ts";
import { t } from "../../ui/i18n.ts";
import { replaceKeeping } from "../../ui/keep.ts";
import { roleName } from "../../ui/labels.ts";
import { type PlayContext, type Section, watch } from "./context.ts";

const FIELDS = [
  { name: "whoIAm", label: "intro.whoIAm", max: 400 },
  { name: "whatICanDo", label: "intro.whatICanDo", max: 400 },
  { name: "howToReachMe", label: "intro.howToReachMe", max: 200 },
] as const;

export function createKennismaken(ctx: PlayContext): Section {
  const inputs = FIELDS.map((f) =>
    h("textarea", {
      id: `intro-${f.name}`,
      name: f.name,
      rows: "2",
      maxlength: String(f.max),
      required: true,
    }),
  );
  const submit = h("button", { type: "submit" }, t("intro.submit"));
  const prompt = h("p", { class: "prompt" });
  const sent = h("p", { class: "muted", role: "status" });
  const form = h(
    "form",
    { class: "intro-form" },
    prompt,
    ...FIELDS.flatMap((f, i) => [h("label", { for: `intro-${f.name}` }, t(f.label)), inputs[i]]),
    submit,
    ctx.notices.slot("kennismaken.submit"),
    sent,
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const [whoIAm = "", whatICanDo = "", howToReachMe = ""] = inputs.map((i) => i.value.trim());
    ctx.send("kennismaken.submit", { whoIAm, whatICanDo, howToReachMe });
  });

  const team = h("div", {});
  const drawTeam = (view: Pick<TeamView, "members" | "kennismaken">) =>
    replaceKeeping(
      team,
      h("h3", {}, t("intro.team")),
      h(
        "ul",
        { class: "intros" },
        ...view.members.map((m) => {
          const intro = view.kennismaken[m.playerId];
          return h(
            "li",
            { class: "intro", "data-intro": m.nickname },
            h("p", {}, h("strong", {}, m.nickname), " · ", roleName(m.role)),
            intro
              ? h(
                  "dl",
                  {},
                  h("dt", {}, t("intro.whoIAm")),
                  h("dd", {}, intro.whoIAm),
                  h("dt", {}, t("intro.whatICanDo")),
                  h("dd", {}, intro.whatICanDo),
                  h("dt", {}, t("intro.howToReachMe")),
                  h("dd", {}, intro.howToReachMe),
                )
              : h("p", { class: "muted" }, t("intro.none")),
          );
        }),
      ),
    );

  const el = h(
    "section",
    { class: "panel", "aria-labelledby": "intro-heading" },
    h("h2", { id: "intro-heading" }, t("intro.heading")),
    form,
    team,
  );
  watch(
    ctx.store,
    el,
    (view) => ({
      kennismaken: view.kennismaken,
      members: view.members,
      phase: view.phase,
      status: view.status,
      me: ctx.playerId(),
    }),
    (view) => {
      const own = view.kennismaken[view.me];
      const kennismaken = view.phase?.kind === "kennismaken" && view.status === "playing";
      form.hidden = !kennismaken;
      // After phase 0 the introductions are reference material: they move below the cards.
      el.classList.toggle("later", !kennismaken);
      // Nobody is asked to introduce themselves later on; the introductions stay readable for the team.
      el.hidden = !kennismaken && Object.keys(view.kennismaken).length === 0;
      prompt.textContent = view.phase?.prompt ?? "";
      submit.textContent = t(own ? "intro.update" : "intro.submit");
      sent.textContent = own ? t("intro.sent") : "";
      if (own && inputs.every((i) => i.value === "")) {
        const values = [own.whoIAm, own.whatICanDo, own.howToReachMe];
        inputs.forEach((input, i) => {
          input.value = values[i] ?? "";
        });
      }
      drawTeam(view);
    },
  );
  return { el };
}
