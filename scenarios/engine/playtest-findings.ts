// What the bot playtest reports, each finding tied to the place in the file it is about (the best option, the
// outcome reached, the inject that never fires), so the CLI prints file:line:column as `check` does.
import type { Scenario } from "../../shared/scenario/format.ts";
import type { OutcomeLevel } from "../../shared/scenario/primitives.ts";
import { type AuthorText, msg } from "./author-text.ts";
import type { TeamSetup } from "./bots.ts";
import { checkHiddenProfile } from "./hidden-profile.ts";
import type { PathIssue, PathSegment } from "./issues.ts";
import type { PathResult, Strategy } from "./playtest.ts";

export const mmss = (ms: number) =>
  `${String(Math.floor(ms / 60000)).padStart(2, "0")}:${String(Math.floor(ms / 1000) % 60).padStart(2, "0")}`;

/** The item with this id in a top-level list, or the list itself. */
function placeOf(
  s: Scenario,
  list: "decisions" | "outcomes" | "injects",
  id: string | null | undefined,
): PathSegment[] {
  const index = (s[list] as { id: string }[]).findIndex((x) => x.id === id);
  return index < 0 ? [list] : [list, index];
}

function optionPlace(s: Scenario, decision: string, option: string): PathSegment[] {
  const d = s.decisions.findIndex((x) => x.id === decision);
  const o = s.decisions[d]?.options.findIndex((x) => x.id === option) ?? -1;
  return d < 0 || o < 0 ? placeOf(s, "decisions", decision) : ["decisions", d, "options", o];
}

/** "3 spelers" / "2 spelers (zonder WV)". */
export const setupText = (teamSize: number, missing: string | null): AuthorText =>
  missing
    ? msg("authoring.play.setupWithout", { count: teamSize, missing })
    : msg("authoring.play.setup", { count: teamSize });

const issue = (path: PathSegment[], text: AuthorText): PathIssue => ({ path, ...text });

export function profileFindings(s: Scenario): { errors: PathIssue[]; warnings: PathIssue[] } {
  const found = checkHiddenProfile(s).map((f) => ({
    teamSize: f.teamSize,
    issue: issue(optionPlace(s, f.decision, f.option), f.text),
  }));
  return {
    errors: found.filter((f) => f.teamSize === 3).map((f) => f.issue),
    warnings: found.filter((f) => f.teamSize === 2).map((f) => f.issue),
  };
}

export function staticWarnings(s: Scenario): PathIssue[] {
  const out: PathIssue[] = [];
  for (const d of s.decisions)
    for (const o of d.options)
      if (Object.keys(o.effects).length === 0 && !o.consequence)
        out.push(
          issue(
            optionPlace(s, d.id, o.id),
            msg("authoring.play.optionNoEffect", { decision: d.id, option: o.id }),
          ),
        );
  const minutes = s.phases.reduce((sum, p) => sum + p.duration, 0) / 60_000;
  if (minutes !== s.durationMinutes)
    out.push(
      issue(
        ["durationMinutes"],
        msg("authoring.play.phasesDontAddUp", { minutes, stated: s.durationMinutes }),
      ),
    );
  return out;
}

interface Run {
  setup: TeamSetup;
  strategy: Strategy;
  paths: PathResult[];
  truncated: boolean;
  bestLevel: OutcomeLevel;
  max: number;
}

/** Only pooling may reach the best level, and pooling must reach it. */
export function runFindings(s: Scenario, run: Run): { errors: PathIssue[]; warnings: PathIssue[] } {
  const errors: PathIssue[] = [];
  const warnings: PathIssue[] = [];
  const { strategy, bestLevel } = run;
  const setup = setupText(run.setup.roles.length, run.setup.missing);
  const wins = run.paths.filter((p) => p.level === bestLevel);
  const [win] = wins;
  if (strategy !== "pool" && win) {
    const example = win.choices.join(" ");
    const text = msg("authoring.play.winsSilent", {
      setup,
      strategy,
      count: wins.length,
      level: bestLevel,
      example,
      outcome: win.outcome ?? "",
    });
    errors.push(issue(placeOf(s, "outcomes", win.outcome), text));
  }
  if (strategy === "pool" && wins.length === 0) {
    const best = s.outcomes.find((o) => o.level === bestLevel)?.id;
    const text = run.truncated
      ? msg("authoring.play.poolNeverWinsBounded", { setup, level: bestLevel, count: run.paths.length })
      : msg("authoring.play.poolNeverWins", { setup, level: bestLevel });
    errors.push(issue(placeOf(s, "outcomes", best), text));
  }
  if (run.truncated)
    warnings.push(issue(["decisions"], msg("authoring.play.stoppedAt", { setup, strategy, max: run.max })));
  return { errors, warnings };
}

/** The decision a path's last choice ("B1-C", "B1:⏱") was about; ids may hold dashes, so match whole ids. */
function lastDecision(s: Scenario, choices: string[]): string | undefined {
  const last = choices.at(-1) ?? "";
  return s.decisions
    .map((d) => d.id)
    .filter((id) => last.startsWith(`${id}-`) || last.startsWith(`${id}:`))
    .sort((a, b) => b.length - a.length)[0];
}

export function pathProblems(s: Scenario, paths: PathResult[]): PathIssue[] {
  return paths.flatMap((p) => {
    if (!p.problem) return [];
    const text = msg("authoring.play.path", {
      setup: setupText(p.teamSize, p.missing),
      strategy: p.strategy,
      choices: p.choices.join(" "),
      problem: p.problem,
    });
    const decision = lastDecision(s, p.choices);
    return [issue(decision ? placeOf(s, "decisions", decision) : ["phases"], text)];
  });
}

/** Outcomes no bot reaches and injects no bot sees are worth a look. */
export function coverageWarnings(s: Scenario, paths: PathResult[]): PathIssue[] {
  const out: PathIssue[] = [];
  const reached = new Set(paths.map((p) => p.outcome));
  s.outcomes.forEach((o, i) => {
    if (!reached.has(o.id))
      out.push(issue(["outcomes", i], msg("authoring.play.outcomeUnreached", { outcome: o.id })));
  });
  const fired = new Set(paths.flatMap((p) => p.fired));
  s.injects.forEach((inj, i) => {
    if (!inj.manual && !fired.has(inj.id))
      out.push(issue(["injects", i], msg("authoring.play.injectNeverFires", { inject: inj.id })));
  });
  return out;
}
