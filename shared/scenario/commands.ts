// Every command the engine accepts: its payload schema and who may send it, in one exhaustive map.
import { z } from "zod";
import { PlayerIdSchema } from "./log.ts";
import { BasisSchema, IdSchema, RoleIdSchema } from "./primitives.ts";

const Line = (max: number) => z.string().trim().min(1).max(max);
const Empty = z.strictObject({});

export const COMMAND_TYPES = [
  "team.join",
  "team.leave",
  "team.start",
  "player.connection",
  "kennismaken.submit",
  "card.share",
  "preference.record",
  "proposal.make",
  "proposal.vote",
  "decision.confirm",
  "chat.say",
  "contact.request",
  "timer.fire",
  "host.start",
  "host.pause",
  "host.resume",
  "host.extend",
  "host.advance",
  "host.inject",
  "host.message",
  "host.end",
] as const;
export type CommandType = (typeof COMMAND_TYPES)[number];

/** Who may send a command; the engine checks this itself instead of trusting the server. */
export type Sender = "player" | "host" | "system";

export const COMMANDS = {
  "team.join": {
    sender: "system",
    payload: z.strictObject({ playerId: PlayerIdSchema, nickname: Line(24), role: RoleIdSchema }),
  },
  /** The host moved the player to another team or role; their role's cards stay with the role in this team. */
  "team.leave": { sender: "system", payload: z.strictObject({ playerId: PlayerIdSchema }) },
  /** A team formed by late arrivals starts by itself once every required role is seated. */
  "team.start": { sender: "system", payload: Empty },
  "player.connection": {
    sender: "system",
    payload: z.strictObject({ playerId: PlayerIdSchema, connected: z.boolean() }),
  },
  "kennismaken.submit": {
    sender: "player",
    payload: z.strictObject({ whoIAm: Line(400), whatICanDo: Line(400), howToReachMe: Line(200) }),
  },
  "card.share": {
    sender: "player",
    payload: z.strictObject({ cardId: IdSchema, basis: BasisSchema.optional(), note: Line(300).optional() }),
  },
  "preference.record": {
    sender: "player",
    payload: z.strictObject({ decisionId: IdSchema, optionId: IdSchema }),
  },
  "proposal.make": {
    sender: "player",
    payload: z.strictObject({ decisionId: IdSchema, optionId: IdSchema, rationale: Line(600) }),
  },
  "proposal.vote": {
    sender: "player",
    payload: z.strictObject({ proposalId: IdSchema, agree: z.boolean() }),
  },
  "decision.confirm": {
    sender: "player",
    payload: z.strictObject({ decisionId: IdSchema, optionId: IdSchema }),
  },
  "chat.say": { sender: "player", payload: z.strictObject({ text: Line(500) }) },
  "contact.request": {
    sender: "player",
    payload: z.strictObject({ contactId: IdSchema, question: Line(300).optional() }),
  },
  "timer.fire": { sender: "system", payload: Empty },
  "host.start": { sender: "host", payload: Empty },
  "host.pause": { sender: "host", payload: Empty },
  "host.resume": { sender: "host", payload: Empty },
  "host.extend": {
    sender: "host",
    payload: z.strictObject({
      ms: z
        .number()
        .int()
        .min(1000)
        .max(30 * 60_000),
    }),
  },
  "host.advance": { sender: "host", payload: Empty },
  "host.inject": { sender: "host", payload: z.strictObject({ injectId: IdSchema }) },
  "host.message": {
    sender: "host",
    payload: z.strictObject({ text: Line(800), as: IdSchema.optional() }),
  },
  "host.end": { sender: "host", payload: Empty },
} as const satisfies Record<CommandType, { sender: Sender; payload: z.ZodType }>;

export type CommandPayloads = { [K in CommandType]: z.infer<(typeof COMMANDS)[K]["payload"]> };

export function isCommandType(type: string): type is CommandType {
  return Object.hasOwn(COMMANDS, type);
}
