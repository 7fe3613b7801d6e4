// Dutch text for scenario authors: what the validator says about a file's YAML and its fields, and how it names the
// place of a problem ("beslissing B1 › optie D"). Checks across fields and the playtest are in authoring-checks.ts.
export const authoring = {
  "authoring.path.document": "(het hele bestand)",
  "authoring.path.syntax": "(YAML-opmaak)",
  "authoring.path.item": "{kind} {id}",
  "authoring.path.index": "{list} nr. {n}",
  "authoring.kind.learningGoal": "leerdoel",
  "authoring.kind.sharedFact": "gedeeld feit",
  "authoring.kind.meter": "meter",
  "authoring.kind.role": "rol",
  "authoring.kind.card": "kaart",
  "authoring.kind.phase": "fase",
  "authoring.kind.decision": "beslissing",
  "authoring.kind.option": "optie",
  "authoring.kind.inject": "inject",
  "authoring.kind.contact": "contact",
  "authoring.kind.outcome": "uitkomst",
  "authoring.kind.debriefQuestion": "debriefvraag",
  "authoring.kinds.learningGoal": "leerdoelen",
  "authoring.kinds.sharedFact": "gedeelde feiten",
  "authoring.kinds.meter": "meters",
  "authoring.kinds.role": "rollen",
  "authoring.kinds.card": "kaarten",
  "authoring.kinds.phase": "fasen",
  "authoring.kinds.decision": "beslissingen",
  "authoring.kinds.option": "opties",
  "authoring.kinds.inject": "injects",
  "authoring.kinds.contact": "contacten",
  "authoring.kinds.outcome": "uitkomsten",
  "authoring.kinds.debriefQuestion": "debriefvragen",
  "authoring.or": "{a} of {b}",

  "authoring.yaml.colon":
    'YAML leest een dubbele punt met een spatie erna (": ") als het begin van een nieuw veld: zet aanhalingstekens om een tekst met een dubbele punt, bijvoorbeeld text: "Mevrouw zegt: nee"',
  "authoring.yaml.colonInBraces":
    'binnen { } of [ ] leest YAML een dubbele punt als een nieuw veld: zet aanhalingstekens om een tekst met een dubbele punt, bijvoorbeeld { id: A1, text: "Zij zegt: nee" }',
  "authoring.yaml.noValue":
    'deze regel is geen "veld: waarde": zet een dubbele punt achter de veldnaam; hoort de regel bij de tekst erboven, zet die hele tekst dan tussen aanhalingstekens',
  "authoring.yaml.quote":
    "een aanhalingsteken wordt niet gesloten: zet aan het eind van de tekst hetzelfde teken (\" of ') als aan het begin",
  "authoring.yaml.unclosed":
    "een lijst tussen [ ] of een blok tussen { } wordt niet gesloten, of de regels eronder springen niet ver genoeg in",
  "authoring.yaml.indent":
    "de velden van één blok moeten precies even ver inspringen: controleer de spaties aan het begin van deze regel",
  "authoring.yaml.tab": "spring in met spaties, niet met tabs",
  "authoring.yaml.duplicate": "dit veld staat twee keer in hetzelfde blok: haal er één weg",
  "authoring.yaml.other":
    "YAML kan deze regel niet lezen ({detail}): controleer de inspringing, de dubbele punten en de aanhalingstekens",

  "authoring.field.unknown": "onbekend veld `{key}`: controleer de spelling (hier kan: {known})",
  "authoring.field.didYouMean": "onbekend veld `{key}`: bedoel je `{suggestion}`?",
  "authoring.field.missing": "het veld `{key}` ontbreekt: hier hoort {expected}",
  "authoring.field.missingLanguage":
    "het veld `language` ontbreekt: schrijf bovenaan `language: nl` voor een Nederlands scenario of `language: en` voor een Engels",
  "authoring.value.type": "hier hoort {expected}, maar er staat {found}",
  "authoring.value.choice": "{value} kan hier niet: kies uit {allowed}",
  "authoring.value.duration":
    '"{value}" is geen tijdsduur: schrijf minuten en seconden als "mm:ss" tussen aanhalingstekens, bijvoorbeeld "04:00" voor vier minuten',
  "authoring.value.moment":
    '"{value}" is geen moment: schrijf "start", "end" of de tijd na het begin van de fase als "mm:ss" tussen aanhalingstekens, bijvoorbeeld "04:00"',
  "authoring.value.meterRange": "meters lopen van 0 tot 5: {value} kan niet",
  "authoring.value.effectRange": "een effect verandert een meter met -5 tot en met 5: {value} kan niet",
  "authoring.value.range": "hier hoort een heel getal van {min} tot en met {max}: {value} kan niet",
  "authoring.value.whole": "hier hoort een heel getal, zonder komma: {value} kan niet",
  "authoring.value.listShort": "deze lijst heeft er minstens {min} nodig, nu staan er {count} in",
  "authoring.value.listLong": "deze lijst mag er hoogstens {max} hebben, nu staan er {count} in",
  "authoring.value.emptyText":
    "deze tekst is leeg: schrijf er iets in, of laat het veld weg als het niet verplicht is",
  "authoring.value.id":
    '"{value}" is geen geldige id: begin met een letter, gevolgd door hoogstens 39 letters, cijfers, - of _ (bijvoorbeeld B1)',
  "authoring.value.roleId":
    '"{value}" is geen geldige rol-id: 2 tot 6 hoofdletters, bijvoorbeeld AIOS, SW of WV',
  "authoring.value.scenarioId":
    '"{value}" is geen geldige scenario-id: kleine letters en cijfers met streepjes ertussen, bijvoorbeeld mevrouw-de-vries-valt',
  "authoring.value.format": '"{value}" heeft hier niet de goede vorm',
  "authoring.value.condition":
    "dit is geen voorwaarde: een voorwaarde is een blok met precies één van {kinds}, bijvoorbeeld { shared: A1 }",
  "authoring.value.meterTest":
    "een meter-voorwaarde noemt `atLeast` of `atMost` (of allebei), bijvoorbeeld { meter: { id: WON, atLeast: 3 } }",
  "authoring.value.union": "dit kan hier niet: hier hoort {expected}",
  "authoring.value.other": "deze waarde klopt niet ({detail})",
  "authoring.document.notMapping":
    "een scenariobestand is een rij velden (id: …, title: …, language: …), geen losse tekst of lijst",

  "authoring.type.string": "een tekst",
  "authoring.type.number": "een getal",
  "authoring.type.int": "een heel getal",
  "authoring.type.boolean": "true of false",
  "authoring.type.array": "een lijst",
  "authoring.type.object": "een blok met velden",
  "authoring.type.other": "een andere waarde",
  "authoring.found.nothing": "niets (het veld is leeg)",
  "authoring.found.text": 'de tekst "{value}"',
  "authoring.found.number": "het getal {value}",
  "authoring.found.boolean": "{value}",
  "authoring.found.list": "een lijst",
  "authoring.found.block": "een blok met velden",
  "authoring.type.blockWith": "een blok met `{key}`",
  "authoring.type.literal": "`{value}`",
} as const;
