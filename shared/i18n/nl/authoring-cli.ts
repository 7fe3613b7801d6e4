// Dutch text of the author CLI (npm run scenario): its help, its flags' complaints and the playtest table.
export const authoringCli = {
  "authoring.cli.usage": `gebruik: npm run scenario -- <opdracht> [bestand...] [opties]
  check <bestand...>   controleer scenariobestanden; elk probleem als bestand:regel:kolom  plek  melding
  playtest <bestand>   bots die alles delen (pool), niets delen (silent) en gokken (guess) nemen elk pad door de
                       beslissingen; mislukt als een team dat niets deelt de beste uitkomst haalt
                         --all              elk pad tonen   --outcome good|mixed|bad   alleen die paden
  simulate <bestand>   klassen van bots die elke kaart met kans P delen: uitkomsten per P
                         --teams N (standaard 200)  --share P (0–1; standaard 0, .25, .5, .75 en 1)
                         --players N (een teamgrootte van het scenario; standaard alle rollen)  --seed S (standaard 1)
  graph <bestand>      het scenario als Mermaid-toestandsdiagram
  schema               scenarios/scenario.schema.json opnieuw schrijven uit het zod-formaat
taal van de meldingen: --lang nl|en; zonder --lang de taal van het scenario (language: nl of en), dan die van
  LANG (nl_NL.UTF-8 → nl, en_GB.UTF-8 → en), anders Nederlands.`,
  "authoring.cli.warning": "waarschuwing: {message}",
  "authoring.cli.error": "fout: {message}",
  "authoring.cli.ok": "{file}: in orde",
  "authoring.cli.unreadable": "{file}: dit bestand kan niet gelezen worden",
  "authoring.cli.passed": "playtest geslaagd",
  "authoring.cli.failed": "playtest mislukt: {count} fouten",
  "authoring.cli.title": '{title} — playtest met bots; het beste uitkomstniveau is "{level}"',
  "authoring.cli.more": "… nog {count} paden (--all toont elk pad, --outcome good|mixed|bad filtert)",
  "authoring.cli.knew":
    "knew: per beslissing ✓ gekozen met de nodige kaarten op tafel, ½ met een deel ervan, ✗ zonder",
  "authoring.cli.lang": '--lang moet nl of en zijn, niet "{value}"',
  "authoring.cli.flagWhole": '--{name} moet een heel getal van {min} tot {max} zijn, niet "{value}"',
  "authoring.cli.flagNumber": '--{name} moet een getal van {min} tot {max} zijn, niet "{value}"',
  "authoring.cli.players": "--players {players}: dit scenario speel je met {counts} spelers",
  "authoring.cli.outcomeFlag": '--outcome moet {levels} zijn, niet "{value}"',
  "authoring.cli.wrote": "{file} geschreven",
  "authoring.cli.head.summary": "team\tstrategie\tpaden",
  "authoring.cli.head.paths": "team\tstrategie\teinde\tniveau\tuitkomst\tknew\tmeters\tpad",
  "authoring.cli.sim.title": "{title} — gesimuleerde botteams van {setup}",
  "authoring.cli.sim.rows": "deelkans P\tteams\t{levels}\tkritiek gedeeld",
  "authoring.cli.sim.levels": "uitkomst\tteams\tgemiddeld kritiek gedeeld",
  "authoring.cli.sim.legend":
    "Elke kaart wordt gedeeld met kans P; een team kiest de beste optie alleen als de kaarten die ze nodig heeft op tafel liggen, anders de solo-optie van een lid.",
} as const;
