// English text for scenario authors: checks across fields, style warnings, the bot playtest and the author CLI;
// the type makes it cover every Dutch key of the group.
import type { authoringChecks as nl } from "../nl/authoring-checks.ts";

export const authoringChecks = {
  "authoring.check.duplicateId": 'the id "{id}" is used twice among the {kinds}: give each its own id',
  "authoring.check.duplicateOption": 'decision {decision} has two options with the id "{option}"',
  "authoring.check.noSuch": 'there is no {kind} "{id}"',
  "authoring.check.noOption": 'decision {decision} has no option "{option}"',
  "authoring.check.optionalNeedsRedistribution":
    "role {role} is optional, so it needs a `redistribution`: who gets the cards of {role} when there are only two players?",
  "authoring.check.twoRequiredRoles": "at least two roles must be required (not `optional: true`)",
  "authoring.check.otherwiseWithoutWhen":
    "card {card}: `otherwise` without `when` never counts: add a `when`, or put the score in the basis itself",
  "authoring.check.basesNotSensitive":
    "card {card} has `bases` but is not marked sensitive: add `sensitive` to `marks` or remove `bases`",
  "authoring.check.redistributionNotOptional": 'role "{role}" is not an optional role of this scenario',
  "authoring.check.cardNotOfMissing": "card {card} belongs to {owner}, not {missing}",
  "authoring.check.moveToMissing": "a card cannot move to the missing role",
  "authoring.check.bestNeedsCards":
    "option {option} of {decision} is the best option and must list the cards it rests on in `needs`",
  "authoring.check.bestNeedsUninformed":
    "option {option} of {decision} is the best option and needs an `uninformed`: what happens when a team chooses it without the cards it needs?",
  "authoring.check.uninformedWithoutNeeds":
    "option {option} of {decision} has an `uninformed` but lists no cards in `needs`",
  "authoring.check.partialNotNeeded":
    "card {card} is not one of the cards option {option} of {decision} needs",
  "authoring.check.partialLeavesOut": "a partial result (`partial`) must leave out at least one needed card",
  "authoring.check.hiddenWithoutAvailable":
    "option {option} of {decision} is `hidden` but has no `available` condition",
  "authoring.check.noBestOption": "decision {decision} has no best option: put `best: true` on one option",
  "authoring.check.injectTimeWithoutPhase": "inject {inject} has a time (`at`) but no phase (`phase`)",
  "authoring.check.injectAfterPhaseEnd": "inject {inject} is timed after the end of phase {phase}",
  "authoring.check.injectTimeAndAfter": "an inject has a time (`at`) or an option (`after`), not both",
  "authoring.check.injectNoTrigger":
    "inject {inject} needs a trigger: `at`, `after`, `if`, or `manual: true` for the facilitator",
  "authoring.check.contactEmpty":
    "contact {contact} must reveal a card (`reveals`) or be answered by the facilitator (`facilitator: true`)",
  "authoring.check.lastOutcomeCondition":
    "the last outcome is the one used when no other fits, and must not have a condition (`when`)",
  "authoring.check.outcomeNeedsCondition":
    "outcome {outcome} needs a condition (`when`): only the last outcome may leave it out",

  "authoring.style.longLabel":
    "the label of option {option} of {decision} is {length} characters, more than {ratio}× the median of {decision} ({median}): a long, detailed label gives the answer away; put the plan in `consequence`",
  "authoring.style.bestIsLongest":
    "the best option has the longest label in {count} of {total} decisions: a team could win by picking the longest text",
  "authoring.style.cardNeedsTitle":
    'card {card} is needed by a best option but has no `title`: after the game the outcome screen can only say "a card of {owner}"',

  "authoring.style.injectWrongPhase":
    "inject {inject} never happens: it falls in phase {phase}, but its condition asks for phase {wanted}",
  "authoring.style.injectWaitsOnLater":
    "inject {inject} never happens: it falls in phase {phase}, but its condition waits for decision {decision}, which only comes in the later phase {later}",
  "authoring.style.injectWaitsOnItself":
    "inject {inject} never happens: its condition asks that it has happened already",
  "authoring.style.recommendedNotOptional":
    "role {role} is `recommended` but not optional: a required role is always there; set `optional: true` or remove `recommended`",

  "authoring.profile.noCritical":
    "best option {option} of {decision} needs no critical cards; it must need critical cards of at least two roles",
  "authoring.profile.oneRole":
    "best option {option} of {decision} needs critical cards of {role} only; it must need critical cards of at least two roles",
  "authoring.profile.noCriticalTwo":
    "with two players (no {missing}) best option {option} of {decision} needs no critical cards; it must need critical cards of at least two roles",
  "authoring.profile.oneRoleTwo":
    "with two players (no {missing}) best option {option} of {decision} needs critical cards of {role} only; it must need critical cards of at least two roles",

  "authoring.play.setup": "{count} players",
  "authoring.play.setupWithout": "{count} players (no {missing})",
  "authoring.play.path": "{setup}, {strategy}: {choices}: {problem}",
  "authoring.play.tooLong": "ends at {end}, after the time limit of {limit}",
  "authoring.play.stuck": "no progress after 1000 steps",
  "authoring.play.noOption": "no option of {decision} is available",
  "authoring.play.deadEnd": "dead end: the game has not ended and nothing is due",
  "authoring.play.refused": "the clock was refused: {reason}",
  "authoring.play.winsSilent":
    '{setup}, {strategy}: {count} path(s) reach the best outcome level "{level}" without pooling, e.g. {example} → {outcome}',
  "authoring.play.poolNeverWins":
    '{setup}, pool: no path reaches "{level}" even when the team shares everything',
  "authoring.play.poolNeverWinsBounded":
    '{setup}, pool: no path reaches "{level}" even when the team shares everything (of the first {count} paths; the rest were not played)',
  "authoring.play.stoppedAt": "{setup}, {strategy}: stopped at {max} paths",
  "authoring.play.outcomeUnreached": "no bot path reaches outcome {outcome}",
  "authoring.play.injectNeverFires": "inject {inject} fires in no bot path",
  "authoring.play.optionNoEffect":
    "option {option} of {decision} has neither `effects` nor a `consequence`: choosing it changes nothing and says nothing",
  "authoring.play.phasesDontAddUp":
    "the phases last {minutes} minutes in all, but `durationMinutes` says {stated}",
} as const satisfies Record<keyof typeof nl, string>;
