// English text for scenario authors about a file's YAML and its fields; the type makes it cover every Dutch key.
import type { authoring as nl } from "../nl/authoring.ts";

export const authoring = {
  "authoring.path.document": "(whole file)",
  "authoring.path.syntax": "(YAML syntax)",
  "authoring.path.item": "{kind} {id}",
  "authoring.path.index": "{list} no. {n}",
  "authoring.kind.learningGoal": "learning goal",
  "authoring.kind.sharedFact": "shared fact",
  "authoring.kind.meter": "meter",
  "authoring.kind.role": "role",
  "authoring.kind.card": "card",
  "authoring.kind.phase": "phase",
  "authoring.kind.decision": "decision",
  "authoring.kind.option": "option",
  "authoring.kind.inject": "inject",
  "authoring.kind.contact": "contact",
  "authoring.kind.outcome": "outcome",
  "authoring.kind.debriefQuestion": "debrief question",
  "authoring.kinds.learningGoal": "learning goals",
  "authoring.kinds.sharedFact": "shared facts",
  "authoring.kinds.meter": "meters",
  "authoring.kinds.role": "roles",
  "authoring.kinds.card": "cards",
  "authoring.kinds.phase": "phases",
  "authoring.kinds.decision": "decisions",
  "authoring.kinds.option": "options",
  "authoring.kinds.inject": "injects",
  "authoring.kinds.contact": "contacts",
  "authoring.kinds.outcome": "outcomes",
  "authoring.kinds.debriefQuestion": "debrief questions",
  "authoring.or": "{a} or {b}",

  "authoring.yaml.colon":
    'YAML reads a colon followed by a space (": ") as the start of a new field: put quotes around a text that contains a colon, for example text: "She says: no"',
  "authoring.yaml.colonInBraces":
    'inside { } or [ ] YAML reads a colon as a new field: put quotes around a text that contains a colon, for example { id: A1, text: "She says: no" }',
  "authoring.yaml.noValue":
    'this line is not "field: value": put a colon after the field name; if the line belongs to the text above, put that whole text in quotes',
  "authoring.yaml.quote": "a quote is not closed: end the text with the same mark (\" or ') it starts with",
  "authoring.yaml.unclosed":
    "a list in [ ] or a block in { } is not closed, or the lines below it are not indented far enough",
  "authoring.yaml.indent":
    "the fields of one block must be indented exactly as far: check the spaces at the start of this line",
  "authoring.yaml.tab": "indent with spaces, not tabs",
  "authoring.yaml.duplicate": "this field appears twice in the same block: remove one",
  "authoring.yaml.other":
    "YAML cannot read this line ({detail}): check the indentation, the colons and the quotes",

  "authoring.field.unknown": "unknown field `{key}`: check the spelling (allowed here: {known})",
  "authoring.field.didYouMean": "unknown field `{key}`: did you mean `{suggestion}`?",
  "authoring.field.missing": "the field `{key}` is missing: it takes {expected}",
  "authoring.field.missingLanguage":
    "the field `language` is missing: write `language: nl` at the top for a Dutch scenario, or `language: en` for an English one",
  "authoring.value.type": "this takes {expected}, but it holds {found}",
  "authoring.value.choice": "{value} is not allowed here: use {allowed}",
  "authoring.value.duration":
    '"{value}" is not a duration: write minutes and seconds as "mm:ss" in quotes, for example "04:00" for four minutes',
  "authoring.value.moment":
    '"{value}" is not a moment: write "start", "end" or the time after the phase began as "mm:ss" in quotes, for example "04:00"',
  "authoring.value.meterRange": "meters run from 0 to 5: {value} is not possible",
  "authoring.value.effectRange": "an effect changes a meter by -5 to 5: {value} is not possible",
  "authoring.value.range": "this takes a whole number from {min} to {max}: {value} is not possible",
  "authoring.value.whole": "this takes a whole number, without a decimal point: {value} is not possible",
  "authoring.value.listShort": "this list needs at least {min}, it now has {count}",
  "authoring.value.listLong": "this list may have at most {max}, it now has {count}",
  "authoring.value.emptyText":
    "this text is empty: write something, or leave the field out if it is optional",
  "authoring.value.id":
    '"{value}" is not a valid id: start with a letter, followed by at most 39 letters, digits, - or _ (for example B1)',
  "authoring.value.roleId":
    '"{value}" is not a valid role id: 2 to 6 capital letters, for example AIOS, SW or WV',
  "authoring.value.scenarioId":
    '"{value}" is not a valid scenario id: lower-case letters and digits joined by dashes, for example mrs-de-vries-falls',
  "authoring.value.format": '"{value}" does not have the right form here',
  "authoring.value.condition":
    "this is not a condition: a condition is a block with exactly one of {kinds}, for example { shared: A1 }",
  "authoring.value.meterTest":
    "a meter condition names `atLeast` or `atMost` (or both), for example { meter: { id: WON, atLeast: 3 } }",
  "authoring.value.union": "this is not allowed here: it takes {expected}",
  "authoring.value.other": "this value is not right ({detail})",
  "authoring.document.notMapping":
    "a scenario file is a series of fields (id: …, title: …, language: …), not a single text or a list",

  "authoring.type.string": "a text",
  "authoring.type.number": "a number",
  "authoring.type.int": "a whole number",
  "authoring.type.boolean": "true or false",
  "authoring.type.array": "a list",
  "authoring.type.object": "a block of fields",
  "authoring.type.other": "another value",
  "authoring.found.nothing": "nothing (the field is empty)",
  "authoring.found.text": 'the text "{value}"',
  "authoring.found.number": "the number {value}",
  "authoring.found.boolean": "{value}",
  "authoring.found.list": "a list",
  "authoring.found.block": "a block of fields",
  "authoring.type.blockWith": "a block with `{key}`",
  "authoring.type.literal": "`{value}`",
} as const satisfies Record<keyof typeof nl, string>;
