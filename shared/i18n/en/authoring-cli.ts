// English text of the author CLI; the type makes it cover every Dutch key of the group.
import type { authoringCli as nl } from "../nl/authoring-cli.ts";

export const authoringCli = {
  "authoring.cli.usage": `usage: npm run scenario -- <verb> [file...] [options]
  check <file...>    validate scenario files; every problem as file:line:column  place  message
  playtest <file>    pooling, silent and guessing bots take every decision path; fails when a team that
                     shares nothing can reach the best outcome
                       --all              list every path   --outcome good|mixed|bad   only those paths
  simulate <file>    seeded bot classes that share each card with probability P: outcomes per P
                       --teams N (default 200)  --share P (0–1; default 0, .25, .5, .75 and 1)
                       --players N (a team size the scenario has; default all roles)  --seed S (default 1)
  graph <file>       print the scenario as a Mermaid statechart
  schema             write scenarios/scenario.schema.json from the zod format
language of the messages: --lang nl|en; without --lang the scenario's own (language: nl or en), then LANG's
  (nl_NL.UTF-8 → nl, en_GB.UTF-8 → en), else Dutch.`,
  "authoring.cli.warning": "warning: {message}",
  "authoring.cli.error": "error: {message}",
  "authoring.cli.ok": "{file}: ok",
  "authoring.cli.unreadable": "{file}: cannot read this file",
  "authoring.cli.passed": "playtest passed",
  "authoring.cli.failed": "playtest failed: {count} errors",
  "authoring.cli.title": '{title} — bot playtest; the best outcome level is "{level}"',
  "authoring.cli.more": "… {count} more paths (--all lists every path, --outcome good|mixed|bad filters)",
  "authoring.cli.knew":
    "knew: per decision, ✓ chosen with its needed cards on the table, ½ with some, ✗ without",
  "authoring.cli.lang": '--lang must be nl or en, not "{value}"',
  "authoring.cli.flagWhole": '--{name} must be a whole number from {min} to {max}, not "{value}"',
  "authoring.cli.flagNumber": '--{name} must be a number from {min} to {max}, not "{value}"',
  "authoring.cli.players": "--players {players}: this scenario plays with {counts} players",
  "authoring.cli.outcomeFlag": '--outcome must be {levels}, not "{value}"',
  "authoring.cli.wrote": "wrote {file}",
  "authoring.cli.head.summary": "team\tstrategy\tpaths",
  "authoring.cli.head.paths": "team\tstrategy\tend\tlevel\toutcome\tknew\tmeters\tpath",
  "authoring.cli.sim.title": "{title} — simulated bot teams of {setup}",
  "authoring.cli.sim.rows": "share P\tteams\t{levels}\tcritical pooled",
  "authoring.cli.sim.levels": "outcome\tteams\tmean critical pooled",
  "authoring.cli.sim.legend":
    "Each card is shared with probability P; a team picks the best option only when its needed cards are on the table, otherwise a member's solo option.",
} as const satisfies Record<keyof typeof nl, string>;
