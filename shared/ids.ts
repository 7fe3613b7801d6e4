// Ids and secrets shared by server and client: one place defines their alphabet, length and shape.
import { customAlphabet, nanoid } from "nanoid";

/** Join codes are read off a projector and typed on laptops: no 0/O, 1/I/L, 2/Z, 5/S, 8/B, U/V. */
export const JOIN_CODE_ALPHABET = "34679ACDEFGHJKMNPQRTWXY";
export const JOIN_CODE_LENGTH = 5;
const JOIN_CODE_PATTERN = new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`);

export const newJoinCode = customAlphabet(JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH);

/** Accepts what a student types (lower case, spaces, dashes) and returns the canonical code, or null. */
export function normalizeJoinCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, "");
  return JOIN_CODE_PATTERN.test(code) ? code : null;
}

/** Secrets (host key, player token) are long random strings that never appear in synced state. */
export function newSecret(): string {
  return nanoid(32);
}
