// Serves the built client; every page path falls back to index.html so /host and /join/CODE load the app.
import { existsSync } from "node:fs";
import { join } from "node:path";
import compression from "compression";
import express, { type Application, type NextFunction, type Request, type Response } from "express";

/**
 * Gzip (or brotli) for text responses: pages, scripts, styles and the JSON API, which matter on a class's shared
 * Wi-Fi. Colyseus answers /matchmake and the WebSocket upgrade before Express sees them, so they are untouched.
 */
export const compressText = compression({ threshold: 1024 });

/**
 * Source maps are for developers: `npm run build` makes none unless SOURCEMAP=true, and a map that ends up in the
 * folder anyway is not served, so the class cannot read the sources and comments through the browser.
 */
function refuseSourceMaps(req: Request, res: Response, next: NextFunction) {
  if (req.path.endsWith(".map")) res.status(404).type("text").send("Not found");
  else next();
}

/**
 * Pages may run only the client's own scripts: whatever a player writes (a nickname, a chat line) can never become
 * a script, even if a page one day put it in as markup. WebSockets may go to another process of the same service
 * (several processes, docs/deployment.md), so `connect-src` allows ws/wss; styles allow inline `style` attributes,
 * which the pages and the QR code's SVG set. Only the built client served here carries it: in `npm run dev` Vite
 * serves the pages (with its inline hot-reload client) and sends no policy.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self' ws: wss:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

function securityHeaders(_req: Request, res: Response, next: NextFunction) {
  res.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
  res.setHeader("X-Content-Type-Options", "nosniff");
  next();
}

export function serveClient(app: Application, clientDir: string) {
  const index = join(clientDir, "index.html");
  if (!existsSync(index)) {
    app.get("/", (_req, res) => {
      res.status(503).type("text").send(`The client is not built: ${index} is missing. Run "npm run build".`);
    });
    return;
  }
  app.use(securityHeaders);
  app.use(refuseSourceMaps);
  // Hashed file names change with their content, so a browser may keep them; index.html names the current ones.
  app.use(
    "/assets",
    express.static(join(clientDir, "assets"), { index: false, maxAge: "30d", immutable: true }),
  );
  app.use(express.static(clientDir, { index: false, maxAge: "1h", immutable: false }));
  // Listed explicitly: Colyseus adds its own "/" route unless the app declares one.
  app.get("/", (_req, res) => res.sendFile(index, { maxAge: 0 }));
  // Page paths only: a missing /assets/x.js must stay a 404, not become a page.
  app.get(/^\/(?!api\/|matchmake\/)(?:[^.]*)$/, (_req, res) => res.sendFile(index, { maxAge: 0 }));
}
