// A team calling a contact the teacher plays must not go unnoticed among ten cards: a bar that names the calls, and
// a short beep when a new one arrives (where the browser allows sound: only after the teacher touched the page).
import type { TeamView } from "../../../shared/scenario/views.ts";
import { h } from "../../ui/dom.ts";
import { t } from "../../ui/i18n.ts";
import { questions } from "./facilitator.ts";

export type Call = { teamId: string; seq: number; student: string; contact: string };

/** The unanswered questions to facilitator-played contacts, per team, oldest first. */
export function openCalls(view: TeamView): Call[] {
  return questions(view)
    .filter((q) => !q.answered)
    .map((q) => ({
      teamId: view.teamId,
      seq: q.item.seq,
      student: q.item.from ?? "",
      contact: q.contact?.name ?? "",
    }))
    .reverse();
}

const SOUND_KEY = "wijkcrisis.missionSound";

/** WebAudio only: no audio files to load. Browsers start a context only after a user gesture, so it waits for one. */
function createBeeper() {
  let context: AudioContext | undefined;
  const unlock = () => {
    if (!context && typeof AudioContext === "function") context = new AudioContext();
    if (context?.state === "suspended") void context.resume();
  };
  for (const type of ["pointerdown", "keydown"]) document.addEventListener(type, unlock, { passive: true });
  return () => {
    if (!context || context.state !== "running") return false;
    const start = context.currentTime;
    const tone = context.createOscillator();
    const gain = context.createGain();
    tone.frequency.value = 880;
    gain.gain.setValueAtTime(0.0001, start);
    gain.gain.exponentialRampToValueAtTime(0.25, start + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.25);
    tone.connect(gain).connect(context.destination);
    tone.start(start);
    tone.stop(start + 0.3);
    return true;
  };
}

/**
 * The alert bar: one button per open call (it opens that team's detail panel), a sound toggle, and a live region
 * that says each new call once. `beeps` counts the beeps played, for the page's own tests of the sound.
 */
export function createAlerts(open: (teamId: string) => void) {
  const beep = createBeeper();
  let sound = localStorage.getItem(SOUND_KEY) !== "off";
  const seen = new Set<string>();
  let first = true;
  const said = h("p", { class: "visually-hidden", role: "alert" });
  const list = h("ul", { class: "alert-list" });
  const toggle = h("button", {
    type: "button",
    class: "secondary sound-toggle",
    onclick: () => {
      sound = !sound;
      localStorage.setItem(SOUND_KEY, sound ? "on" : "off");
      toggle.setAttribute("aria-pressed", String(sound));
    },
  });
  toggle.textContent = t("mission.sound");
  toggle.setAttribute("aria-pressed", String(sound));
  const el = h("div", { class: "mission-alerts", "data-calls": "0" }, list, toggle, said);

  return {
    el,
    update(views: TeamView[]) {
      const calls = views.flatMap(openCalls);
      el.dataset.calls = String(calls.length);
      el.classList.toggle("calling", calls.length > 0);
      list.replaceChildren(
        ...calls.map((call) =>
          h(
            "li",
            {},
            h(
              "button",
              {
                type: "button",
                class: "call",
                "data-call": `${call.teamId}:${call.seq}`,
                onclick: () => open(call.teamId),
              },
              t("mission.call", { team: call.teamId, student: call.student, contact: call.contact }),
            ),
          ),
        ),
      );
      // Calls already waiting when the page opened are shown, not announced: only new ones beep.
      const fresh = calls.filter((c) => !seen.has(`${c.teamId}:${c.seq}`));
      for (const c of fresh) seen.add(`${c.teamId}:${c.seq}`);
      if (first) {
        first = false;
        return;
      }
      const newest = fresh.at(-1);
      if (!newest) return;
      said.textContent = t("mission.call", {
        team: newest.teamId,
        student: newest.student,
        contact: newest.contact,
      });
      if (sound && beep()) el.dataset.beeps = String(Number(el.dataset.beeps ?? "0") + 1);
    },
  };
}
