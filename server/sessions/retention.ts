// Deletes ended sessions and their logs once the retention period has passed: at start-up and every few hours.
import type { Store } from "../store/store.ts";

const EVERY_MS = 6 * 60 * 60_000;

export function startRetention(
  store: Store,
  retentionMs: number,
  onPurge: (count: number) => void,
): () => void {
  const purge = () => {
    store
      .purgeEndedBefore(Date.now() - retentionMs)
      .then((count) => count > 0 && onPurge(count))
      .catch((error: unknown) => console.error("retention purge failed", error));
  };
  purge();
  const timer = setInterval(purge, EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
