import {
  type AuthContext,
  type Client,
  type Delayed,
  Room,
  type RoomException,
  type RoomMethodName,
  ServerError,
} from "@colyseus/core";
import type { Language } from "../../shared/i18n/index.ts";
import type { ErrorCode } from "../../shared/protocol/errors.ts";
import { isHostCommand } from "../../shared/protocol/game.ts";
import { isLeadCommand, LEAD_SHOW } from "../../shared/protocol/lead.ts";
import { HostJoinOptions, SEAT_HANDOVER } from "../../shared/protocol/session.ts";
import type { AddressLimits } from "../http/address-limits.ts";
import type { ScenarioCatalog } from "../scenarios/catalog.ts";
import { hashSecret, secretsEqual } from "../security.ts";
import { SessionCreateOptions, SessionRestoreOptions } from "../sessions/create-options.ts";
import { DebriefLead } from "../sessions/debrief-lead.ts";
import { RateLimiter } from "../sessions/rate-limit.ts";
import { Roster, type Seat } from "../sessions/roster.ts";
import { SeatPins } from "../sessions/seat-pin.ts";
import { SerialQueue } from "../sessions/serial-queue.ts";
import type { Outcome, SessionGame } from "../sessions/session-game.ts";
import { startRefusal } from "../sessions/start-refusal.ts";
import type { Store } from "../store/store.ts";
import { Admission, admissionLimits, colyseusCeiling } from "./admission.ts";
import { Connections, isHostClient, mirrorSeat } from "./connections.ts";
import { checkBeforeReservation, readJoinOptions } from "./join-options.ts";
import { type Frame, installMessageGate } from "./message-gate.ts";
import { refuse } from "./refuse.ts";
import { languageOf, Receipts, sendError } from "./replies.ts";
import { type PlayerAuth, SeatDesk } from "./seat-desk.ts";
import { type Booted, bootNew, bootRestored } from "./session-boot.ts";
import { GameTime, SessionState } from "./session-state.ts";
import { grantViews, type Viewer } from "./view-access.ts";
import { writeChangedTeams } from "./view-sync.ts";

export { refuse };

export type SessionRoomDeps = {
  store: Store;
  catalog: ScenarioCatalog;
  createSecret: string;
  maxPlayers: number;
  idleMs: number;
  reconnectSeconds: number;
  /** Game milliseconds per wall millisecond: 1 in class, higher in tests and demonstrations. */
  timeScale: number;
  /** Joins and wrong host keys per client address (http/address-limits.ts); none when absent. */
  addressLimits?: AddressLimits | undefined;
};

/** How often a running clock is published again although nothing stopped or started it. */
const TIME_REPUBLISH_MS = 10_000;

export type SessionMetadata = { code: string; scenarioId: string; sessionId: string };
type Auth = { kind: "host"; language: Language } | PlayerAuth;
type GatedMessage = Extract<Frame, { kind: "message" }>;

export { MAX_MESSAGE_CHARS } from "./plain-payload.ts";

/** Built per server so its secrets and limits come from configuration, never from client-supplied options. */
export function createSessionRoom(deps: SessionRoomDeps) {
  return class SessionRoom extends Room<{ state: SessionState; metadata: SessionMetadata }> {
    private roster = new Roster(0, []);
    private pins = new SeatPins();
    /** Only the hash is kept, as in the store, so a restored session checks keys the same way. */
    private hostKeyHash = "";
    private game!: SessionGame;
    private readonly queue = new SerialQueue();
    private readonly commandLimit = new RateLimiter({ perSecond: 10, burst: 20 });
    private readonly chatLimit = new RateLimiter({ perSecond: 1, burst: 5 });
    /** The teacher-led replay after the end (sessions/debrief-lead.ts). */
    private lead: DebriefLead | undefined;
    private wake: Delayed | undefined;
    private timePublishedAt = 0;
    private readonly receipts = new Receipts(
      () => this.broadcastPatch(),
      () => this.state.code,
    );
    /** Set once the host deleted the session: nothing more is written for it. */
    private deleted = false;
    /**
     * Set at the end of onCreate. Colyseus starts the patch timer before onCreate, so onBeforePatch runs while the
     * store writes are awaited (with PostgreSQL under load, often): before this, the room has no game to read.
     */
    private ready = false;
    /** Room-clock time at which the last client left; undefined while anyone is connected. */
    private emptySince: number | undefined = 0;
    private readonly seats = new SeatDesk({
      store: deps.store,
      roster: () => this.roster,
      pins: () => this.pins,
      game: () => this.game,
      queue: this.queue,
      sessionId: () => this.sessionId(),
      clients: () => this.clients,
      sync: () => this.sync(),
      grant: (client) => grantViews(client, this.state, this.viewerOf(client)),
      sendError: (client, command, code) => sendError(client, command, code),
      releaseHold: (sessionId) => this.admission.releaseHold(sessionId),
    });
    /** Who may reserve a seat: unused reservations and the teacher never lock the students out (admission.ts). */
    private readonly admission = new Admission(
      this,
      admissionLimits(deps.maxPlayers),
      () => this.hostKeyHash,
    );
    private readonly connections = new Connections(
      this,
      {
        roster: () => this.roster,
        game: () => this.game,
        queue: this.queue,
        deleted: () => this.deleted,
        mirrorSeat: (seat) => this.mirrorSeat(seat),
        sync: () => this.sync(),
        limiters: [this.commandLimit, this.chatLimit],
      },
      deps.reconnectSeconds,
    );

    /** `POST /matchmake/joinById`: the options are read and sized before Colyseus reserves a seat for them. */
    static override async onAuth(_token: string, options: unknown, context: AuthContext) {
      return checkBeforeReservation(options, context);
    }

    override async onCreate(raw: unknown) {
      const restore = SessionRestoreOptions.safeParse(raw);
      const create = SessionCreateOptions.safeParse(raw);
      const secret = restore.success
        ? restore.data.createSecret
        : create.success
          ? create.data.createSecret
          : "";
      if (!secretsEqual(secret, deps.createSecret)) throw refuse("invalid_request");
      let boot: Booted;
      if (restore.success) boot = await bootRestored(deps, restore.data.restore);
      else if (create.success) boot = await bootNew(deps, create.data);
      else throw refuse("invalid_request");
      this.game = boot.game;
      this.lead = new DebriefLead({
        scenario: boot.scenario,
        teamSize: this.game.teamSize,
        status: () => this.game.status,
        readLog: () => deps.store.readLog(this.sessionId()),
        broadcast: (m) => {
          for (const c of this.clients) if (!this.isHost(c)) c.send(LEAD_SHOW, m);
        },
      });
      this.roster = boot.roster;
      this.pins = boot.pins;
      this.hostKeyHash = boot.hostKeyHash;
      this.autoDispose = false;
      // Colyseus's own cap locks the room for everyone, teacher included; admission.ts decides instead.
      this.maxClients = colyseusCeiling(admissionLimits(deps.maxPlayers));
      this.state = new SessionState({
        code: boot.code,
        scenarioId: boot.scenario.id,
        scenarioTitle: boot.scenario.title,
        language: boot.language,
        teamSize: this.game.teamSize,
        time: new GameTime({ now: 0, running: false, scale: deps.timeScale }),
      });
      // After the state exists: the patch timer runs while these writes are awaited (a slow store shows it).
      await this.queue.run(async () => {
        for (const playerId of boot.offline) await this.game.connection(playerId, false);
      });
      // A request (room.request) needs its own handler: the host gets the fresh PIN as the answer, nobody else sees it.
      this.onMessage(SEAT_HANDOVER, (client, message) =>
        this.queue.run(() => this.seats.handOver(message, languageOf(client), this.isHost(client))),
      );
      // Every other message comes through the gate, which decodes it itself (see message-gate.ts).
      installMessageGate(this, {
        message: (client, frame) => {
          void this.queue.run(() => this.answer(client, frame));
        },
        unreadable: (client, command) => sendError(client, command, "message_unreadable"),
      });
      await this.setPrivate(true);
      await this.setMetadata({
        code: boot.code,
        scenarioId: boot.scenario.id,
        sessionId: this.game.sessionId,
      });
      this.clock.setInterval(() => this.disposeIfIdle(), Math.min(60_000, deps.idleMs));
      this.ready = true;
      this.sync();
    }

    override onAuth(client: Client, raw: unknown, context: AuthContext): Auth {
      const host = HostJoinOptions.safeParse(raw);
      const keyOk = host.success && secretsEqual(hashSecret(host.data.hostKey), this.hostKeyHash);
      const attempt = keyOk ? "host" : host.success ? "wrong_host_key" : "player";
      deps.addressLimits?.admitJoin(client, context, attempt);
      if (host.success) {
        if (!keyOk) throw refuse("host_key_invalid");
        return { kind: "host", language: this.state.language === "en" ? "en" : "nl" };
      }
      const player = readJoinOptions(raw);
      if (player.kind !== "player") throw refuse("invalid_request");
      return player;
    }

    override async onJoin(client: Client, _options: unknown, auth: Auth) {
      this.publishTime();
      if (auth.kind === "host") {
        this.state.hostConnected = true;
        grantViews(client, this.state, { kind: "host" });
        return;
      }
      await this.seats.seat(client, auth);
    }

    override async onDrop(client: Client) {
      await this.connections.dropped(client);
    }

    override async onReconnect(client: Client) {
      this.publishTime();
      await this.connections.reconnected(client);
    }

    override async onLeave(client: Client) {
      await this.connections.left(client);
    }

    /** Called through the matchmaker by the HTTP API once the host key has been checked against the store. */
    async deleteSession() {
      this.deleted = true;
      await this.queue.run(async () => {});
      await this.disconnect();
      await deps.store.deleteSession(this.sessionId());
    }

    /** Exactly one reply per message: the refusal, or `ack` once the effect is synced; a failure is a refusal too. */
    private async answer(client: Client, frame: GatedMessage) {
      const { command } = frame;
      let result: Outcome;
      try {
        result = await this.handle(client, frame);
      } catch (error) {
        console.error(`session ${this.state.code}: ${command} failed`, error);
        result = { ok: false, code: "store_unavailable" };
      }
      if (result.ok) return this.receipts.add(client, command);
      let params: Record<string, string> | undefined;
      try {
        params = this.refusalParams(client, command, result.code);
      } catch (error) {
        console.error(`session ${this.state.code}: wording the refusal of ${command} failed`, error);
      }
      sendError(client, command, result.code, params);
    }

    private async handle(client: Client, frame: GatedMessage): Promise<Outcome> {
      const { command: type, payload } = frame;
      // Nobody can join before onCreate ends; should a frame come first anyway, it is refused, never half-handled.
      if (!this.ready) return { ok: false, code: "store_unavailable" };
      if (this.deleted) return { ok: false, code: "session_ended" };
      if (frame.refusal) return { ok: false, code: frame.refusal };
      const limiter = type === "chat.say" ? this.chatLimit : this.commandLimit;
      if (!limiter.allow(client.sessionId)) return { ok: false, code: "rate_limited" };
      // A request with its own answer (the PIN) is refused when sent as a plain message, which has none.
      if (type === SEAT_HANDOVER) return { ok: false, code: "invalid_request" };
      if (isLeadCommand(type) && this.lead) {
        const led = await this.lead
          .command(this.isHost(client) ? "host" : "player", type, payload)
          .catch(() => ({ ok: false, code: "store_unavailable" }) as const);
        if (!led.ok) return led;
        if (led.reply) client.send(LEAD_SHOW, led.reply);
        return { ok: true };
      }
      let outcome: Outcome;
      if (this.isHost(client)) {
        outcome = isHostCommand(type)
          ? await this.game.hostCommand(type, payload)
          : { ok: false, code: "unknown_command" };
      } else {
        const seat = this.roster.bySession(client.sessionId);
        outcome = seat
          ? await this.game.playerCommand(seat.playerId, type, payload)
          : { ok: false, code: "not_in_team" };
      }
      if (!outcome.ok) return outcome;
      this.lead?.logChanged();
      if (type === "host.end")
        await deps.store.endSession(this.sessionId(), Date.now()).catch((error: unknown) => {
          // host.end is in the log, which is what a restart reads; the mark only spares it the fold.
          console.error(`session ${this.state.code}: marking the end failed`, error);
        });
      this.sync();
      return { ok: true };
    }

    /** Also runs for a room whose onCreate failed (nothing of it built): touches only what may be absent. */
    override onDispose() {
      this.receipts?.dispose();
      this.lead?.dispose();
    }

    /**
     * Colyseus calls this for an error in a lifecycle callback or a room-clock timer once it is defined (it then
     * wraps them): logged, and the room and the process go on. Refusals (ServerError, e.g. a wrong host key) are
     * answers, not errors, and are not logged.
     */
    override onUncaughtException(error: RoomException, methodName: RoomMethodName) {
      if (error.cause instanceof ServerError) return;
      console.error(
        `session ${this.state?.code ?? "(starting)"}: ${methodName} failed`,
        error.cause ?? error,
      );
    }

    /** What a refusal's sentence names: for now the team and role a start waits for. */
    private refusalParams(
      client: Client,
      command: string,
      code: ErrorCode,
    ): Record<string, string> | undefined {
      if (command !== "host.start" || code !== "roles_missing") return undefined;
      return startRefusal(this.game, languageOf(client));
    }

    /**
     * The clock is published when it starts or stops, when someone joins or comes back (so a page that just loaded
     * counts from a fresh time), and while it runs every 10 s against drift; not on every command, which would send
     * a patch to every client of the session each time.
     */
    override onBeforePatch() {
      if (!this.ready) return;
      try {
        if (this.game.clock.running && Date.now() - this.timePublishedAt >= TIME_REPUBLISH_MS)
          this.publishTime();
      } catch (error) {
        // Called from Colyseus's bare patch interval: a throw here would reach the process as uncaught.
        console.error(`session ${this.state.code}: publishing the time failed`, error);
      }
    }

    private publishTime() {
      this.timePublishedAt = Date.now();
      this.state.time.now = this.game.clock.now();
      this.state.time.running = this.game.clock.running;
    }

    /** Mirrors the game into synced state, gives each client its views, and sets the next timer. */
    private sync() {
      if (this.state.time.running !== this.game.clock.running) this.publishTime();
      this.state.status = this.game.status;
      for (const member of this.game.lobby.all()) {
        const entry = this.state.players.get(member.playerId);
        if (entry) Object.assign(entry, { teamId: member.teamId, role: member.role });
      }
      writeChangedTeams(this.state, this.game);
      for (const client of this.clients) grantViews(client, this.state, this.viewerOf(client));
      for (const seat of this.roster.all()) this.mirrorSeat(seat);
      this.scheduleWake();
    }

    private viewerOf(client: Client): Viewer {
      if (this.isHost(client)) return { kind: "host" };
      const seat = this.roster.bySession(client.sessionId);
      const member = seat && this.game.lobby.get(seat.playerId);
      return member && this.game.status !== "lobby"
        ? { kind: "player", teamId: member.teamId, role: member.role }
        : { kind: "none" };
    }

    /** One timer for the whole session: the earliest deadline of any team, in wall time at the current scale. */
    private scheduleWake() {
      this.wake?.clear();
      this.wake = undefined;
      const due = this.game.nextDue();
      const delay = due && this.game.clock.wallDelayUntil(due.at);
      if (delay === undefined) return;
      this.wake = this.clock.setTimeout(() => {
        void this.queue
          .run(async () => {
            await this.game.fireDue();
            this.sync();
          })
          .catch((error: unknown) => console.error(`session ${this.state.code}: timer failed`, error));
      }, delay);
    }

    private isHost(client: Client): boolean {
      return isHostClient(client);
    }

    private sessionId(): string {
      return this.game.sessionId;
    }

    private mirrorSeat(seat: Seat) {
      mirrorSeat(this.state, this.game, seat);
    }

    /** A session nobody has been connected to for the idle time is closed, in the log and the store, then disposed. */
    private disposeIfIdle() {
      const now = this.clock.currentTime;
      if (this.clients.length > 0) this.emptySince = undefined;
      else if (this.emptySince === undefined) this.emptySince = now;
      else if (now - this.emptySince >= deps.idleMs) {
        void this.queue
          .run(async () => {
            if (this.game.status !== "ended") await this.game.finish("inactive");
            await deps.store.endSession(this.sessionId(), Date.now());
            await this.disconnect();
          })
          .catch((error: unknown) => console.error(`session ${this.state.code}: closing failed`, error));
      }
    }
  };
}
