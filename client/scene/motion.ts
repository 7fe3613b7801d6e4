// Whether the scene moves: the reader's "reduce motion" wish (followed while the page is open), and what the scene
// really animated, counted, so a test can tell a calm scene from a moving one by what it did.
const QUERY = "(prefers-reduced-motion: reduce)";

/** Shared by reference: the scene reads `calm` at each card, marker and frame, so a changed wish applies at once. */
export type Motion = {
  calm: boolean;
  /** Cards that flew in from a seat, and event rings that pulsed. */
  flights: number;
  pulses: number;
};

/** The wish as it stands, kept up to date until `stop()`. */
export function watchMotion(onChange: () => void): { motion: Motion; stop: () => void } {
  const query = window.matchMedia(QUERY);
  const motion: Motion = { calm: query.matches, flights: 0, pulses: 0 };
  const follow = () => {
    motion.calm = query.matches;
    onChange();
  };
  query.addEventListener("change", follow);
  return { motion, stop: () => query.removeEventListener("change", follow) };
}
