// A stable, pure state hash: canonical JSON (sorted keys) through two FNV-1a variants, 64 bits as hex.
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const rec = value as Record<string, unknown>;
  const keys = Object.keys(rec)
    .filter((k) => rec[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(rec[k])}`).join(",")}}`;
}

export function fnv1a(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export function hashState(state: unknown): string {
  const text = canonicalJson(state);
  const a = fnv1a(text).toString(16).padStart(8, "0");
  const b = fnv1a(text, 0x9e3779b9).toString(16).padStart(8, "0");
  return a + b;
}
