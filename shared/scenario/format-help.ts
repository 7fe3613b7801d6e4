// The help an author's editor shows on hover, per field of the scenario format (Dutch: the authors are Dutch).
// format.ts and conditions.ts attach each text to its field with .describe(), so the zod schema stays the one
// source and the JSON Schema (npm run scenario -- schema) carries it; a test checks that no field lacks one.
const ID = "Korte id waarmee andere velden en de meldingen van de validator dit onderdeel noemen";

export const HELP = {
  scenario: {
    $schema: "Adres van het JSON Schema voor editors; het spel zelf negeert dit veld.",
    id: "Vaste naam van het scenario: kleine letters en cijfers met streepjes, bijvoorbeeld mevrouw-de-vries-valt. Uniek in de scenariomap.",
    title: "Titel van het scenario, voor docent en studenten.",
    language: "Taal van de teksten: nl (Nederlands) of en (Engels). De validator meldt fouten in deze taal.",
    summary: "Korte beschrijving van de casus, te zien bij het kiezen van een scenario.",
    clock:
      'De tijd in het verhaal bij de start, bijvoorbeeld "22:30" of "zaterdagavond 22:30". Spelers zien hem naast de fase; een fase met een eigen `clock` vervangt hem vanaf die fase. Los van de speeltijd.',
    durationMinutes:
      "Speeltijd in minuten (1 tot 240). Hoort gelijk te zijn aan de duur van alle fasen samen; de playtest waarschuwt anders.",
    debriefMinutes: "Minuten voor de nabespreking na het spel (0 tot 120, standaard 15).",
    learningGoals: "De leerdoelen (minstens één), voor de nabespreking.",
    sharedFacts: "Wat het hele team vanaf de start weet (minstens één feit).",
    meters:
      "De meters van de casus (1 tot 6). Elke meter loopt van 0 tot 5; effecten verschuiven hem, uitkomsten lezen hem.",
    roles: "De rollen (2 of 3); elke speler speelt er één.",
    redistribution:
      "Wie de kaarten van een optionele rol krijgt als die rol in een team van twee ontbreekt. Verplicht voor elke optionele rol.",
    decisionRule:
      "Hoe het team beslist: consensus (iedereen stemt in, standaard) of { regisseur: ROL } (die rol bevestigt het besluit).",
    absentGrace:
      'Hoe lang ("mm:ss" speltijd) een stemming wacht op een speler wiens verbinding wegviel, voordat de anderen beslissen. Standaard "01:00"; "00:00" wacht niet.',
    basisScores:
      "Standaardscore (-3 tot 3) per grondslag voor het delen van een gevoelige kaart. Een kaart met eigen `bases` gebruikt die; een niet genoemde grondslag scoort 0.",
    cards: "De kaarten: wat één rol weet en de anderen (nog) niet.",
    phases: "De fasen, in speelvolgorde; hun duur samen is de speeltijd.",
    decisions: "De beslissingen die het team neemt, elk in een fase.",
    injects:
      "Gebeurtenissen tijdens het spel: een bericht of nieuws dat op een moment, na een keuze of onder een voorwaarde binnenkomt.",
    contacts: "Wie het team kan bellen of vragen (een collega, een instantie); bellen kost speltijd.",
    outcomes:
      "De mogelijke afloop, op volgorde bekeken: de eerste waarvan `when` klopt geldt. De laatste heeft geen `when` en geldt als geen andere past.",
    debriefQuestions: "Vragen voor de nabespreking (minstens één).",
  },
  described: { id: `${ID}.`, text: "De tekst." },
  goal: { text: "Het leerdoel.", tips: "Tips voor de docent bij dit leerdoel in de nabespreking." },
  meter: {
    id: `${ID}, bijvoorbeeld WON; effecten en voorwaarden noemen de meter zo.`,
    name: "Naam van de meter die spelers zien, bijvoorbeeld Wonen.",
    start: "Beginstand, van 0 tot 5 (standaard 3).",
    higher:
      "Welke kant goed is: better (hoger = beter, standaard) of worse (hoger = slechter, bijvoorbeeld de belasting van een mantelzorger).",
    meaning: "Wat de meter meet, in één regel; spelers en docent zien dit bij de meter.",
  },
  role: {
    id: "Rol-id: 2 tot 6 hoofdletters, bijvoorbeeld AIOS, SW of WV.",
    name: "Naam van de rol die spelers zien.",
    description: "Uitleg van de rol voor wie hem speelt.",
    optional:
      "true: het spel kan ook zonder deze rol, met twee spelers; geef dan een `redistribution` voor deze rol. Standaard false.",
    recommended:
      "true (bij een optionele rol): aanbevolen. Bij het indelen vult het spel deze rol eerder dan andere optionele rollen.",
    soloPreference: "Wat deze rol uit zichzelf zou doen, zonder de kaarten van de anderen.",
  },
  redistribution: {
    missing: "De optionele rol die ontbreekt.",
    moves: "Welke kaarten van de ontbrekende rol naar wie gaan.",
    card: "Id van een kaart van de ontbrekende rol.",
    to: "De rol die de kaart krijgt.",
    text: "De tekst van de kaart voor de nieuwe houder, als nieuws uit de tweede hand.",
  },
  regisseur: "De rol die het besluit bevestigt nadat het team heeft gestemd.",
  card: {
    id: `${ID}, bijvoorbeeld A1.`,
    owner: "De rol die deze kaart aan het begin in handen heeft.",
    marks:
      "Kenmerken: critical (nodig voor een beste optie), context, solo (voedt de solo-keuze) en sensitive (gevoelig: delen vraagt een grondslag).",
    text: "Wat er op de kaart staat.",
    title:
      'Een paar woorden over waar de kaart over gaat ("De zitting over 8 dagen"); het uitkomstscherm noemt gemiste kaarten bij deze titel.',
    bases:
      "Scores per grondslag voor het delen van deze gevoelige kaart; niet genoemde grondslagen volgen `basisScores`.",
  },
  basis: {
    score: "Score van -3 tot 3 voor het delen op deze grondslag.",
    effects: "Meterveranderingen als de kaart op deze grondslag wordt gedeeld, bijvoorbeeld { VERTR: -1 }.",
    feedback: "Uitleg in de nabespreking over delen op deze grondslag.",
    when: "Voorwaarde op het moment van delen, bijvoorbeeld { contacted: mirjam }: alleen dan telt deze score (toestemming pas als haar iets gevraagd is).",
    otherwise:
      "Wat telt als `when` niet klopt: { score, effects, feedback }; zonder `otherwise` telt dan `basisScores`.",
  },
  phase: {
    id: `${ID}, bijvoorbeeld F1.`,
    name: "Naam van de fase die spelers zien.",
    duration: 'Duur van de fase als "mm:ss", bijvoorbeeld "10:00".',
    kind: "kennismaken (spelers stellen zich voor; de fase eindigt als iedereen dat heeft gedaan) of play (standaard).",
    prompt: "Opdracht die het team aan het begin van de fase ziet.",
    endsEarly:
      "true (standaard): de fase eindigt zodra al haar beslissingen genomen zijn. false: de fase loopt door tot haar tijd op is.",
    clock:
      'De tijd in het verhaal tijdens deze fase, bijvoorbeeld "03:00" of "de volgende ochtend"; spelers zien hem naast de fase. Los van de timer.',
  },
  decision: {
    id: `${ID}, bijvoorbeeld B1.`,
    phase: "De fase waarin deze beslissing valt.",
    question: "De vraag die het team beantwoordt.",
    opensAfter: "Id van een inject: de beslissing opent pas als die inject is gebeurd.",
    rule: "Beslisregel voor alleen deze beslissing; zonder dit veld geldt `decisionRule`.",
    solo: "Per rol de optie die die rol alleen zou kiezen, bijvoorbeeld { SW: A, AIOS: B }.",
    options: "De opties (minstens twee); minstens één heeft `best: true`.",
    timeout: "Wat er gebeurt als de tijd van de fase op is voordat het team heeft beslist.",
    timeoutOption: "De optie die dan geldt.",
    timeoutEffects: "Extra meterveranderingen bij een time-out.",
    timeoutText: "Wat het team dan te lezen krijgt.",
    why: "Uitleg voor de nabespreking: waarom de beste optie de beste is.",
  },
  option: {
    id: `${ID}, bijvoorbeeld A (de validator zegt dan "optie A van B1").`,
    text: "Een kort, neutraal label; het plan zelf hoort in `consequence`.",
    effects:
      "Meterveranderingen als het team deze optie kiest, bijvoorbeeld { WON: 1, SAM: -1 } (-5 tot 5 per meter).",
    best: "true: dit is de beste optie van de beslissing (de verborgen-profiel-optie). Standaard false.",
    needs:
      "De kaarten waar deze optie op rust: ze pakt alleen uit zoals beschreven als die allemaal op tafel lagen.",
    consequence: "Wat er gebeurt als de optie uitpakt zoals bedoeld; het team ziet dit na de beslissing.",
    uninformed:
      "Wat er in plaats daarvan gebeurt als een nodige kaart niet op tafel lag. Verplicht bij een beste optie.",
    note: "Notitie voor de docent bij deze optie; spelers zien hem niet.",
    marks:
      "Kenmerken van de optie voor de nabespreking: solo (wat één rol alleen zou doen) en harmful (schadelijk, ✖).",
    available: "Voorwaarde: de optie is pas te kiezen als die klopt; tot dan staat ze op slot.",
    hidden: "true (met `available`): de optie is onzichtbaar in plaats van op slot tot ze te kiezen is.",
  },
  uninformed: {
    text: "Wat er gebeurt als het team deze optie kiest zonder de kaarten die ze nodig heeft.",
    effects: "Meterveranderingen in dat geval.",
    partial: "Tussenresultaten: de eerste waarvan alle `knew`-kaarten op tafel lagen, geldt.",
  },
  partial: {
    knew: "De nodige kaarten die wel op tafel lagen.",
    text: "Wat er gebeurt met alleen die kaarten.",
    effects: "Meterveranderingen in dat geval.",
  },
  inject: {
    id: `${ID}, bijvoorbeeld I1.`,
    phase: "De fase waarin de inject valt; nodig bij `at`.",
    at: 'Wanneer in de fase: "start", "end" of de tijd na het begin als "mm:ss", bijvoorbeeld "04:00".',
    after: "Na een keuze: de inject volgt als het team bij `decision` een van de `options` koos.",
    afterDecision: "De beslissing.",
    afterOptions: "De opties van die beslissing waarna de inject volgt.",
    if: "Voorwaarde: de inject gebeurt zodra die klopt.",
    from: "Afzender die het team ziet, bijvoorbeeld Deurwaarder.",
    text: "Het bericht.",
    effects: "Meterveranderingen als de inject gebeurt.",
    variants:
      "Andere tekst of effecten onder een voorwaarde: de eerste variant waarvan `if` klopt, vervangt tekst en effecten.",
    manual: "true: alleen de docent zet deze inject in. Elke inject kan ook door de docent worden ingezet.",
    note: "Notitie of antwoordsleutel voor de docent bij deze inject (bijvoorbeeld het goede antwoord); spelers zien hem niet.",
  },
  variant: {
    if: "Voorwaarde voor deze variant.",
    text: "De tekst van de inject in deze variant.",
    effects: "Meterveranderingen in deze variant.",
  },
  contact: {
    id: `${ID}, bijvoorbeeld C1.`,
    name: "Naam van het contact, bijvoorbeeld Veilig Thuis.",
    description: "Wie dit is en waarvoor het team kan bellen.",
    cost: 'Speltijd die een gesprek kost, als "mm:ss".',
    limit: "Hoe vaak het team dit contact mag benaderen; zonder dit veld onbeperkt.",
    phases: "De fasen waarin het contact bereikbaar is; zonder dit veld in alle fasen.",
    availableAfter: "Id van een inject: het contact is pas bereikbaar nadat die inject is gebeurd.",
    reveals: "Kaarten die op de teamtafel komen als het team dit contact benadert.",
    marks: "Kenmerken van de kaart, zoals bij `cards`.",
    title: "Een paar woorden over waar de kaart over gaat.",
    facilitator: "true: de docent speelt dit contact en antwoordt zelf. Standaard false.",
    facilitatorNote: "Notitie voor de docent die dit contact speelt, bijvoorbeeld het goede antwoord.",
  },
  outcome: {
    id: `${ID}, bijvoorbeeld goed.`,
    level: "good, mixed of bad.",
    title: "Titel van de afloop.",
    text: "Wat er met de cliënt gebeurt; het team leest dit aan het eind.",
    when: "Voorwaarde voor deze afloop; leeg laten bij de laatste.",
  },
  condition: {
    self: "Een voorwaarde: een blok met precies één sleutel, bijvoorbeeld { shared: A1 } of { all: [ … ] }.",
    shared:
      "Id van een kaart: klopt als die kaart op de teamtafel ligt. Of een blok { card, basis, phase, by }: klopt alleen als de kaart zo gedeeld is.",
    sharedHow: "Hoe en wanneer de kaart gedeeld moet zijn; alleen `card` is verplicht.",
    sharedCard: "Id van de kaart.",
    sharedBasis: "De grondslag waarop de kaart gedeeld moet zijn, bijvoorbeeld toestemming.",
    sharedPhase: "De fase waarin de kaart gedeeld moet zijn, bijvoorbeeld F1.",
    sharedBy: "De rol die de kaart gedeeld moet hebben.",
    decided: "Id van een beslissing: klopt als die genomen is.",
    knew: "Id van een beslissing: klopt als die genomen is met alle kaarten die de gekozen optie nodig heeft op tafel.",
    chose: "Klopt als het team bij `decision` een van de `options` koos.",
    choseDecision: "De beslissing.",
    choseOptions: "De opties waarvan er één gekozen moet zijn.",
    meter: "Klopt als de meter minstens `atLeast` en/of hoogstens `atMost` staat.",
    meterId: "Id van de meter.",
    atLeast: "Ondergrens (0 tot 5).",
    atMost: "Bovengrens (0 tot 5).",
    injected: "Id van een inject: klopt als die gebeurd is.",
    contacted:
      "Id van een contact: klopt als het team dat contact heeft benaderd. Of een blok { contact, phase }: klopt alleen als dat in die fase gebeurde.",
    contactedHow: "Welk contact, en eventueel in welke fase het benaderd moet zijn.",
    contactedContact: "Id van het contact.",
    contactedPhase: "De fase waarin het contact benaderd moet zijn.",
    phase: "Id van een fase: klopt zolang het team in die fase is.",
    all: "Klopt als alle voorwaarden in de lijst kloppen.",
    any: "Klopt als minstens één voorwaarde in de lijst klopt.",
    not: "Klopt als de voorwaarde eronder niet klopt.",
  },
} as const;
