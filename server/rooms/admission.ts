// Who may reserve a seat in a session room. Colyseus counts every unused reservation and every held reconnection
// against one `maxClients`, and locks the room for everyone (522) when they add up: 64 reservations without a
// socket kept a class and its teacher out. Here instead:
// - a reservation nobody connects to blocks nobody: per address and per room only so many wait at once, and a new
//   one pushes out the oldest waiting one of the same kind (the flood's own, in practice);
// - the teacher's join (a valid host key) never counts against the students, and is limited only among hosts;
// - students' connections and held reconnections are capped at the seats plus room for reloads passing each other;
// - a seat reclaimed by its token or PIN frees the reconnection its old connection held (releaseHold).
// Colyseus keeps this bookkeeping private; it is read and written here only, against @colyseus/core 0.18.
import { type Client, matchMaker, type Room } from "@colyseus/core";
import { HostJoinOptions } from "../../shared/protocol/session.ts";
import { hashSecret, secretsEqual } from "../security.ts";
import { isHostClient } from "./connections.ts";
import { ADDRESS_OPTION } from "./join-options.ts";

export type AdmissionLimits = {
  /** Students' open connections plus their held reconnections. */
  students: number;
  /** The teacher's open connections plus waiting host reservations: laptop, projector, phone, tabs. */
  hosts: number;
  /** Reservations from one address that may wait for their socket at once. */
  pendingPerAddress: number;
  /** Reservations in the room that may wait for their socket at once (hosts' not counted). */
  pendingPerRoom: number;
};

export function admissionLimits(maxPlayers: number): AdmissionLimits {
  // A reservation waits a fraction of a second for its socket, and a whole class behind one school address may
  // click at the same moment: that many wait from one address. Beyond it the flood pushes out its own oldest.
  const perAddress = maxPlayers + 10;
  return {
    students: maxPlayers + 10,
    hosts: 20,
    pendingPerAddress: perAddress,
    pendingPerRoom: 2 * perAddress,
  };
}

/** The hard ceiling handed to Colyseus: never reached while the limits above hold, so the room never locks. */
export function colyseusCeiling(limits: AdmissionLimits): number {
  return 2 * (limits.students + limits.hosts + limits.pendingPerRoom) + 100;
}

export type Waiting = { sessionId: string; address: string; host: boolean; order: number };
export type Census = { students: number; hosts: number; waiting: Waiting[] };
export type Verdict = { ok: true; evict: string[] } | { ok: false };

/** The rules, on a snapshot of the room: admit or refuse `candidate`, and which waiting reservations make room. */
export function admit(
  limits: AdmissionLimits,
  census: Census,
  candidate: { address: string; host: boolean },
): Verdict {
  const waiting = [...census.waiting].sort((a, b) => a.order - b.order);
  const evict: string[] = [];
  const trim = (group: Waiting[], room: number) => {
    for (const w of group.slice(0, Math.max(0, group.length - room))) evict.push(w.sessionId);
  };
  if (candidate.host) {
    if (census.hosts >= limits.hosts) return { ok: false };
    trim(
      waiting.filter((w) => w.host),
      limits.hosts - census.hosts - 1,
    );
    return { ok: true, evict };
  }
  if (census.students >= limits.students) return { ok: false };
  const students = waiting.filter((w) => !w.host);
  trim(
    students.filter((w) => w.address === candidate.address),
    limits.pendingPerAddress - 1,
  );
  // Over the room's bound, the address with the most waiting gives up its oldest: a flood pays, not the class.
  const rest = students.filter((w) => !evict.includes(w.sessionId));
  for (let excess = rest.length - (limits.pendingPerRoom - 1); excess > 0; excess--) {
    const counts = new Map<string, number>();
    for (const w of rest) counts.set(w.address, (counts.get(w.address) ?? 0) + 1);
    const busiest = [...counts].reduce((a, b) => (b[1] > a[1] ? b : a))[0];
    const oldest = rest.findIndex((w) => w.address === busiest);
    evict.push(...rest.splice(oldest, 1).map((w) => w.sessionId));
  }
  return { ok: true, evict };
}

type Reservation = [options: unknown, auth: unknown, consumed: boolean, reconnection: boolean];
type Deferred = { reject(reason?: unknown): unknown };
/** The parts of a 0.18 Room this file reaches into (all private in its typings). */
type Internals = {
  _reservedSeats: Record<string, Reservation>;
  _reservedSeatTimeouts: Record<string, ReturnType<typeof setTimeout>>;
  _reconnections: Record<string, [sessionId: string, deferred: Deferred]>;
  _listing: Parameters<typeof matchMaker.driver.update>[0];
  _reserveSeat(
    sessionId: string,
    options?: unknown,
    auth?: unknown,
    seconds?: number,
    reconnection?: boolean,
    devModeToken?: string,
  ): Promise<boolean>;
};

export class Admission {
  private readonly marks = new WeakMap<object, Waiting>();
  private order = 0;
  private readonly internals: Internals;

  constructor(
    private readonly room: Room,
    private readonly limits: AdmissionLimits,
    /** The session's host key hash; read at each reservation, since the room learns it when it boots. */
    private readonly hostKeyHash: () => string,
  ) {
    this.internals = room as unknown as Internals;
    const reserve = this.internals._reserveSeat.bind(room);
    // remoteRoomCall looks the method up on the instance, so this one answers every reservation for this room.
    this.internals._reserveSeat = (sessionId, options, auth, seconds, reconnection, devModeToken) =>
      reconnection || devModeToken !== undefined
        ? reserve(sessionId, options, auth, seconds, reconnection, devModeToken)
        : this.reserve(sessionId, options, (opts) => reserve(sessionId, opts, auth, seconds, false));
  }

  private reserve(sessionId: string, raw: unknown, reserve: (options: unknown) => Promise<boolean>) {
    const options = typeof raw === "object" && raw !== null ? (raw as Record<string, unknown>) : {};
    const from = options[ADDRESS_OPTION];
    delete options[ADDRESS_OPTION];
    const candidate = {
      sessionId,
      address: typeof from === "string" ? from : "",
      host: this.isHostJoin(options),
      order: this.order++,
    };
    const verdict = admit(this.limits, this.census(), candidate);
    if (!verdict.ok) return Promise.resolve(false);
    for (const id of verdict.evict) this.evict(id);
    // Marked before Colyseus stores it, so a reservation racing this one already counts it.
    this.marks.set(options, candidate);
    return reserve(options);
  }

  /** The room as the rules see it, from Colyseus's own records (so nothing here can drift from them). */
  census(): Census {
    let students = 0;
    let hosts = 0;
    const waiting: Waiting[] = [];
    for (const client of this.room.clients as Iterable<Client>) {
      if (isHostClient(client)) hosts++;
      else students++;
    }
    for (const [sessionId, [options, auth, consumed, reconnection]] of Object.entries(
      this.internals._reservedSeats,
    )) {
      // A teacher's dropped tab holds its reconnection without counting: the teacher must always get back in.
      if (reconnection) {
        if ((auth as { kind?: string } | undefined)?.kind !== "host") students++;
        continue;
      }
      if (consumed) continue;
      const mark = typeof options === "object" && options !== null ? this.marks.get(options) : undefined;
      waiting.push(mark ?? { sessionId, address: "", host: false, order: -1 });
    }
    return { students, hosts, waiting };
  }

  /** A waiting reservation is dropped as its own timeout would drop it; its socket, if it comes, is refused. */
  private evict(sessionId: string) {
    const { _reservedSeats: seats, _reservedSeatTimeouts: timeouts } = this.internals;
    const entry = seats[sessionId];
    if (!entry || entry[2] || entry[3]) return;
    clearTimeout(timeouts[sessionId]);
    delete timeouts[sessionId];
    delete seats[sessionId];
    const failed = (error: unknown) => console.error("releasing a seat reservation failed", error);
    try {
      Promise.resolve(matchMaker.driver.update(this.internals._listing, { $inc: { clients: -1 } })).catch(
        failed,
      );
    } catch (error) {
      failed(error);
    }
  }

  private isHostJoin(options: unknown): boolean {
    const host = HostJoinOptions.safeParse(options);
    return host.success && secretsEqual(hashSecret(host.data.hostKey), this.hostKeyHash());
  }

  /** The reconnection a dropped connection holds is given up: its seat went to another connection. */
  releaseHold(sessionId: string) {
    for (const [held, deferred] of Object.values(this.internals._reconnections))
      if (held === sessionId) deferred.reject(false);
  }
}
