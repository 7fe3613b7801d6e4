// Dutch text for scenario authors: checks across fields (every id must exist), style warnings, the bot playtest and
// the author CLI's report of them.
export const authoringChecks = {
  "authoring.check.duplicateId": 'de id "{id}" komt twee keer voor bij de {kinds}: geef elk een eigen id',
  "authoring.check.duplicateOption": 'beslissing {decision} heeft twee opties met de id "{option}"',
  "authoring.check.noSuch": 'er is geen {kind} "{id}"',
  "authoring.check.noOption": 'beslissing {decision} heeft geen optie "{option}"',
  "authoring.check.optionalNeedsRedistribution":
    "rol {role} is optioneel en heeft dus een `redistribution` nodig: wie krijgt de kaarten van {role} als er maar twee spelers zijn?",
  "authoring.check.twoRequiredRoles": "minstens twee rollen moeten verplicht zijn (niet `optional: true`)",
  "authoring.check.otherwiseWithoutWhen":
    "kaart {card}: `otherwise` zonder `when` telt nooit: zet er een `when` bij, of zet de score zelf in de grondslag",
  "authoring.check.basesNotSensitive":
    "kaart {card} heeft `bases`, maar is niet gemarkeerd als gevoelig: zet `sensitive` bij `marks` of haal `bases` weg",
  "authoring.check.redistributionNotOptional": 'rol "{role}" is geen optionele rol van dit scenario',
  "authoring.check.cardNotOfMissing": "kaart {card} is van {owner}, niet van {missing}",
  "authoring.check.moveToMissing": "een kaart kan niet naar de rol gaan die ontbreekt",
  "authoring.check.bestNeedsCards":
    "optie {option} van {decision} is de beste optie en moet bij `needs` de kaarten noemen waar ze op rust",
  "authoring.check.bestNeedsUninformed":
    "optie {option} van {decision} is de beste optie en heeft een `uninformed` nodig: wat gebeurt er als een team haar kiest zonder de kaarten die ze nodig heeft?",
  "authoring.check.uninformedWithoutNeeds":
    "optie {option} van {decision} heeft een `uninformed`, maar noemt geen kaarten bij `needs`",
  "authoring.check.partialNotNeeded":
    "kaart {card} is geen van de kaarten die optie {option} van {decision} nodig heeft",
  "authoring.check.partialLeavesOut":
    "een gedeeltelijk resultaat (`partial`) moet minstens één nodige kaart weglaten",
  "authoring.check.hiddenWithoutAvailable":
    "optie {option} van {decision} is `hidden`, maar heeft geen `available`-voorwaarde",
  "authoring.check.noBestOption":
    "beslissing {decision} heeft geen beste optie: zet `best: true` bij één optie",
  "authoring.check.injectTimeWithoutPhase": "inject {inject} heeft een tijd (`at`), maar geen fase (`phase`)",
  "authoring.check.injectAfterPhaseEnd": "inject {inject} staat na het einde van fase {phase}",
  "authoring.check.injectTimeAndAfter":
    "een inject heeft een tijd (`at`) of een optie (`after`), niet allebei",
  "authoring.check.injectNoTrigger":
    "inject {inject} heeft een aanleiding nodig: `at`, `after`, `if`, of `manual: true` voor de docent",
  "authoring.check.contactEmpty":
    "contact {contact} moet een kaart laten zien (`reveals`) of door de docent beantwoord worden (`facilitator: true`)",
  "authoring.check.lastOutcomeCondition":
    "de laatste uitkomst is de uitkomst als geen andere past en mag geen voorwaarde (`when`) hebben",
  "authoring.check.outcomeNeedsCondition":
    "uitkomst {outcome} heeft een voorwaarde (`when`) nodig: alleen de laatste uitkomst mag die weglaten",

  "authoring.style.longLabel":
    "het label van optie {option} van {decision} is {length} tekens, meer dan {ratio}× de mediaan van {decision} ({median}): een lang, precies label verraadt het antwoord; zet het plan in `consequence`",
  "authoring.style.bestIsLongest":
    "de beste optie heeft het langste label in {count} van de {total} beslissingen: een team kan winnen door steeds de langste tekst te kiezen",
  "authoring.style.cardNeedsTitle":
    'kaart {card} is nodig voor een beste optie maar heeft geen `title`: na het spel kan het uitkomstscherm alleen "een kaart van {owner}" zeggen',

  "authoring.style.injectWrongPhase":
    "inject {inject} gebeurt nooit: ze valt in fase {phase}, maar haar voorwaarde vraagt fase {wanted}",
  "authoring.style.injectWaitsOnLater":
    "inject {inject} gebeurt nooit: ze valt in fase {phase}, maar haar voorwaarde wacht op beslissing {decision}, die pas in de latere fase {later} valt",
  "authoring.style.injectWaitsOnItself":
    "inject {inject} gebeurt nooit: haar voorwaarde vraagt dat ze zelf al gebeurd is",
  "authoring.style.recommendedNotOptional":
    "rol {role} is `recommended`, maar niet optioneel: een verplichte rol is er altijd; zet `optional: true` of haal `recommended` weg",

  "authoring.profile.noCritical":
    "beste optie {option} van {decision} heeft geen kritieke kaarten nodig; ze moet kritieke kaarten van minstens twee rollen nodig hebben",
  "authoring.profile.oneRole":
    "beste optie {option} van {decision} heeft alleen kritieke kaarten van {role} nodig; ze moet kritieke kaarten van minstens twee rollen nodig hebben",
  "authoring.profile.noCriticalTwo":
    "met twee spelers (zonder {missing}) heeft beste optie {option} van {decision} geen kritieke kaarten nodig; ze moet kritieke kaarten van minstens twee rollen nodig hebben",
  "authoring.profile.oneRoleTwo":
    "met twee spelers (zonder {missing}) heeft beste optie {option} van {decision} alleen kritieke kaarten van {role} nodig; ze moet kritieke kaarten van minstens twee rollen nodig hebben",

  "authoring.play.setup": "{count} spelers",
  "authoring.play.setupWithout": "{count} spelers (zonder {missing})",
  "authoring.play.path": "{setup}, {strategy}: {choices}: {problem}",
  "authoring.play.tooLong": "eindigt op {end}, na de speeltijd van {limit}",
  "authoring.play.stuck": "geen voortgang na 1000 stappen",
  "authoring.play.noOption": "geen enkele optie van {decision} kan gekozen worden",
  "authoring.play.deadEnd": "vastgelopen: het spel is niet afgelopen en er staat niets meer gepland",
  "authoring.play.refused": "de klok werd geweigerd: {reason}",
  "authoring.play.winsSilent":
    '{setup}, {strategy}: {count} pad(en) halen het beste niveau "{level}" zonder te delen, bijvoorbeeld {example} → {outcome}',
  "authoring.play.poolNeverWins": '{setup}, pool: geen pad haalt "{level}", zelfs als het team alles deelt',
  "authoring.play.poolNeverWinsBounded":
    '{setup}, pool: geen pad haalt "{level}", zelfs als het team alles deelt (van de eerste {count} paden; de rest is niet gespeeld)',
  "authoring.play.stoppedAt": "{setup}, {strategy}: gestopt na {max} paden",
  "authoring.play.outcomeUnreached": "geen bot-pad komt uit bij uitkomst {outcome}",
  "authoring.play.injectNeverFires": "inject {inject} komt in geen enkel bot-pad voor",
  "authoring.play.optionNoEffect":
    "optie {option} van {decision} heeft geen `effects` en geen `consequence`: kiezen verandert niets en zegt niets",
  "authoring.play.phasesDontAddUp":
    "de fasen duren samen {minutes} minuten, maar `durationMinutes` zegt {stated}",
} as const;
