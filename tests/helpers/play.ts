// Plays a team through a scenario with scripted clients: the routine the integration tests share.
import { readFileSync } from "node:fs";
import { expect } from "vitest";
import { parseScenario } from "../../scenarios/engine/parse.ts";
import type { CreateSessionResponse } from "../../shared/protocol/session.ts";
import type { Scenario } from "../../shared/scenario/format.ts";
import { BASES } from "../../shared/scenario/primitives.ts";
import type { TeamView } from "../../shared/scenario/views.ts";
import { Scripted } from "./scripted.ts";
import type { TestServer } from "./server.ts";

export type Acknowledged = { type: string; playerId: string };
export type PlayOptions = { acked?: Acknowledged[]; share: (cardId: string, role: string) => boolean };

const TRIO: Array<[nickname: string, role: string]> = [
  ["Amir", "AIOS"],
  ["Sanne", "SW"],
  ["Wim", "WV"],
];

/** A host and students (by default AIOS, SW and WV in one team), started and past the first frame of play. */
export async function joinTeamAndStart(server: TestServer, session: CreateSessionResponse, students = TRIO) {
  const sdk = server.colyseus.sdk;
  const host = await Scripted.host(sdk, session.roomId, session.hostKey);
  const players: Scripted[] = [];
  for (const [nickname, role] of students)
    players.push(await Scripted.player(sdk, session.roomId, nickname, role));
  expect(await host.send("host.start")).toBe("ok");
  for (const p of players) await p.waitForView("the game to start", (v) => v.status === "playing");
  return { host, players };
}

export function load(file: string): Scenario {
  const result = parseScenario(
    readFileSync(new URL(`../../scenarios/${file}`, import.meta.url), "utf8"),
    file,
  );
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.scenario;
}

function bestBasis(s: Scenario, cardId: string) {
  const card = s.cards.find((c) => c.id === cardId);
  const score = (b: (typeof BASES)[number]) => card?.bases?.[b]?.score ?? s.basisScores[b] ?? 0;
  return [...BASES].sort((a, b) => score(b) - score(a))[0];
}

/** Plays one team to the end: everyone shares every card, and the team takes the best available option. */
export async function playToTheEnd(s: Scenario, host: Scripted, players: Scripted[], options: PlayOptions) {
  // Only the last sender's view is known to include the last accepted command; others may be a patch behind.
  let last: Scripted = players[0] ?? host;
  const act = async (p: Scripted, type: string, payload: unknown) => {
    const result = await p.send(type, payload);
    expect(result, `${type} ${JSON.stringify(payload)}`).toBe("ok");
    options.acked?.push({ type, playerId: playerIdOf(p) });
    last = p;
  };
  for (const p of players) {
    await act(p, "kennismaken.submit", {
      whoIAm: "Student",
      whatICanDo: "Meedenken",
      howToReachMe: "Via de chat",
    });
  }
  let shared = false;
  for (let guard = 0; guard < 200; guard++) {
    const view = last.view() as TeamView;
    if (view.status === "ended") return view;
    if (!shared && view.phase?.kind === "play") {
      shared = true;
      for (const p of players) {
        const role = roleOf(p);
        for (const card of p.view()?.hand ?? []) {
          if (card.shared || !options.share(card.id, role)) continue;
          await act(
            p,
            "card.share",
            card.sensitive ? { cardId: card.id, basis: bestBasis(s, card.id) } : { cardId: card.id },
          );
        }
      }
      continue;
    }
    const open = view.decisions.find((d) => d.status === "open");
    if (!open) {
      const phase = view.phase?.id;
      expect(await host.send("host.advance", { teamId: "T1" })).toBe("ok");
      await host.waitForView("the next phase", (v) => v.phase?.id !== phase || v.status === "ended");
      last = host;
      continue;
    }
    const spec = s.decisions.find((d) => d.id === open.id);
    const available = open.options.filter((o) => o.available).map((o) => o.id);
    const choice = spec?.options.find((o) => o.best && available.includes(o.id))?.id ?? available[0] ?? "";
    for (const p of players) await act(p, "preference.record", { decisionId: open.id, optionId: choice });
    const [proposer, ...others] = players;
    if (!proposer) throw new Error("no players");
    await act(proposer, "proposal.make", {
      decisionId: open.id,
      optionId: choice,
      rationale: "Dit past bij wat we samen weten.",
    });
    const withProposal = await proposer.waitForView("the proposal", (v) =>
      v.proposals.some(
        (x) => x.decisionId === open.id && x.status !== "rejected" && x.status !== "superseded",
      ),
    );
    const proposal = withProposal.proposals.findLast((x) => x.decisionId === open.id);
    const decided = () => last.view()?.decisions.find((d) => d.id === open.id)?.status === "decided";
    for (const p of others) {
      if (decided()) break;
      await act(p, "proposal.vote", { proposalId: proposal?.id ?? "", agree: true });
    }
    if (!decided()) {
      const regisseur = open.regisseur ? players.find((p) => roleOf(p) === open.regisseur) : proposer;
      await act(regisseur ?? proposer, "decision.confirm", { decisionId: open.id, optionId: choice });
    }
  }
  throw new Error("the game did not end within 200 steps");
}

export function roleOf(p: Scripted): string {
  const viewer = p.view()?.viewer;
  return viewer?.kind === "role" ? viewer.role : "";
}

export function playerIdOf(p: Scripted): string {
  const state = p.room.state as unknown as { players: Map<string, { id: string; sessionId: string }> };
  for (const entry of state.players.values()) if (entry.sessionId === p.room.sessionId) return entry.id;
  return "";
}
