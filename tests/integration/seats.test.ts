// Seats that are not lost: the seat PIN takes a seat to another device, guessing it is limited, the teacher hands a
// seat over, a second device takes over cleanly, and the lobby and an ended session refuse with the right words.
import type { Room } from "@colyseus/sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashSecret } from "../../server/security.ts";
import { MAX_WRONG_PINS } from "../../server/sessions/seat-pin.ts";
import { Scripted } from "../helpers/scripted.ts";
import { startTestServer, type TestServer } from "../helpers/server.ts";
import { waitFor } from "../helpers/wait.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.stop();
});

const token = (name: string, device = 0) => `${name}-device-${device}-token-0123456789`;

/** Joins like a browser does, recording every frame, the PINs received and a take-over notice. */
async function join(roomId: string, options: Record<string, unknown>) {
  const room: Room = await server.colyseus.sdk.joinById(roomId, options);
  const frames: string[] = [];
  const events = room.connection.events as { onmessage?: (event: { data: unknown }) => void };
  const deliver = events.onmessage;
  events.onmessage = (event) => {
    const data = event.data;
    const bytes = data instanceof ArrayBuffer ? new Uint8Array(data) : (data as Uint8Array);
    frames.push(new TextDecoder().decode(bytes));
    deliver?.(event);
  };
  const pins: string[] = [];
  let takenOver = false;
  room.onMessage("seat.pin", (m: { pin: string }) => pins.push(m.pin));
  room.onMessage("seat.taken_over", () => {
    takenOver = true;
  });
  room.onMessage("error", () => {});
  room.onMessage("ack", () => {});
  const left = new Promise<number>((resolve) => room.onLeave((code) => resolve(code)));
  await room.waitForInitialState();
  return { room, frames, pins, takenOver: () => takenOver, left };
}

/** The refusal code a join gets, or "ok". */
async function refusal(roomId: string, options: Record<string, unknown>): Promise<string> {
  try {
    const room = await server.colyseus.sdk.joinById(roomId, options);
    await room.leave(true);
    return "ok";
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

type PlayerState = { id: string; nickname: string; sessionId: string; connected: boolean };
const players = (room: Room) => [
  ...((room.state as unknown as { players?: Map<string, PlayerState> } | undefined)?.players?.values() ?? []),
];
const ownSeat = (room: Room) => players(room).find((p) => p.sessionId === room.sessionId);

async function storedSeat(code: string, playerId: string) {
  const record = (await server.store.liveSessions()).find((s) => s.code === code);
  return (await server.store.seats(record?.id ?? "")).find((s) => s.playerId === playerId);
}

/** A tutorial session for pairs with its host and an AIOS and an SW, each joined with their own token. */
async function pairSession(aios: string, sw: string) {
  const session = await server.createSession({ scenarioId: "tutorial-nl", language: "nl", teamSize: 2 });
  const host = await Scripted.host(server.colyseus.sdk, session.roomId, session.hostKey);
  const first = await join(session.roomId, {
    nickname: aios,
    role: "AIOS",
    playerToken: token(aios.toLowerCase()),
  });
  const second = await join(session.roomId, {
    nickname: sw,
    role: "SW",
    playerToken: token(sw.toLowerCase()),
  });
  return { session, host, first, second };
}

describe("a seat PIN", () => {
  it("takes a student's seat to a new device; the old one is told and closed; the old token stops working", async () => {
    const { session, host, first: anna, second: bo } = await pairSession("Anna", "Bo");
    const [pin] = await waitFor(() => anna.pins.length > 0 && anna.pins, "Anna's PIN");
    expect(pin).toMatch(/^\d{4}$/);
    const annaId = await waitFor(() => ownSeat(anna.room)?.id, "Anna's seat");
    expect((await storedSeat(session.code, annaId))?.pinHash).toBeTruthy();
    expect(JSON.stringify(await storedSeat(session.code, annaId))).not.toContain(`"${pin}"`);
    expect(await host.send("host.start")).toBe("ok");

    // The new device has a fresh browser: its own token, the name typed again and the PIN.
    expect(await refusal(session.roomId, { nickname: "anna", playerToken: token("anna", 1) })).toBe(
      "nickname_taken",
    );
    const laptop = await join(session.roomId, { nickname: "anna ", playerToken: token("anna", 1), pin });
    expect(await waitFor(() => ownSeat(laptop.room)?.id, "the seat on the new device")).toBe(annaId);
    await waitFor(() => anna.takenOver(), "the old device told it was taken over");
    expect(await anna.left).toBe(4000);
    expect((await storedSeat(session.code, annaId))?.tokenHash).toBe(hashSecret(token("anna", 1)));
    await waitFor(() => laptop.pins.includes(pin ?? ""), `the PIN on the new device (got ${laptop.pins})`);

    // The old browser's token no longer holds a seat: it is told so instead of being given a new one.
    const before = players(host.room).length;
    expect(
      await refusal(session.roomId, { nickname: "Anna", playerToken: token("anna"), rejoin: true }),
    ).toBe("seat_unknown");
    expect(players(host.room).length).toBe(before);

    // Nobody but the seat's holder (and the host at a hand-over) ever receives a PIN.
    const pinFrame = new RegExp(`pin.{0,3}${pin}`);
    expect(anna.frames.some((f) => pinFrame.test(f))).toBe(true);
    expect(bo.frames.some((f) => pinFrame.test(f))).toBe(false);
    expect(bo.frames.some((f) => f.includes("seat.pin"))).toBe(true);
    expect(host.frames.some((f) => pinFrame.test(f))).toBe(false);
    for (const r of [laptop.room, bo.room, host.room]) await r.leave(true);
  });

  it("locks after too many wrong tries; the teacher's hand-over makes a new PIN and unlocks the seat", async () => {
    const { session, host, first: cas, second: dana } = await pairSession("Cas", "Dana");
    const [pin] = await waitFor(() => cas.pins.length > 0 && cas.pins, "Cas's PIN");
    const wrong = pin === "0000" ? "1111" : "0000";
    const attempt = (p: string, device: number) =>
      refusal(session.roomId, { nickname: "Cas", playerToken: token("cas", device), pin: p });

    for (let i = 1; i < MAX_WRONG_PINS; i++) expect(await attempt(wrong, i)).toBe("pin_wrong");
    expect(await attempt(wrong, 10)).toBe("pin_locked");
    // Locked means locked, even for the right PIN; the seat itself is untouched.
    expect(await attempt(pin ?? "", 11)).toBe("pin_locked");
    expect(cas.takenOver()).toBe(false);

    // Only the host may hand a seat over.
    const casId = await waitFor(() => ownSeat(cas.room)?.id, "Cas's seat");
    expect(await dana.room.request("seat.handover", { playerId: casId })).toMatchObject({
      ok: false,
      code: "host_only",
    });
    const handed = (await host.room.request("seat.handover", { playerId: casId })) as {
      ok: boolean;
      pin: string;
      nickname: string;
    };
    expect(handed).toMatchObject({ ok: true, nickname: "Cas" });
    expect(handed.pin).toMatch(/^\d{4}$/);
    // The seat's holder sees the new PIN on their own screen too; the teammate never does.
    await waitFor(() => cas.pins.includes(handed.pin), "the new PIN on Cas's screen");
    expect(dana.frames.some((f) => new RegExp(`pin.{0,3}${handed.pin}`).test(f))).toBe(false);
    expect(await host.room.request("seat.handover", { playerId: "nobody" })).toMatchObject({
      ok: false,
      code: "not_in_team",
    });

    if (handed.pin !== pin) expect(await attempt(pin ?? "", 12)).toBe("pin_wrong");
    const tablet = await join(session.roomId, {
      nickname: "Cas",
      playerToken: token("cas", 13),
      pin: handed.pin,
    });
    expect(await waitFor(() => ownSeat(tablet.room)?.id, "Cas on the tablet")).toBe(casId);
    await waitFor(() => cas.takenOver(), "the laptop told it was taken over");
    for (const r of [tablet.room, dana.room, host.room]) await r.leave(true);
  });
});

describe("a second tab with the same seat", () => {
  it("takes the seat over; the first tab is told, not left in an empty lobby, and the seat stays online", async () => {
    const { session, host, first: tab1, second: gus } = await pairSession("Fem", "Gus");
    expect(await host.send("host.start")).toBe("ok");
    const femId = await waitFor(() => ownSeat(tab1.room)?.id, "Fem's seat");
    const tab2 = await join(session.roomId, {
      nickname: "Fem",
      playerToken: token("fem"),
      rejoin: true,
    });
    expect(await waitFor(() => ownSeat(tab2.room)?.id, "Fem in the second tab")).toBe(femId);
    await waitFor(() => tab1.takenOver(), "the first tab told");
    await tab1.left;
    // The first tab's close is not the seat going offline: the teacher still sees Fem online.
    const femOnline = () => players(host.room).find((p) => p.id === femId)?.connected;
    await host.send("host.pause");
    expect(femOnline()).toBe(true);
    for (const r of [tab2.room, gus.room, host.room]) await r.leave(true);
  });

  it("a failed join with the same name leaves the seat as it was", async () => {
    const session = await server.createSession({ scenarioId: "tutorial-nl", language: "nl", teamSize: 2 });
    const hana = await join(session.roomId, { nickname: "Hana", role: "AIOS", playerToken: token("hana") });
    const hanaId = await waitFor(() => ownSeat(hana.room)?.id, "Hana's seat");
    expect(await refusal(session.roomId, { nickname: "Hana", playerToken: token("hana", 1) })).toBe(
      "nickname_taken",
    );
    expect(hana.takenOver()).toBe(false);
    expect((await storedSeat(session.code, hanaId))?.tokenHash).toBe(hashSecret(token("hana")));
    await hana.room.leave(true);
    const back = await join(session.roomId, { nickname: "Hana", playerToken: token("hana"), rejoin: true });
    expect(await waitFor(() => ownSeat(back.room)?.id, "Hana back")).toBe(hanaId);
    await back.room.leave(true);
  });
});

describe("refusals with the right words", () => {
  it("a start with nobody says there are no students; a team without a role is named with the role", async () => {
    const session = await server.createSession({ scenarioId: "tutorial-nl", language: "nl", teamSize: 2 });
    const host = await Scripted.host(server.colyseus.sdk, session.roomId, session.hostKey);
    expect(await host.send("host.start")).toBe("no_players");
    expect(host.errors.at(-1)?.message).toBe(
      "Er zijn nog geen studenten. Wacht tot ze met de code hebben meegedaan.",
    );
    const ivo = await join(session.roomId, { nickname: "Ivo", role: "AIOS", playerToken: token("ivo") });
    await waitFor(() => players(host.room).length === 1, "Ivo in the lobby");
    expect(await host.send("host.start")).toBe("roles_missing");
    const refused = host.errors.at(-1) as unknown as { message: string; params?: Record<string, string> };
    expect(refused.message).toBe("Team 1 mist nog een sociaal werker (wijkteam).");
    expect(refused.params).toEqual({ team: "1", role: "sociaal werker (wijkteam)" });
    await ivo.room.leave(true);
  });

  it("an ended session refuses a new student but lets a returning one read the outcome", async () => {
    const { session, host, first: jas, second: kim } = await pairSession("Jas", "Kim");
    const [kimPin] = await waitFor(() => kim.pins.length > 0 && kim.pins, "Kim's PIN");
    expect(await host.send("host.start")).toBe("ok");
    expect(await host.send("host.end")).toBe("ok");
    const lookup = await fetch(`${server.url}/api/sessions/${session.code}`);
    expect(lookup.status).toBe(410);
    expect(await lookup.json()).toMatchObject({ error: "session_ended" });
    expect(await refusal(session.roomId, { nickname: "Lou", playerToken: token("lou") })).toBe(
      "session_ended",
    );
    await jas.room.leave(true);
    expect(await refusal(session.roomId, { nickname: "Jas", playerToken: token("jas"), rejoin: true })).toBe(
      "ok",
    );
    // A student whose laptop died during the game still gets to the outcome with the PIN.
    expect(
      await refusal(session.roomId, { nickname: "Kim", playerToken: token("kim", 1), pin: kimPin }),
    ).toBe("ok");
    await host.room.leave(true);
  });
});

// Last: a second server takes over the process-wide matchmaker, so nothing may use the first one after this.
describe("after a restart", () => {
  it("survives a restart: the stored PIN hash still opens the seat", async () => {
    const first = await startTestServer();
    const session = await first.createSession({ scenarioId: "tutorial-nl", language: "nl", teamSize: 2 });
    const room = await first.colyseus.sdk.joinById(session.roomId, {
      nickname: "Eva",
      role: "AIOS",
      playerToken: token("eva"),
    });
    const pin = await new Promise<string>((resolve) =>
      room.onMessage("seat.pin", (m: { pin: string }) => resolve(m.pin)),
    );
    const store = first.store;
    await first.stop({ keepStore: true });
    const second = await startTestServer({ store });
    try {
      expect((await second.restoreSessions()).restored).toEqual([session.code]);
      const lookup = (await (await fetch(`${second.url}/api/sessions/${session.code}`)).json()) as {
        roomId: string;
      };
      const back = await second.colyseus.sdk.joinById(lookup.roomId, {
        nickname: "Eva",
        playerToken: token("eva", 1),
        pin,
      });
      await waitFor(() => ownSeat(back)?.nickname === "Eva", "Eva back on a new device after the restart");
      await back.leave(true);
    } finally {
      await second.stop();
    }
  });
});
