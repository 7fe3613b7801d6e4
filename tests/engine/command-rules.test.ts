// The play page offers a control exactly when the server would take the command: both sides call the same rules
// (scenarios/engine/command-rules.ts), the server on the team's state in its checks, the page on the TeamView
// projected from that state. Over random games, every offer the page makes from a view is compared with the
// server's own check of that command at that moment.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  availableOptions,
  callNeededContacts,
  decideAs,
  openDecision,
  share,
  startBots,
  teamSetups,
  unsharedHeld,
} from "../../scenarios/engine/bots.ts";
import { CHECKS } from "../../scenarios/engine/checks.ts";
import {
  confirmBlock,
  contactBlock,
  openProposal,
  playBlock,
  shareBlock,
  voteBlock,
} from "../../scenarios/engine/command-rules.ts";
import type { EventOf } from "../../scenarios/engine/events.ts";
import { fold } from "../../scenarios/engine/replay.ts";
import { viewFor } from "../../scenarios/engine/view.ts";
import { HOST, player } from "../../scenarios/engine/writer.ts";
import type { CommandPayloads, CommandType } from "../../shared/scenario/commands.ts";
import type { Scenario } from "../../shared/scenario/format.ts";
import type { TeamState } from "../../shared/scenario/state.ts";
import { Game, play, SCENARIOS } from "./random-games.ts";

const event = <K extends CommandType>(type: K, actor: EventOf<K>["actor"], payload: CommandPayloads[K]) =>
  ({ type, actor, payload, t: 0 }) as unknown as EventOf<K>;

type Seen = { vote: number; confirm: number; share: number; call: number; refusedByRule: number };

/** Every offer the page would make to every member from this state's views, against the server's checks. */
function compare(s: Scenario, state: TeamState, seen: Seen) {
  for (const member of Object.values(state.members)) {
    const actor = player(member.playerId, member.role);
    const view = viewFor(s, state, { kind: "role", role: member.role });
    expect(playBlock(view)).toBe(playBlock(state));
    for (const p of view.proposals) {
      const server = CHECKS["proposal.vote"](
        s,
        state,
        event("proposal.vote", actor, { proposalId: p.id, agree: true }),
      );
      expect(playBlock(view) ?? voteBlock(p, member.playerId)).toBe(server);
      seen.vote++;
    }
    for (const d of view.decisions) {
      const open = openProposal(view.proposals, d.id);
      if (d.status !== "open" || !open) continue;
      const server = CHECKS["decision.confirm"](
        s,
        state,
        event("decision.confirm", actor, { decisionId: d.id, optionId: open.optionId }),
      );
      const offered = confirmBlock(d.regisseur, member.role) === null;
      if (server === "wrong_rule" || server === "not_regisseur") {
        expect(offered).toBe(false);
        seen.refusedByRule++;
      }
      if (server === null || server === "votes_missing") expect(offered).toBe(true);
      seen.confirm++;
    }
    for (const card of view.hand) {
      const server = CHECKS["card.share"](s, state, event("card.share", actor, { cardId: card.id }));
      const page =
        playBlock(view) ??
        shareBlock({ mine: true, onTable: card.shared, sensitive: card.sensitive, basis: false });
      expect(page).toBe(server);
      seen.share++;
    }
    for (const c of view.contacts) {
      const server = CHECKS["contact.request"](
        s,
        state,
        event("contact.request", actor, { contactId: c.id }),
      );
      expect(contactBlock({ open: c.available, limit: c.limit, uses: c.uses }, view)).toBe(server);
      seen.call++;
    }
  }
}

/**
 * Bots playing each shipped case to its end, every state of the way (proposals, votes and regisseurs included),
 * each compared as the fold reaches it.
 */
function compareBotGames(seen: Seen) {
  for (const s of SCENARIOS)
    for (const setup of teamSetups(s)) {
      const { w, actors } = startBots(s, setup);
      for (let i = 0; i < 30 && w.state.status === "playing"; i++) {
        // Some rounds share only part of the hands, so options stay locked and votes go different ways.
        for (const a of actors.slice(0, (i % actors.length) + 1))
          for (const card of unsharedHeld(w, a)) share(w, a, card);
        if (actors[0]) callNeededContacts(w, actors[0]);
        const open = openDecision(w);
        const options = open ? availableOptions(w, open) : [];
        if (open && options.length > 0) decideAs(w, actors, open, options[i % options.length] ?? "");
        else w.send(HOST, "host.advance", {});
      }
      fold(s, 1, w.entries, {}, (_entry, state) => compare(s, state, seen));
    }
}

describe("the page's offers match the server's checks", () => {
  test("vote, confirm, share and call, for every member at every step of bot games and random games", () => {
    const seen: Seen = { vote: 0, confirm: 0, share: 0, call: 0, refusedByRule: 0 };
    compareBotGames(seen);
    fc.assert(
      fc.property(Game, (g) => {
        const { s, states } = play(g);
        for (const state of states) compare(s, state, seen);
      }),
      { numRuns: 60, seed: 7 },
    );
    // The games reach every kind of offer, so the comparison above is not vacuous.
    expect(seen.vote).toBeGreaterThan(50);
    expect(seen.confirm).toBeGreaterThan(5);
    expect(seen.share).toBeGreaterThan(500);
    expect(seen.call).toBeGreaterThan(500);
  });
});
