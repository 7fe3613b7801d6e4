// The floor: a bare Colyseus 0.18 room of the same shape as a session (teams of three plus a host), with a small
// schema state and a per-client StateView of a comparable payload. A chat command appends one line to the sender's
// team, which only that team and the host receive. No store, no engine, no views in JSON: what Colyseus itself costs.
import { type Client, Room } from "@colyseus/core";
import { type SchemaType, StateView, schema, t } from "@colyseus/schema";

const ChatLine = schema({ from: t.string(), text: t.string(), at: t.float64() }, "FloorChatLine");
const Card = schema({ id: t.string(), title: t.string(), text: t.string() }, "FloorCard");
const Team = schema({ id: t.string(), cards: t.array(Card), chat: t.array(ChatLine) }, "FloorTeam");
type Team = SchemaType<typeof Team>;
const Player = schema(
  { id: t.string(), nickname: t.string(), teamId: t.string(), role: t.string(), connected: t.boolean() },
  "FloorPlayer",
);
export const FloorState = schema(
  { status: t.string().default("playing"), players: t.map(Player), teams: t.map(Team).view() },
  "FloorState",
);
type FloorState = SchemaType<typeof FloorState>;

const TEAM_SIZE = 3;
const ROLES = ["AIOS", "SW", "WV"];
/** A few cards of about the length of a scenario's, so a team's first view weighs something like ours. */
const CARD_TEXT =
  "Erik (54) woont alleen sinds zijn vrouw overleed; de buren horen 's nachts geschreeuw. ".repeat(3);

function newTeam(id: string): Team {
  const cards = Array.from(
    { length: 8 },
    (_, i) => new Card({ id: `${id}-c${i}`, title: `Kaart ${i + 1}`, text: CARD_TEXT }),
  );
  return new Team({ id, cards, chat: [] });
}

/** As the session room does: commands within this window share one early patch, then each sender gets its ack. */
const ACK_WINDOW_MS = 15;

export class FloorRoom extends Room<{ state: FloorState }> {
  private joined = 0;
  private readonly pendingAcks: Client[] = [];
  private ackFlush: ReturnType<typeof setTimeout> | undefined;

  override onCreate(options: { maxClients?: number }) {
    this.autoDispose = false;
    this.maxClients = options.maxClients ?? 65;
    this.state = new FloorState({});
    this.onMessage("chat.say", (client, message: { text?: unknown }) => {
      const player = this.state.players.get(client.sessionId);
      const team = player && this.state.teams.get(player.teamId);
      if (!team || typeof message?.text !== "string") return;
      team.chat.push(new ChatLine({ from: player.id, text: message.text.slice(0, 500), at: Date.now() }));
      this.pendingAcks.push(client);
      this.ackFlush ??= setTimeout(() => {
        this.ackFlush = undefined;
        this.broadcastPatch();
        for (const c of this.pendingAcks.splice(0)) c.send("ack", { command: "chat.say" });
      }, ACK_WINDOW_MS);
    });
  }

  override onJoin(client: Client, options: { host?: boolean; nickname?: string }) {
    client.view = new StateView();
    if (options?.host) {
      for (const team of this.state.teams.values()) client.view.add(team);
      return;
    }
    const n = this.joined++;
    const teamId = `T${Math.floor(n / TEAM_SIZE) + 1}`;
    let team = this.state.teams.get(teamId);
    if (!team) {
      team = newTeam(teamId);
      this.state.teams.set(teamId, team);
      for (const other of this.clients)
        if (other.view && other !== client && this.isHost(other)) other.view.add(team);
    }
    this.state.players.set(
      client.sessionId,
      new Player({
        id: client.sessionId,
        nickname: options?.nickname ?? `Speler ${n + 1}`,
        teamId,
        role: ROLES[n % TEAM_SIZE] ?? "SW",
        connected: true,
      }),
    );
    client.view.add(team);
  }

  private isHost(client: Client) {
    return !this.state.players.has(client.sessionId);
  }

  override onDispose() {
    clearTimeout(this.ackFlush);
  }

  override onLeave(client: Client) {
    const player = this.state.players.get(client.sessionId);
    if (player) player.connected = false;
  }
}
