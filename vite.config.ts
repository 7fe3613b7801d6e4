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
    sourcemap: true,
  },
  server: { port: 5173, strictPort: true },
});
