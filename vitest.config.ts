// Test runner config, separate from vite.config.ts because that one roots Vite in client/.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    root: ".",
    include: ["tests/**/*.test.ts", "scenarios/**/*.test.ts", "shared/**/*.test.ts", "server/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
  },
});
