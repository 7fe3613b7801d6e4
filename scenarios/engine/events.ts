// The machine's event type: a log entry whose payload has passed its command's schema.
import type { CommandPayloads, CommandType } from "../../shared/scenario/commands.ts";
import type { Actor } from "../../shared/scenario/log.ts";

export type EngineEvent = {
  [K in CommandType]: { type: K; seq: number; t: number; actor: Actor; payload: CommandPayloads[K] };
}[CommandType];

export type EventOf<K extends CommandType> = Extract<EngineEvent, { type: K }>;
