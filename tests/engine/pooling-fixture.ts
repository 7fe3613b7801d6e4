// A tiny scenario that exercises every part of the pooling rule, independent of the shipped content.
import { parseScenario } from "../../scenarios/engine/parse.ts";
import type { Scenario } from "../../shared/scenario/format.ts";

export const POOLING_YAML = `
id: pooling-fixture
title: Pooling fixture
language: nl
summary: Twee rollen, één besluit dat alleen met beider kaarten goed uitpakt.
durationMinutes: 6
learningGoals: [{ id: L1, text: Delen beslist. }]
sharedFacts: [{ id: G1, text: Er is een casus. }]
meters: [{ id: M, name: Uitkomst, start: 2 }]
roles:
  - { id: AIOS, name: Huisarts in opleiding }
  - { id: SW, name: Sociaal werker }
  - { id: WV, name: Wijkverpleegkundige, optional: true }
redistribution:
  - missing: WV
    moves: [{ card: V1, to: SW, text: De buurvrouw vertelt de sociaal werker iets over de trap. }]
cards:
  - { id: A1, owner: AIOS, marks: [critical], title: De val van vorige week, text: De AIOS zag een blauwe plek op de heup bij het laatste consult. }
  - { id: S1, owner: SW, marks: [critical], title: De buurtbus rijdt niet meer, text: De vaste buurtbus rijdt sinds vorige maand niet meer door deze straat. }
  - { id: S2, owner: SW, marks: [context], text: Het wijkteam kan vervoer regelen via de vrijwilligerscentrale in de wijk. }
  - { id: V1, owner: WV, marks: [context], text: De wijkverpleegkundige ziet dat zij de trap niet meer af durft sinds kort. }
phases:
  - { id: F1, name: Besluiten, duration: "06:00" }
decisions:
  - id: B1
    phase: F1
    question: Wat doen jullie?
    solo: { AIOS: A, SW: B }
    timeout: { option: A, text: De tijd is om. }
    options:
      - { id: A, text: Een geheugentest plannen, effects: { M: -1 }, consequence: De test vindt niets. }
      - { id: B, text: Een folder sturen over vervoer, consequence: De folder blijft liggen. }
      - id: C
        text: Vervoer regelen naar de praktijk
        best: true
        needs: [A1, S1]
        effects: { M: 3 }
        consequence: Ze komt vrijdag met de vrijwilligersauto en de val wordt onderzocht.
        uninformed:
          text: De auto staat voor de deur, maar niemand wist van de val.
          effects: { M: -1 }
          partial:
            - { knew: [S1], text: "Ze komt wel, maar niemand vraagt naar de val.", effects: { M: 1 } }
      - { id: D, text: De vrijwilligerscentrale bellen, hidden: true, available: { shared: S2 }, consequence: Er is een chauffeur. }
      - { id: E, text: Samen op huisbezoek gaan, available: { shared: S1 }, consequence: Ze is thuis. }
outcomes:
  - { id: goed, level: good, when: { meter: { id: M, atLeast: 5 } }, title: Goed, text: Het loopt goed af. }
  - { id: matig, level: mixed, title: Matig, text: Het blijft onzeker. }
debriefQuestions: [{ id: D1, text: Wat deelde je? }]
`;

export function poolingScenario(yaml = POOLING_YAML): Scenario {
  const r = parseScenario(yaml, "pooling.yaml");
  if (!r.ok) throw new Error(r.errors.map((e) => `${e.line}:${e.column} ${e.path} ${e.message}`).join("\n"));
  return r.scenario;
}
