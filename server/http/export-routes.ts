// The facilitator's exports of one session (host key): JSON for replay, two CSVs for spreadsheets, pseudonymised
// JSON for research. Live, ended and restarted sessions alike: each reads the stored log.
import type { Request, Response, Router } from "express";
import type { Language } from "../../shared/i18n/index.ts";
import type { Scenario } from "../../shared/scenario/format.ts";
import type { ScenarioCatalog } from "../scenarios/catalog.ts";
import { eventsCsv } from "../sessions/export-events-csv.ts";
import { measuresCsv } from "../sessions/export-measures-csv.ts";
import { researchExport } from "../sessions/export-research.ts";
import { exportSession } from "../sessions/export-session.ts";
import { scenarioOf } from "../sessions/load-session.ts";
import type { SessionRecord, Store, StoredEvent } from "../store/store.ts";
import { asHost, fail } from "./host-auth.ts";

type Loaded = {
  record: SessionRecord;
  /** The scenario the session was played with, kept at its creation (sessions/load-session.ts). */
  scenario: Scenario;
  source: string;
  events: StoredEvent[];
  language: Language;
};

/** `wijkcrisis-K7QWX-2025-11-24-log.csv`: the code and the session's date, so a folder of exports sorts itself. */
function attachment(res: Response, record: SessionRecord, suffix: string) {
  const date = new Date(record.createdAt).toISOString().slice(0, 10);
  res.setHeader("Content-Disposition", `attachment; filename="wijkcrisis-${record.code}-${date}-${suffix}"`);
}

export function mountExportRoutes(router: Router, deps: { store: Store; catalog: ScenarioCatalog }) {
  async function load(req: Request, res: Response): Promise<Loaded | undefined> {
    const host = await asHost(deps.store, req, res);
    if (!host) return;
    const { record } = host;
    const played = await scenarioOf(deps.store, deps.catalog, record);
    if (!played) return void fail(res, 404, "unknown_scenario", record.scenarioId);
    const events = await deps.store.readLog(record.id);
    const language: Language = record.language === "en" ? "en" : "nl";
    return { record, ...played, events, language };
  }

  const csv = (res: Response, record: SessionRecord, suffix: string, body: string) => {
    attachment(res, record, suffix);
    res.type("text/csv; charset=utf-8").send(body);
  };

  router.get("/sessions/:code/export", async (req: Request, res: Response) => {
    const s = await load(req, res);
    if (!s) return;
    attachment(res, s.record, "export.json");
    res.json(exportSession(s.record, s.scenario, s.source, s.events, await deps.store.notes(s.record.id)));
  });

  router.get("/sessions/:code/export.csv", async (req: Request, res: Response) => {
    const s = await load(req, res);
    if (!s) return;
    csv(res, s.record, "log.csv", eventsCsv(s.scenario, s.language, s.record.teamSize, s.events));
  });

  router.get("/sessions/:code/measures.csv", async (req: Request, res: Response) => {
    const s = await load(req, res);
    if (!s) return;
    csv(res, s.record, "measures.csv", measuresCsv(s.scenario, s.language, s.events));
  });

  router.get("/sessions/:code/research", async (req: Request, res: Response) => {
    const s = await load(req, res);
    if (!s) return;
    attachment(res, s.record, "research.json");
    // No facilitator notes here: they are the teacher's own words and may name students (see the codebook).
    res.json(researchExport(s.record, s.scenario, s.source, s.events));
  });
}
