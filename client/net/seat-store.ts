// A browser's seat in each session it joined, in localStorage: reloading the page sends the same token and gets the
// same seat back. Checked by hand, without zod, since the join form reads it before anything else loads.
import { nanoid } from "nanoid";

export type StoredSeat = {
  code: string;
  nickname: string;
  role?: string | undefined;
  token: string;
  /** The seat PIN as the server last sent it, shown on the student's own screen. */
  pin?: string | undefined;
};

const keyOf = (code: string) => `wijkcrisis.seat.${code}`;
const isText = (value: unknown): value is string => typeof value === "string";
const isOptionalText = (value: unknown): value is string | undefined => value === undefined || isText(value);

/** Only the known fields, so whatever else an older version stored does not travel on. */
function seatOf(raw: unknown): StoredSeat | undefined {
  const s = raw as { [K in keyof StoredSeat]?: unknown } | null;
  if (!s || !isText(s.code) || !isText(s.nickname) || !isText(s.token)) return undefined;
  if (!isOptionalText(s.role) || !isOptionalText(s.pin)) return undefined;
  const seat: StoredSeat = { code: s.code, nickname: s.nickname, token: s.token };
  if (s.role !== undefined) seat.role = s.role;
  if (s.pin !== undefined) seat.pin = s.pin;
  return seat;
}

export const seatStore = {
  load(code: string): StoredSeat | undefined {
    const raw = localStorage.getItem(keyOf(code));
    if (!raw) return undefined;
    try {
      return seatOf(JSON.parse(raw));
    } catch {
      return undefined;
    }
  },
  save(seat: StoredSeat) {
    localStorage.setItem(keyOf(seat.code), JSON.stringify(seat));
  },
  forget(code: string) {
    localStorage.removeItem(keyOf(code));
  },
  newToken: () => nanoid(32),
};
