// Builds the browser client from client/ into dist/client; the game server serves that folder.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const root = fileURLToPath(new URL("./client", import.meta.url));

export default defineConfig({
  root,
  publicDir: false,
  build: {
    outDir: fileURLToPath(new URL("./dist/client", import.meta.url)),
    emptyOutDir: true,
    target: "es2022",
    // Only when asked (SOURCEMAP=true npm run build): the served folder holds no maps, and the server refuses them.
    sourcemap: process.env.SOURCEMAP === "true",
    // Each page is its own chunk (client/main.ts imports them on demand); shared code lands in common chunks.
    chunkSizeWarningLimit: 800,
  },
  server: { port: 5173, strictPort: true },
});
