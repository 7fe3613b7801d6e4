// Serves the built client; every page path falls back to index.html so /host and /join/CODE load the app.
import { existsSync } from "node:fs";
import { join } from "node:path";
import express, { type Application } from "express";

export function serveClient(app: Application, clientDir: string) {
  const index = join(clientDir, "index.html");
  if (!existsSync(index)) {
    app.get("/", (_req, res) => {
      res.status(503).type("text").send(`The client is not built: ${index} is missing. Run "npm run build".`);
    });
    return;
  }
  app.use(express.static(clientDir, { index: false, maxAge: "1h", immutable: false }));
  // Listed explicitly: Colyseus adds its own "/" route unless the app declares one.
  app.get("/", (_req, res) => res.sendFile(index));
  // Page paths only: a missing /assets/x.js must stay a 404, not become a page.
  app.get(/^\/(?!api\/|matchmake\/)(?:[^.]*)$/, (_req, res) => res.sendFile(index));
}
