// What the scene draws, taken from the team's view: plain data with the words already chosen, so the Phaser
// side holds no rules and no catalogue, and the same model gives the words for screen readers (scene-words.ts).
import { METER_MAX } from "../../shared/scenario/primitives.ts";
import type { TeamView } from "../../shared/scenario/views.ts";
import { costText } from "../pages/play/contacts.ts";
import { t } from "../ui/i18n.ts";
import { CONTACT_COLOUR, roleColour } from "./palette.ts";

export type PlaceKind = "home" | "practice" | "office" | "contact";
export type Place = { id: string; kind: PlaceKind; label: string };
export type Seat = { role: string; initial: string; colour: number; present: boolean };
/** A card on the team table: only who brought it, never its text (that stays in the DOM's team table). */
export type TableMark = { cardId: string; initial: string; colour: number; seat: string | null };
/** Something that happened at a place: an inject arriving, or a contact being called. */
export type PlaceEvent = { seq: number; kind: "inject" | "call"; place: string; label: string };
export type MeterModel = { id: string; name: string; value: number; max: number };

export type SceneModel = {
  /** The debrief's replay: a past moment, its clock stands still and what happened so far stays marked. */
  replay?: boolean;
  status: TeamView["status"];
  paused: boolean;
  phase: string | null;
  /** Game times in ms: the phase clock runs from `startedAt` to `deadline`. */
  clock: { startedAt: number | null; deadline: number | null; now: number };
  places: Place[];
  seats: Seat[];
  table: TableMark[];
  /** Options of open decisions that wait for a card not on the table yet: a count, never which card. */
  missing: number;
  meters: MeterModel[];
  events: PlaceEvent[];
  outcome: { level: string; title: string } | null;
  labels: { table: string; missing: string; paused: string };
};

const PRACTICE = /assist|praktijk|practice|huisarts|dokter|doctor|\bGP\b/i;
const OFFICE = /wijkteam|gemeente|municipal|facilitat|docent|teacher|woon|housing/i;

/** Where an inject lands: at a contact of that name, else at the practice or the wijkteam by its sender, else home. */
export function placeOf(from: string | null, places: Place[]): string {
  const sender = (from ?? "").toLowerCase();
  const contact = places.find(
    (p) => p.kind === "contact" && sender !== "" && sender.includes(p.label.toLowerCase()),
  );
  if (contact) return contact.id;
  if (PRACTICE.test(sender)) return "practice";
  if (OFFICE.test(sender)) return "office";
  return "home";
}

const initialOf = (name: string) => (name.trim()[0] ?? "?").toUpperCase();

/** `roles`: the seats to draw (the replay's team as it played); by default the roles the view names. */
export type ModelOptions = { replay?: boolean; roles?: readonly string[] };

export function sceneModel(view: TeamView, options: ModelOptions = {}): SceneModel {
  const places: Place[] = [
    { id: "home", kind: "home", label: t("scene.place.home") },
    { id: "practice", kind: "practice", label: t("scene.place.practice") },
    { id: "office", kind: "office", label: t("scene.place.office") },
    ...view.contacts.map((c) => ({ id: `contact:${c.id}`, kind: "contact" as const, label: c.name })),
  ];
  const memberOf = (role: string) => view.members.find((m) => m.role === role);
  const roles =
    options.roles ??
    (view.casus.roles.length > 0 ? view.casus.roles.map((r) => r.id) : view.members.map((m) => m.role));
  const seats: Seat[] = [...new Set(roles)].map((role) => {
    const member = memberOf(role);
    return {
      role,
      initial: initialOf(member?.nickname ?? role),
      colour: roleColour(role),
      present: member?.connected ?? false,
    };
  });
  const table: TableMark[] = view.table.map((card) => {
    if (card.by.startsWith("contact:")) {
      const contact = view.contacts.find((c) => `contact:${c.id}` === card.by);
      return {
        cardId: card.cardId,
        initial: initialOf(contact?.name ?? "?"),
        colour: CONTACT_COLOUR,
        seat: card.by,
      };
    }
    const who = view.members.find((m) => m.playerId === card.playerId);
    return {
      cardId: card.cardId,
      initial: initialOf(who?.nickname ?? card.by),
      colour: roleColour(card.by),
      seat: card.by,
    };
  });
  const missing = view.decisions
    .filter((d) => d.status === "open")
    .reduce((n, d) => n + d.options.filter((o) => o.locked === "information").length, 0);
  const events: PlaceEvent[] = view.feed.flatMap((item): PlaceEvent[] => {
    if (item.kind === "inject")
      return [
        {
          seq: item.seq,
          kind: "inject",
          place: placeOf(item.from, places),
          label: item.from ?? t("scene.inject"),
        },
      ];
    if (item.kind === "contact" && item.ref) {
      const contact = view.contacts.find((c) => c.id === item.ref);
      const time = costText(contact?.cost ?? 0);
      return [
        { seq: item.seq, kind: "call", place: `contact:${item.ref}`, label: t("scene.call", { time }) },
      ];
    }
    return [];
  });
  return {
    replay: options.replay ?? false,
    status: view.status,
    paused: view.paused,
    phase: view.phase?.name ?? null,
    clock: { startedAt: view.phase?.startedAt ?? null, deadline: view.deadline, now: view.now },
    places,
    seats,
    table,
    missing,
    meters: Object.entries(view.meters).map(([id, value]) => ({
      id,
      name: view.meterNames[id] ?? id,
      value,
      max: METER_MAX,
    })),
    events,
    outcome: view.outcome ? { level: view.outcome.level, title: view.outcome.title } : null,
    labels: { table: t("scene.table"), missing: t("scene.missing"), paused: t("scene.paused") },
  };
}
