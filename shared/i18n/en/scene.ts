// English text for the play page's drawn neighbourhood; the type makes it cover every Dutch key of the group.
import type { scene as nl } from "../nl/scene.ts";

export const scene = {
  "scene.heading": "The neighbourhood",
  "scene.loading": "Drawing the neighbourhood…",
  "scene.failed": "This browser cannot draw the neighbourhood. Everything is also on this page as text.",
  "scene.place.home": "Home",
  "scene.place.practice": "Practice",
  "scene.place.office": "Wijkteam",
  "scene.table": "Team table",
  "scene.missing": "Something is still missing",
  "scene.inject": "New message",
  "scene.call": "Called · {time}",
  "scene.paused": "Paused",
  "scene.picture":
    "The neighbourhood: a drawing of the team table, the places in the neighbourhood, the clock and the meters",
  "scene.words": "The neighbourhood in words",
  "scene.summary.time": "Phase {phase}: {time} left.",
  "scene.summary.noTime": "Phase {phase}.",
  "scene.summary.tableOne": "1 card on the team table.",
  "scene.summary.tableMany": "{count} cards on the team table.",
  "scene.summary.tableNone": "No cards on the team table yet.",
  "scene.summary.missingOne": "Something is still missing: 1 choice is waiting for information.",
  "scene.summary.missing": "Something is still missing: {count} choices are waiting for information.",
  "scene.summary.meter": "{name}: {value} of {max}.",
  "scene.summary.sofar": "Messages up to this moment: {injects}; contacts called: {calls}.",
  "scene.replay": "The neighbourhood at this moment of the replay",
  "scene.summary.event": "Latest: {what} at {place}.",
} as const satisfies Record<keyof typeof nl, string>;
