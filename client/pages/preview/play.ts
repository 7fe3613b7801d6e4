// The author's seat in a preview game: the students' own play screen (client/pages/play/), fed with the views the
// engine projects for the chosen role in this browser, under a bar with the clock's speed, "next phase" and stop.
// The author's commands go through the engine's log writer like a student's through the server; the bots answer
// a moment later, one move at a time.
import { isErrorCode } from "../../../shared/protocol/error-codes.ts";
import type { CommandPayloads } from "../../../shared/scenario/commands.ts";
import type { PlayerCommandType } from "../../net/connection.ts";
import { noteGameTime } from "../../net/game-time.ts";
import { h } from "../../ui/dom.ts";
import { t } from "../../ui/i18n.ts";
import { createNotices } from "../../ui/notices.ts";
import { createPlayPage } from "../play/play-page.ts";
import { ME, PreviewGame, type PreviewSetup } from "./game.ts";
import { pt } from "./words.ts";

const SPEEDS = [1, 5, 20, 60];
/** How long a bot "thinks" before its move, and between two moves of the bots. */
const BOT_DELAY_MS = 700;
const TICK_MS = 250;

export type PreviewPlay = { el: HTMLElement[]; game: PreviewGame };

export function createPreviewPlay(setup: PreviewSetup, title: string, onStop: () => void): PreviewPlay {
  const game = new PreviewGame(setup);
  const fallback = h("p", { class: "error", role: "alert" });
  const notices = createNotices(fallback);
  let botTimer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const publish = () => {
    noteGameTime(game.clock());
    play.update(game.view());
  };
  const bots = () => {
    if (botTimer !== undefined || stopped) return;
    botTimer = setTimeout(() => {
      botTimer = undefined;
      if (stopped || !game.botMove()) return;
      publish();
      bots();
    }, BOT_DELAY_MS);
  };
  const send = <K extends PlayerCommandType>(type: K, payload: CommandPayloads[K]) => {
    notices.clear(type);
    const result = game.send(type, payload);
    publish();
    if (!result.ok) {
      const code = result.reason;
      notices.show({
        code,
        command: type,
        message: t(isErrorCode(code) ? `error.${code}` : "error.unknown"),
      });
      return;
    }
    notices.accepted(type);
    bots();
  };
  const play = createPlayPage({ send, playerId: () => ME, role: () => setup.role, notices }, fallback);

  const speed = h(
    "select",
    { id: "preview-speed" },
    ...SPEEDS.map((n) =>
      h(
        "option",
        { value: String(n) },
        n === 1 ? pt("preview.speed.real") : pt("preview.speed.option", { n }),
      ),
    ),
  );
  speed.addEventListener("change", () => {
    game.speed = Number(speed.value);
    publish();
  });
  const next = h("button", { type: "button", class: "secondary" }, pt("preview.next"));
  next.addEventListener("click", () => {
    game.advance();
    publish();
    bots();
  });
  const stop = h("button", { type: "button", class: "secondary" }, pt("preview.stop"));
  let shown = false;
  const end = () => {
    stopped = true;
    clearInterval(timer);
    clearTimeout(botTimer);
    play.destroy?.();
  };
  const timer = setInterval(() => {
    if (stopped) return;
    // Left by navigation (another page replaced this one): the game stops with it.
    if (!bar.isConnected) {
      if (shown) end();
      return;
    }
    shown = true;
    if (game.tick()) {
      publish();
      bots();
    }
    next.disabled = game.state.status !== "playing";
  }, TICK_MS);
  stop.addEventListener("click", () => {
    end();
    onStop();
  });
  const bar = h(
    "div",
    { class: "preview-bar", role: "region", "aria-label": pt("preview.bar") },
    h("p", { class: "muted" }, pt("preview.bar.note", { title })),
    h("label", { for: "preview-speed" }, pt("preview.speed")),
    speed,
    next,
    stop,
  );
  publish();
  bots();
  return { el: [bar, play.el], game };
}
