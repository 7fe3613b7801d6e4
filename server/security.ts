// Comparing and storing secrets (host keys, player tokens) without leaking them through timing or the database.
import { createHash, timingSafeEqual } from "node:crypto";

export function secretsEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** Tokens are long random strings, so a plain SHA-256 suffices: there is nothing to brute-force. */
export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}
