// The scene's colours: one per role (a card on the table shows whose it was), the map's ground and the
// pressure tint. Numbers, as Phaser wants them; the DOM says the same facts in words.
const ROLE_COLOURS: Record<string, number> = { AIOS: 0x1f5fbf, SW: 0x1d7a3a, WV: 0xb35c00 };
const SPARE_COLOURS = [0x7a3fb0, 0x0f7c8c, 0xa8326e, 0x5c6b00];
/** A card an outside contact revealed. */
export const CONTACT_COLOUR = 0x5b6472;

export function roleColour(role: string): number {
  const known = ROLE_COLOURS[role];
  if (known !== undefined) return known;
  let hash = 0;
  for (const ch of role) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return SPARE_COLOURS[hash % SPARE_COLOURS.length] ?? CONTACT_COLOUR;
}

export const INK = 0x1b1f27;
export const PAPER = 0xf7f4ec;
export const GROUND = 0xdfe8d3;
export const ROAD = 0xc9c3b5;
export const TABLE = 0xe9d9b8;
export const SLOT = 0x9aa1ad;
export const ALERT = 0xf2b705;
export const DANGER = 0xb3261e;
export const GOOD = 0x1d7a3a;

/** "#1f5fbf" for Phaser's text styles. */
export const css = (colour: number) => `#${colour.toString(16).padStart(6, "0")}`;

/** A place's name tag on the map: small ink text on a light patch, so it reads over roads and buildings. */
export function tagStyle(backgroundColor: string, bold = false) {
  return {
    fontFamily: "system-ui, sans-serif",
    fontSize: "12px",
    ...(bold ? { fontStyle: "bold" } : {}),
    color: css(INK),
    backgroundColor,
    padding: bold ? { x: 4, y: 2 } : { x: 3, y: 1 },
  };
}
