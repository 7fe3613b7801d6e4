// A deterministic class log for benchmarks: several bot teams play a whole game, and the class chats a lot in between.
import { nextDeadline } from "../../scenarios/engine/apply.ts";
import { bestBasis, inPlayPhase, openDecision, unsharedHeld } from "../../scenarios/engine/bots.ts";
import { holds } from "../../scenarios/engine/conditions.ts";
import { teamSeed } from "../../scenarios/engine/session.ts";
import { HOST, LogWriter, SYSTEM } from "../../scenarios/engine/writer.ts";
import type { Scenario } from "../../shared/scenario/format.ts";
import type { Actor, LogEntry } from "../../shared/scenario/log.ts";
import type { SessionLogEntry } from "../../shared/scenario/session-entries.ts";

/** One team's game through the pure API: joins, introductions, most cards shared, every decision voted. */
function playTeam(s: Scenario, sessionSeed: number, teamId: string): { log: LogEntry[]; players: Actor[] } {
  const w = new LogWriter(s, teamSeed(sessionSeed, teamId), teamId);
  const players = s.roles.map((r, i) => w.join(`${teamId}-p${i + 1}`, r.id, `Speler ${teamId}.${i + 1}`));
  w.must(HOST, "host.start", {});
  for (const p of players)
    w.send(p, "kennismaken.submit", { whoIAm: "ik", whatICanDo: "dit", howToReachMe: "06" });
  let skipped = 0;
  for (let guard = 0; guard < 500 && w.state.status !== "ended"; guard++) {
    const open = openDecision(w);
    if (open && inPlayPhase(w)) {
      for (const p of players)
        for (const card of unsharedHeld(w, p)) {
          // Every third card stays in the hand, so some decisions are taken without what they need.
          if (skipped++ % 3 === 0) continue;
          w.t += 5_000;
          w.send(p, "card.share", { cardId: card, basis: bestBasis(s, card) });
        }
      const d = s.decisions.find((x) => x.id === open);
      const option = d?.options.find((o) => holds(w.state, o.available));
      if (d && option) {
        w.t += 10_000;
        for (const p of players) w.send(p, "preference.record", { decisionId: open, optionId: option.id });
        const [first, ...rest] = players;
        if (
          first &&
          w.send(first, "proposal.make", { decisionId: open, optionId: option.id, rationale: "omdat" }).ok
        ) {
          const id = w.state.proposals.at(-1)?.id ?? "";
          for (const p of rest) w.send(p, "proposal.vote", { proposalId: id, agree: true });
          if (w.state.decisions[open]?.status !== "decided")
            for (const p of players) w.send(p, "decision.confirm", { decisionId: open, optionId: option.id });
        }
        if (w.state.decisions[open]?.status === "decided") continue;
      }
    }
    const next = nextDeadline(s, w.state);
    if (next === null) break;
    w.t = Math.max(w.t, next);
    if (!w.send(SYSTEM, "timer.fire", {}).ok) break;
  }
  return { log: w.entries, players };
}

/**
 * `teams` teams, `total` entries in all: the teams' games, with chat spread evenly over each game's time. The
 * entries are numbered once more in time order across the class, as the server numbers its one log; proposal
 * ids (made from the seq) follow along.
 */
export function buildClassLog(s: Scenario, teams: number, total: number, sessionSeed = 7): SessionLogEntry[] {
  const teamIds = Array.from({ length: teams }, (_, i) => `T${i + 1}`);
  const session: SessionLogEntry[] = [];
  const played = teamIds.map((teamId) => ({ teamId, ...playTeam(s, sessionSeed, teamId) }));
  for (const { players } of played)
    for (const p of players)
      if (p.kind === "player")
        session.push({
          seq: 0,
          t: 0,
          team: null,
          actor: SYSTEM,
          type: "lobby.join",
          payload: { playerId: p.playerId, nickname: `Speler ${p.playerId}`, preferredRole: p.role },
        });
  session.push({
    seq: 0,
    t: 0,
    team: null,
    actor: HOST,
    type: "session.start",
    payload: { seed: sessionSeed, teams: teamIds },
  });
  const structural = played.reduce((n, x) => n + x.log.length, 0);
  const chatPerTeam = Math.max(0, Math.floor((total - structural - session.length) / teams));
  const teamEntries: SessionLogEntry[] = [];
  for (const { teamId, log, players } of played) {
    const start = log.find((e) => e.type === "host.start")?.t ?? 0;
    const end = log.at(-1)?.t ?? start;
    const chat: LogEntry[] = Array.from({ length: chatPerTeam }, (_, i) => ({
      seq: 0,
      t: start + 1 + Math.floor(((end - start - 2) * i) / Math.max(1, chatPerTeam)),
      actor: players[i % players.length] as Actor,
      type: "chat.say",
      payload: { text: `bericht ${i} van ${teamId} over de casus` },
    }));
    // Stable merge by time: a game entry goes before chat at the same time.
    const merged: LogEntry[] = [];
    let c = 0;
    for (const e of log) {
      while (c < chat.length && (chat[c] as LogEntry).t < e.t) merged.push(chat[c++] as LogEntry);
      merged.push(e);
    }
    merged.push(...chat.slice(c));
    for (const e of merged) teamEntries.push({ ...e, team: teamId });
  }
  teamEntries.sort((a, b) => a.t - b.t);
  const all = [...session, ...teamEntries];
  const renumbered = new Map<string, string>();
  return all.map((e, i) => {
    const seq = i + 1;
    const old = e.team !== null ? (e as LogEntry & { team: string }) : null;
    if (old && e.type === "proposal.make") renumbered.set(`${e.team}:P${old.seq}`, `P${seq}`);
    let payload = e.payload;
    if (e.type === "proposal.vote") {
      const p = payload as { proposalId: string; agree: boolean };
      payload = { ...p, proposalId: renumbered.get(`${e.team}:${p.proposalId}`) ?? p.proposalId };
    }
    return { ...e, seq, payload };
  });
}
