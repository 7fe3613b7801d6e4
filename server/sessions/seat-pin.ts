// Seat PINs: a short code a student reads off their own screen to get their seat back on another device.
import { randomInt } from "node:crypto";
import { hashSecret, secretsEqual } from "../security.ts";

export const PIN_DIGITS = 4;
/** Wrong tries before a seat's PIN locks; with 10,000 PINs that leaves a guesser 1 in 2,000 per lock period. */
export const MAX_WRONG_PINS = 5;
export const PIN_LOCK_MS = 5 * 60_000;

export function newPin(): string {
  return String(randomInt(0, 10 ** PIN_DIGITS)).padStart(PIN_DIGITS, "0");
}

/**
 * Stored like the token, as a hash only. Four digits cannot resist someone who holds the database, so the hash is
 * not the protection: the lock below is, and the database never leaves the teacher's machine or server.
 */
export function hashPin(playerId: string, pin: string): string {
  return hashSecret(`seat-pin:${playerId}:${pin}`);
}

export type PinVerdict = "ok" | "pin_wrong" | "pin_locked";

type Entry = { hash: string; wrong: number; lockedUntil: number; plain: string | undefined };

/** The PIN of every seat, its wrong tries and its lock. Tries and locks live in memory: a restart clears them. */
export class SeatPins {
  private readonly entries = new Map<string, Entry>();

  /**
   * A PIN made (or restored) for a seat; a fresh one also clears the seat's lock. The plain PIN is kept in memory
   * only while this process made it, so the holder's screen can show it again after a reload; never stored.
   */
  set(playerId: string, hash: string, plain?: string) {
    this.entries.set(playerId, { hash, wrong: 0, lockedUntil: 0, plain });
  }

  /** The plain PIN for the seat's own holder, when this process knows it. */
  plain(playerId: string): string | undefined {
    return this.entries.get(playerId)?.plain;
  }

  check(playerId: string, pin: string, now: number): PinVerdict {
    const entry = this.entries.get(playerId);
    // A seat from before PINs existed has none: no PIN opens it (the teacher can hand it over).
    if (!entry) return "pin_wrong";
    if (entry.lockedUntil > now) return "pin_locked";
    if (secretsEqual(hashPin(playerId, pin), entry.hash)) {
      entry.wrong = 0;
      entry.plain ??= pin;
      return "ok";
    }
    entry.wrong += 1;
    if (entry.wrong >= MAX_WRONG_PINS) {
      entry.wrong = 0;
      entry.lockedUntil = now + PIN_LOCK_MS;
      return "pin_locked";
    }
    return "pin_wrong";
  }
}
