// Builds the browser client from client/ into dist/client; the game server serves that folder.
import { fileURLToPath } from "node:url";
import { defineConfig, type Plugin } from "vite";

const root = fileURLToPath(new URL("./client", import.meta.url));
/** Phaser's own sources: client/scene/phaser-lite.ts picks the parts the scene uses from here. */
const phaserSrc = fileURLToPath(new URL("./node_modules/phaser/src", import.meta.url));

/**
 * Phaser's sources test build flags (`typeof WEBGL_RENDERER`) that its own webpack build replaces. Replacing them
 * the same way keeps the renderers and drops sound, the Facebook plugin and the debug code from the Phaser chunk.
 */
const PHASER_FLAGS: Record<string, boolean> = {
  WEBGL_RENDERER: true,
  CANVAS_RENDERER: true,
  WEBGL_DEBUG: false,
  FEATURE_SOUND: false,
  PLUGIN_CAMERA3D: false,
  PLUGIN_FBINSTANT: false,
};
function phaserFlags(): Plugin {
  const flag = new RegExp(`typeof (${Object.keys(PHASER_FLAGS).join("|")})\\b`, "g");
  return {
    name: "phaser-flags",
    enforce: "pre",
    transform(code, id) {
      if (!id.startsWith(phaserSrc) || !code.includes("typeof ")) return null;
      const next = code.replace(flag, (_, name: string) => String(PHASER_FLAGS[name]));
      return next === code ? null : { code: next, map: null };
    },
  };
}

export default defineConfig({
  root,
  publicDir: false,
  plugins: [phaserFlags()],
  resolve: { alias: { "phaser-src": phaserSrc } },
  build: {
    outDir: fileURLToPath(new URL("./dist/client", import.meta.url)),
    emptyOutDir: true,
    target: "es2022",
    // Only when asked (SOURCEMAP=true npm run build): the served folder holds no maps, and the server refuses them.
    sourcemap: process.env.SOURCEMAP === "true",
    // Each page is its own chunk (client/main.ts imports them on demand); shared code lands in common chunks.
    // Phaser is one more, loaded only when the play page draws its scene.
    chunkSizeWarningLimit: 800,
    rolldownOptions: {
      output: {
        codeSplitting: { groups: [{ name: "phaser", test: /node_modules[\\/](phaser|eventemitter3)[\\/]/ }] },
      },
    },
  },
  server: { port: 5173, strictPort: true },
});
