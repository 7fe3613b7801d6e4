// The Colyseus room for one class session. Thin on purpose: it validates, forwards to the roster and mirrors state.
import { type Client, Room, ServerError } from "@colyseus/core";
import { nanoid } from "nanoid";
import type { ErrorCode } from "../../shared/protocol/errors.ts";
import { HostJoinOptions, PlayerJoinOptions } from "../../shared/protocol/session.ts";
import { hashSecret, secretsEqual } from "../security.ts";
import { SessionCreateOptions } from "../sessions/create-options.ts";
import { Roster, type Seat } from "../sessions/roster.ts";
import { SessionLog } from "../sessions/session-log.ts";
import { CodeInUseError, type Store } from "../store/store.ts";
import { LobbyPlayer, SessionState } from "./session-state.ts";

export type SessionRoomDeps = {
  store: Store;
  createSecret: string;
  maxPlayers: number;
  idleMs: number;
  reconnectSeconds: number;
};

export type SessionMetadata = { code: string; scenarioId: string };
type Auth =
  | { kind: "host" }
  | { kind: "player"; nickname: string; role: string | undefined; playerToken: string };

const HTTP_STATUS: Record<ErrorCode, number> = {
  invalid_request: 400,
  invalid_code: 400,
  session_not_found: 404,
  session_full: 409,
  nickname_invalid: 422,
  nickname_taken: 409,
  role_invalid: 422,
  unknown_scenario: 404,
  host_key_invalid: 403,
  token_invalid: 403,
  unknown: 500,
};

/** The message is the error code; clients turn it into a sentence from their own catalogue. */
export function refuse(code: ErrorCode): ServerError {
  return new ServerError(HTTP_STATUS[code], code);
}

/** Built per server so its secrets and limits come from configuration, never from client-supplied options. */
export function createSessionRoom(deps: SessionRoomDeps) {
  return class SessionRoom extends Room<{ state: SessionState; metadata: SessionMetadata }> {
    private roster = new Roster(0, []);
    private hostKey = "";
    private log!: SessionLog;
    /** Game-clock time at which the last client left; undefined while anyone is connected. */
    private emptySince: number | undefined = 0;

    override async onCreate(raw: unknown) {
      const parsed = SessionCreateOptions.safeParse(raw);
      if (!parsed.success || !secretsEqual(parsed.data.createSecret, deps.createSecret)) {
        throw refuse("invalid_request");
      }
      const options = parsed.data;
      const sessionId = nanoid();
      try {
        await deps.store.createSession({
          id: sessionId,
          code: options.code,
          scenarioId: options.scenario.id,
          language: options.language,
          teamSize: options.teamSize,
          hostKeyHash: hashSecret(options.hostKey),
          createdAt: Date.now(),
        });
      } catch (error) {
        if (error instanceof CodeInUseError) throw refuse("invalid_code");
        throw error;
      }
      this.log = new SessionLog(deps.store, sessionId);
      this.autoDispose = false;
      this.maxClients = deps.maxPlayers + 5;
      this.hostKey = options.hostKey;
      this.roster = new Roster(
        deps.maxPlayers,
        options.scenario.roles.map((role) => role.id),
      );
      this.state = new SessionState({
        code: options.code,
        scenarioId: options.scenario.id,
        scenarioTitle: options.scenario.title,
        language: options.language,
        teamSize: options.teamSize,
      });
      await this.setPrivate(true);
      await this.setMetadata({ code: options.code, scenarioId: options.scenario.id });
      this.clock.setInterval(() => this.disposeIfIdle(), Math.min(60_000, deps.idleMs));
    }

    override onAuth(_client: Client, raw: unknown): Auth {
      const host = HostJoinOptions.safeParse(raw);
      if (host.success) {
        if (!secretsEqual(host.data.hostKey, this.hostKey)) throw refuse("host_key_invalid");
        return { kind: "host" };
      }
      const player = PlayerJoinOptions.safeParse(raw);
      if (!player.success) {
        const nicknameWrong = player.error.issues.some((issue) => issue.path[0] === "nickname");
        throw refuse(nicknameWrong ? "nickname_invalid" : "invalid_request");
      }
      if (!player.data.playerToken) throw refuse("token_invalid");
      return {
        kind: "player",
        nickname: player.data.nickname,
        role: player.data.role,
        playerToken: player.data.playerToken,
      };
    }

    override async onJoin(client: Client, _options: unknown, auth: Auth) {
      if (auth.kind === "host") {
        this.state.hostConnected = true;
        return;
      }
      const tokenHash = hashSecret(auth.playerToken);
      const result = this.roster.take({
        nickname: auth.nickname,
        role: auth.role,
        tokenHash,
        sessionId: client.sessionId,
      });
      if (!result.ok) throw refuse(result.code);
      if (!result.reclaimed) await this.recordNewSeat(result.seat, tokenHash);
      this.mirror(result.seat);
    }

    /** Stored before the seat shows in the lobby, so a restarted server still knows this player and token. */
    private async recordNewSeat(seat: Seat, tokenHash: string) {
      const { playerId, nickname, preferredRole } = seat;
      await deps.store.saveSeat(this.log.sessionId, { playerId, tokenHash });
      await this.log.append({
        t: 0,
        team: null,
        actor: { kind: "player", playerId },
        type: "lobby.join",
        payload: { playerId, nickname, preferredRole },
      });
    }

    override async onDrop(client: Client) {
      this.markConnected(client, false);
      await this.allowReconnection(client, deps.reconnectSeconds);
    }

    override onReconnect(client: Client) {
      this.markConnected(client, true);
    }

    override onLeave(client: Client) {
      const seat = this.roster.release(client.sessionId);
      if (seat) this.mirror(seat);
      else if (this.isHost(client)) this.state.hostConnected = this.hostStillPresent(client);
    }

    private markConnected(client: Client, connected: boolean) {
      const seat = this.roster.setConnected(client.sessionId, connected);
      if (seat) this.mirror(seat);
      else this.state.hostConnected = connected || this.hostStillPresent(client);
    }

    private isHost(client: Client): boolean {
      return (client.auth as Auth | undefined)?.kind === "host";
    }

    private hostStillPresent(leaving: Client): boolean {
      return this.clients.some((c) => c !== leaving && this.isHost(c));
    }

    private mirror(seat: Seat) {
      const existing = this.state.players.get(seat.playerId);
      if (existing) {
        existing.connected = seat.connected;
        existing.sessionId = seat.sessionId ?? "";
        return;
      }
      const { playerId: id, nickname, preferredRole, connected } = seat;
      this.state.players.set(
        id,
        new LobbyPlayer({ id, nickname, preferredRole, connected, sessionId: seat.sessionId ?? "" }),
      );
    }

    private disposeIfIdle() {
      const now = this.clock.currentTime;
      if (this.clients.length > 0) this.emptySince = undefined;
      else if (this.emptySince === undefined) this.emptySince = now;
      else if (now - this.emptySince >= deps.idleMs) void this.disconnect();
    }
  };
}
