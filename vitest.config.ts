// Test runner config, separate from vite.config.ts because that one roots Vite in client/.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    root: ".",
    include: ["tests/**/*.test.ts", "scenarios/**/*.test.ts", "shared/**/*.test.ts", "server/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // A poll waits for what a page or a room shows next; on a busy 2-core CI machine that can take over a second.
    expect: { poll: { timeout: 5_000 } },
    pool: "forks",
  },
});
