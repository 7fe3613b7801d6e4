// Dutch text for the play page's drawn neighbourhood (client/scene/): its place names, its nudges, and the same
// picture in words for screen readers and for anyone who folds the drawing away.
export const scene = {
  "scene.heading": "De wijk",
  "scene.loading": "De wijk wordt getekend…",
  "scene.failed":
    "De wijk kan in deze browser niet getekend worden. Alles staat ook in tekst op deze pagina.",
  "scene.place.home": "Thuis",
  "scene.place.practice": "Praktijk",
  "scene.place.office": "Wijkteam",
  "scene.table": "Teamtafel",
  "scene.missing": "Er ontbreekt nog iets",
  "scene.inject": "Nieuw bericht",
  "scene.call": "Gebeld · {time}",
  "scene.paused": "Gepauzeerd",
  "scene.picture": "De wijk: tekening van de teamtafel, de plekken in de wijk, de klok en de meters",
  "scene.words": "De wijk in woorden",
  "scene.summary.time": "Fase {phase}: nog {time}.",
  "scene.summary.noTime": "Fase {phase}.",
  "scene.summary.tableOne": "1 kaart op de teamtafel.",
  "scene.summary.tableMany": "{count} kaarten op de teamtafel.",
  "scene.summary.tableNone": "Nog geen kaarten op de teamtafel.",
  "scene.summary.missingOne": "Er ontbreekt nog iets: 1 keuze wacht op informatie.",
  "scene.summary.missing": "Er ontbreekt nog iets: {count} keuzes wachten op informatie.",
  "scene.summary.meter": "{name}: {value} van {max}.",
  "scene.summary.sofar": "Tot dit moment binnengekomen berichten: {injects}; gebelde contacten: {calls}.",
  "scene.replay": "De wijk op dit moment van de terugblik",
  "scene.summary.event": "Laatst: {what} bij {place}.",
} as const;
