// Following the teacher's replay after the end: the team and moment the teacher shows replace the student's own
// screen, until they choose to look on their own ("Zelf verder kijken") and come back ("Volg de docent").
import { LEAD_SHOW, type LeadPicture, type LeadShow, LeadShowSchema } from "../../../shared/protocol/lead.ts";
import type { CardView, TeamView } from "../../../shared/scenario/views.ts";
import type { SessionRoom } from "../../net/connection.ts";
import { h, mount } from "../../ui/dom.ts";
import { t } from "../../ui/i18n.ts";
import { knowledgeText, roleName } from "../../ui/labels.ts";
import { feedItem } from "./feed.ts";
import { renderOutcome } from "./outcome.ts";
import { renderTable } from "./table.ts";

/** m:ss of game time since the team's first entry, as the teacher's timeline counts it. */
function moment(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, "0");
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, "0")}:${seconds}` : `${minutes}:${seconds}`;
}

const teamNumber = (teamId: string) => Number(teamId.slice(1)) || teamId;

function handCard(card: CardView): HTMLElement {
  return h(
    "li",
    { class: `game-card ${card.shared ? "on-table" : "in-hand"}`, "data-card": card.id },
    h("p", { class: "card-text" }, card.text),
    h(
      "p",
      { class: `card-status ${card.shared ? "shared" : "unshared"}` },
      t(card.shared ? "lead.follow.onTable" : "lead.follow.inHand"),
    ),
  );
}

function decisionsOf(view: TeamView): HTMLElement {
  const decided = view.decisions.filter((d) => d.status === "decided");
  if (decided.length === 0) return h("p", { class: "muted" }, t("lead.follow.noDecisions"));
  return h(
    "ol",
    { class: "lead-decisions" },
    ...decided.map((d) => {
      const option = d.options.find((o) => o.id === d.chosen)?.text ?? d.chosen ?? "";
      const knowledge = d.result ? knowledgeText(d.result.knowledge, d.decidedBy) : null;
      return h(
        "li",
        { "data-decision": d.id },
        h("p", { class: "card-title" }, d.question),
        h("p", {}, t("lead.follow.chosen", { option })),
        knowledge ? h("p", { class: `knowledge ${d.result?.knowledge ?? ""}` }, knowledge) : null,
      );
    }),
  );
}

function renderPicture(p: LeadPicture): HTMLElement[] {
  const { view } = p;
  const meters = Object.entries(view.meters).map(([id, value]) =>
    h("li", {}, t("lead.follow.meter", { name: view.meterNames[id] ?? id, value })),
  );
  return [
    h(
      "p",
      { class: "lead-phase" },
      view.phase ? t("play.phase", { name: view.phase.name }) : "",
      meters.length > 0 ? h("ul", { class: "lead-meters" }, ...meters) : null,
    ),
    view.outcome
      ? h(
          "section",
          { class: "panel outcome" },
          h("h3", {}, t("outcome.heading")),
          ...renderOutcome(view.outcome),
        )
      : null,
    h(
      "div",
      { class: "lead-grid" },
      h(
        "section",
        { class: "panel", "aria-labelledby": "lead-table-heading" },
        h("h3", { id: "lead-table-heading" }, t("table.heading")),
        h("ul", { class: "cards", "data-testid": "lead-table" }, ...renderTable(view)),
      ),
      h(
        "section",
        { class: "panel", "aria-labelledby": "lead-decisions-heading" },
        h("h3", { id: "lead-decisions-heading" }, t("lead.follow.decisions")),
        decisionsOf(view),
        h("h3", {}, t("feed.heading")),
        h("ol", { class: "feed" }, ...[...view.feed].reverse().slice(0, 4).map(feedItem)),
      ),
    ),
    h(
      "section",
      { class: "panel", "aria-labelledby": "lead-hands-heading" },
      h("h3", { id: "lead-hands-heading" }, t("lead.follow.hands")),
      h(
        "div",
        { class: "role-views" },
        ...p.roles.map(({ role, hand }) =>
          h(
            "article",
            { class: "role-view", "data-role": role },
            h("h4", {}, roleName(role)),
            h(
              "ul",
              { class: "cards" },
              ...(hand.length === 0
                ? [h("li", { class: "muted" }, t("lead.follow.noCards"))]
                : hand.map(handCard)),
            ),
          ),
        ),
      ),
    ),
  ].filter((x): x is HTMLElement => x !== null);
}

export function createLeadFollow() {
  const text = h("p", { class: "lead-line" });
  const button = h("button", { type: "button", class: "secondary" });
  const banner = h("div", { class: "banner lead-banner", role: "status" }, text, button);
  const picture = h("div", { class: "lead-picture", "data-testid": "lead-picture" });
  const el = h("section", { class: "lead-follow", "aria-label": t("lead.follow.label") }, banner, picture);
  let shown: LeadPicture | null = null;
  let following = true;
  let own: HTMLElement | undefined;
  let room: SessionRoom | undefined;
  const attached = new WeakSet<SessionRoom>();

  const draw = () => {
    el.hidden = shown === null;
    const away = !following || shown === null;
    picture.hidden = away;
    if (own) own.hidden = !away;
    if (!shown) return;
    const team = teamNumber(shown.teamId);
    text.textContent = following
      ? t("lead.follow.showing", { team, time: moment(shown.elapsed) })
      : t("lead.follow.away", { team });
    button.textContent = t(following ? "lead.follow.stepAway" : "lead.follow.follow");
  };
  button.addEventListener("click", () => {
    following = !following;
    draw();
    if (following) window.scrollTo({ top: 0 });
  });

  const receive = (raw: unknown) => {
    const parsed = LeadShowSchema.safeParse(raw);
    if (!parsed.success) return;
    const next = (parsed.data as LeadShow).picture;
    // A new lead after a stop starts by following again; a step-away lasts while the teacher keeps leading.
    const starts = shown === null && next !== null;
    if (starts) following = true;
    shown = next;
    if (next) picture.replaceChildren(...renderPicture(next));
    draw();
    // The teacher starts leading: the banner and the picture replace the screen from its top.
    if (starts) window.scrollTo({ top: 0 });
  };

  return {
    el,
    /** The student's own screen: hidden while they follow the teacher. */
    around(ownScreen: HTMLElement): HTMLElement[] {
      own = ownScreen;
      draw();
      return [el, ownScreen];
    },
    /** Every room the page is in (a rejoin makes a new one) listens, and asks what the class is shown now. */
    attach(current: SessionRoom) {
      room = current;
      if (attached.has(current)) return;
      attached.add(current);
      current.onMessage(LEAD_SHOW, receive);
      current.send("lead.sync", {});
    },
    /** After a reconnection: what was sent meanwhile may be lost. */
    resync() {
      room?.send("lead.sync", {});
    },
  };
}

/** How often a waiting student's page tries the session again: thirty laptops, one light request each. */
const WAIT_RETRY_MS = 5_000;

/**
 * A student whose stored seat belongs to an ended session without a room: the teacher may reopen it for the debrief
 * ("Klas laten meekijken", the day after too). The seat is kept and the page tries again now and then, so the
 * student follows as soon as the teacher leads; `enter` joins (and draws the session) and says whether it worked.
 */
export function waitForLead(enter: () => Promise<boolean>, joinAnother: () => void) {
  const status = h("p", { class: "muted", role: "status" }, t("lead.wait.status"));
  const another = h("button", { type: "button", class: "secondary" }, t("lead.wait.other"));
  const card = h(
    "section",
    { class: "card lead-wait", "aria-labelledby": "lead-wait-heading" },
    h("h1", { id: "lead-wait-heading" }, t("lead.wait.heading")),
    h("p", {}, t("lead.wait.text")),
    status,
    another,
  );
  let timer: ReturnType<typeof setTimeout> | undefined;
  const retry = async () => {
    if (!card.isConnected) return;
    if (await enter()) return;
    if (card.isConnected) timer = setTimeout(retry, WAIT_RETRY_MS);
  };
  another.addEventListener("click", () => {
    clearTimeout(timer);
    joinAnother();
  });
  mount(card);
  timer = setTimeout(retry, WAIT_RETRY_MS);
}
