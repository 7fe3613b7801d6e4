// Bot playtest: bots take every decision path (bounded) and report how each one ends.
import type { Scenario } from "../../shared/scenario/format.ts";
import type { Actor } from "../../shared/scenario/log.ts";
import { BASES, type Basis } from "../../shared/scenario/primitives.ts";
import { nextDeadline } from "./apply.ts";
import { holds } from "./conditions.ts";
import { checkHiddenProfile } from "./hidden-profile.ts";
import { lookup } from "./lookup.ts";
import { HOST, LogWriter, SYSTEM } from "./writer.ts";

export type ShareStrategy = "pool" | "silent";

export interface PathResult {
  teamSize: number;
  strategy: ShareStrategy;
  choices: string[];
  outcome: string | null;
  level: string | null;
  endT: number;
  meters: Record<string, number>;
  problem: string | null;
}

export interface PlaytestReport {
  paths: PathResult[];
  truncated: boolean;
  errors: string[];
  warnings: string[];
}

interface Branch {
  w: LogWriter;
  choices: string[];
  expire: Set<string>;
  shared: boolean;
}

function bestBasis(s: Scenario, cardId: string): Basis {
  const card = s.cards.find((c) => c.id === cardId);
  const score = (b: Basis) => card?.bases?.[b]?.score ?? s.basisScores[b] ?? 0;
  return [...BASES].sort((a, b) => score(b) - score(a))[0] ?? "toestemming";
}

function decideAs(b: Branch, actors: Actor[], decisionId: string, optionId: string): string | null {
  const s = b.w.scenario;
  const d = lookup(s).decisions.get(decisionId);
  for (const a of actors) {
    if (a.kind !== "player") continue;
    const solo = d?.solo[a.role];
    const soloOk = solo && holds(b.w.state, lookup(s).options.get(`${decisionId}.${solo}`)?.available);
    const r = b.w.send(a, "preference.record", { decisionId, optionId: soloOk ? solo : optionId });
    if (!r.ok) return `preference.record refused: ${r.reason}`;
  }
  const [first, ...rest] = actors;
  if (!first) return "no players";
  const made = b.w.send(first, "proposal.make", { decisionId, optionId, rationale: "bot" });
  if (!made.ok) return `proposal.make refused: ${made.reason}`;
  const proposal = b.w.state.proposals[b.w.state.proposals.length - 1];
  for (const a of rest) {
    if (b.w.state.decisions[decisionId]?.status === "decided") break;
    const v = b.w.send(a, "proposal.vote", { proposalId: proposal?.id ?? "", agree: true });
    if (!v.ok) return `proposal.vote refused: ${v.reason}`;
  }
  if (b.w.state.decisions[decisionId]?.status !== "decided") {
    const regisseur = actors.find(
      (a) => a.kind === "player" && b.w.send(a, "decision.confirm", { decisionId, optionId }).ok,
    );
    if (!regisseur) return `decision ${decisionId} could not be confirmed`;
  }
  return null;
}

export function playtest(s: Scenario, maxPathsPerTeam = 3000): PlaytestReport {
  const paths: PathResult[] = [];
  const errors: string[] = checkHiddenProfile(s)
    .filter((f) => f.teamSize === 3)
    .map((f) => f.message);
  const warnings: string[] = checkHiddenProfile(s)
    .filter((f) => f.teamSize === 2)
    .map((f) => f.message);
  const total = s.phases.reduce((sum, p) => sum + p.duration, 0);
  const configs: [string[], ShareStrategy][] = [
    [s.roles.map((r) => r.id), "pool"],
    [s.roles.map((r) => r.id), "silent"],
    [s.roles.filter((r) => !r.optional).map((r) => r.id), "pool"],
  ];
  let truncated = false;
  for (const [roles, strategy] of configs) {
    const limit = paths.length + maxPathsPerTeam;
    const w = new LogWriter(s, 1, "bots");
    const actors = roles.map((role, i) => w.join(`bot${i + 1}`, role));
    w.must(HOST, "host.start", {});
    for (const a of actors)
      w.send(a, "kennismaken.submit", { whoIAm: "bot", whatICanDo: "bot", howToReachMe: "bot" });
    const stack: Branch[] = [{ w, choices: [], expire: new Set(), shared: false }];
    while (stack.length > 0) {
      if (paths.length >= limit) {
        truncated = true;
        break;
      }
      const b = stack.pop() as Branch;
      const finish = (problem: string | null) =>
        paths.push({ ...pathOf(b, roles.length, strategy), problem });
      for (let guard = 0; ; guard++) {
        const st = b.w.state;
        if (st.status === "ended") {
          finish(b.w.t > total ? `ends at ${b.w.t} ms, after the time limit of ${total} ms` : null);
          break;
        }
        if (guard > 1000) {
          finish("no progress after 1000 steps");
          break;
        }
        if (
          strategy === "pool" &&
          !b.shared &&
          st.phase &&
          lookup(s).phases.get(st.phase)?.phase.kind === "play"
        ) {
          b.shared = true;
          for (const a of actors) {
            if (a.kind !== "player") continue;
            for (const [card, holder] of Object.entries(st.cardOwner)) {
              if (holder === a.role) b.w.send(a, "card.share", { cardId: card, basis: bestBasis(s, card) });
            }
          }
          continue;
        }
        const open = s.decisions.find((d) => st.decisions[d.id]?.status === "open" && !b.expire.has(d.id));
        if (open) {
          const options = open.options.filter((o) => holds(st, o.available)).map((o) => o.id);
          for (const choice of [...options, "timeout"].reverse()) {
            const fork: Branch = {
              w: b.w.fork(),
              choices: [...b.choices],
              expire: new Set(b.expire),
              shared: b.shared,
            };
            if (choice === "timeout") {
              fork.expire.add(open.id);
              fork.choices.push(`${open.id}:⏱`);
              stack.push(fork);
              continue;
            }
            const problem = decideAs(fork, actors, open.id, choice);
            fork.choices.push(`${open.id}-${choice}`);
            if (problem) {
              paths.push({ ...pathOf(fork, roles.length, strategy), problem });
              continue;
            }
            stack.push(fork);
          }
          break;
        }
        const next = nextDeadline(s, st);
        if (next === null) {
          finish("dead end: the game has not ended and nothing is due");
          break;
        }
        b.w.t = Math.max(b.w.t, next);
        const fired = b.w.send(SYSTEM, "timer.fire", {});
        if (!fired.ok) {
          finish(`timer.fire refused: ${fired.reason}`);
          break;
        }
      }
    }
  }
  for (const p of paths)
    if (p.problem) errors.push(`${p.teamSize} players, ${p.strategy}: ${p.choices.join(" ")}: ${p.problem}`);
  const reached = new Set(paths.map((p) => p.outcome));
  for (const o of s.outcomes) if (!reached.has(o.id)) warnings.push(`no bot path reaches outcome ${o.id}`);
  return { paths, truncated, errors, warnings };
}

function pathOf(b: Branch, teamSize: number, strategy: ShareStrategy): Omit<PathResult, "problem"> {
  return {
    teamSize,
    strategy,
    choices: b.choices,
    outcome: b.w.state.outcome?.id ?? null,
    level: b.w.state.outcome?.level ?? null,
    endT: b.w.t,
    meters: { ...b.w.state.meters },
  };
}
