// What the bot team-mates do in a preview where the author plays one role: one move at a time, so each shows a
// moment after the author's own. They introduce themselves, put their cards on the table (unless they keep quiet),
// record a preference on each open decision, agree with every proposal, and confirm it when they are the regisseur.
// They never propose: the team's choice is the author's to make. Every move goes through the engine (LogWriter).
import { availableOptions, inPlayPhase, share, unsharedHeld } from "../../../scenarios/engine/bots.ts";
import { openProposal } from "../../../scenarios/engine/command-rules.ts";
import { ruleFor } from "../../../scenarios/engine/flow.ts";
import type { LogWriter } from "../../../scenarios/engine/writer.ts";
import type { Actor } from "../../../shared/scenario/log.ts";

/** pool: the bots share everything they hold; silent: they keep their cards to themselves. */
export type BotSharing = "pool" | "silent";

type PlayerActor = Extract<Actor, { kind: "player" }>;

const players = (bots: Actor[]) => bots.filter((b): b is PlayerActor => b.kind === "player");

function introduce(w: LogWriter, bot: PlayerActor): boolean {
  if (w.state.status !== "playing" || Object.hasOwn(w.state.kennismaken, bot.playerId)) return false;
  const intro = { whoIAm: `Bot (${bot.role})`, whatICanDo: "—", howToReachMe: "—" };
  return w.send(bot, "kennismaken.submit", intro).ok;
}

function shareOne(w: LogWriter, bot: PlayerActor): boolean {
  if (!inPlayPhase(w)) return false;
  return unsharedHeld(w, bot).some((card) => share(w, bot, card));
}

/** The bot's own solo option where it is open (its first idea), else the first open option. */
function prefer(w: LogWriter, bot: PlayerActor, decisionId: string): boolean {
  const d = w.scenario.decisions.find((x) => x.id === decisionId);
  const state = w.state.decisions[decisionId];
  if (!d || !state || Object.hasOwn(state.preferences, bot.playerId)) return false;
  if (w.state.proposals.some((p) => p.decisionId === decisionId)) return false;
  const open = availableOptions(w, decisionId);
  const solo = d.solo[bot.role];
  const choice = solo && open.includes(solo) ? solo : open[0];
  return choice !== undefined && w.send(bot, "preference.record", { decisionId, optionId: choice }).ok;
}

function agree(w: LogWriter, bot: PlayerActor, decisionId: string): boolean {
  const p = openProposal(w.state.proposals, decisionId);
  if (!p || Object.hasOwn(p.votes, bot.playerId) || p.playerId === bot.playerId) return false;
  return w.send(bot, "proposal.vote", { proposalId: p.id, agree: true }).ok;
}

function confirm(w: LogWriter, bot: PlayerActor, decisionId: string): boolean {
  const rule = ruleFor(w.scenario, w.state, decisionId);
  const p = openProposal(w.state.proposals, decisionId);
  if (!p || rule === "consensus" || rule.regisseur !== bot.role) return false;
  return w.send(bot, "decision.confirm", { decisionId, optionId: p.optionId }).ok;
}

/** Makes the first move some bot has to make, and says whether there was one. */
export function botMove(w: LogWriter, bots: Actor[], sharing: BotSharing): boolean {
  if (w.state.status !== "playing" || w.state.paused) return false;
  const team = players(bots);
  for (const bot of team) if (introduce(w, bot)) return true;
  if (sharing === "pool") for (const bot of team) if (shareOne(w, bot)) return true;
  const open = w.scenario.decisions.filter((d) => w.state.decisions[d.id]?.status === "open");
  for (const d of open) {
    for (const bot of team) if (prefer(w, bot, d.id)) return true;
    for (const bot of team) if (agree(w, bot, d.id)) return true;
    for (const bot of team) if (confirm(w, bot, d.id)) return true;
  }
  return false;
}
