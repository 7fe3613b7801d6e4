// The engine's public API: the server and client import from here only.
/**
 * Wijkcrisis scenario engine — pure and isomorphic (no I/O, no clock, no Math.random).
 *
 * - parseScenario(yamlText, fileName, { language?, fallbackLanguage? }) → { ok: true, scenario, warnings } |
 *   { ok: false, errors: ScenarioIssue[] }, in the scenario's language unless another is asked for. Each issue has
 *   file, line, column, a place named by ids ("beslissing B2 › optie C › effects › WON") and a plain message;
 *   formatIssue(issue, language) / issueMessage(issue, language) give it in any language.
 * - createTeam(scenario, { seed, teamId }) → TeamState (plain JSON)
 * - applyEvent(scenario, state, entry: LogEntry) → { ok: true, state } | { ok: false, reason: RejectionCode }
 *   Never throws and never changes `state`. Team membership arrives as team.join / player.connection entries.
 * - nextDeadline(scenario, state) → game ms at which the server must append a `timer.fire` entry, or null.
 * - viewFor(scenario, state, { kind: "role", role } | { kind: "team" } | { kind: "host" }) → TeamView
 *   An unshared card appears only in its holder's role view and the host view.
 * - replay(scenario, seed, entries, { untilSeq?, untilT?, teamId? }) → TeamState; hashState(state) → hex string.
 * - debrief(scenario, seed, entries) → Debrief measures.
 * - Pooling decides (knowledge.ts): a chosen option plays out as written only with its `needs` on the table,
 *   otherwise as its `uninformed` (or `partial`) consequence; decisions record knowledge, missing and tableAt.
 * - playtest(scenario) → pooling, silent and guessing bots over every path; simulate → seeded bot classes.
 *   The mermaid graph lives in scripts/scenario.
 */
export type { CommandPayloads, CommandType } from "../../shared/scenario/commands.ts";
export { COMMAND_TYPES, COMMANDS } from "../../shared/scenario/commands.ts";
export type { Scenario } from "../../shared/scenario/format.ts";
export type { Actor, LogEntry } from "../../shared/scenario/log.ts";
export { REJECTION_CODES, type RejectionCode } from "../../shared/scenario/rejections.ts";
export type { TeamState } from "../../shared/scenario/state.ts";
export type { TeamView, Viewer } from "../../shared/scenario/views.ts";
export { type ApplyResult, applyEvent, createTeam, nextDeadline } from "./apply.ts";
export { type Debrief, debrief } from "./debrief.ts";
export { hashState } from "./hash.ts";
export { formatIssue, issueMessage, type ScenarioIssue } from "./issues.ts";
export { locateIssues, type ParseOptions, type ParseResult, parseScenario } from "./parse.ts";
export { type PlaytestReport, playtest } from "./playtest.ts";
export { type ReplayOptions, replay } from "./replay.ts";
export { viewFor } from "./view.ts";
