// The facilitator's notes per team (host key): read them all, save one. Kept in the store with the session, so
// they outlive a restart and go when the session is deleted or retention removes it.
import type { Request, Response, Router } from "express";
import { NOTE_MAX, type NotesResponse, PutNoteRequest, type TeamNote } from "../../shared/protocol/notes.ts";
import type { Store } from "../store/store.ts";
import { asHost, fail } from "./host-auth.ts";

export function mountNotesRoutes(router: Router, deps: { store: Store }) {
  router.get("/sessions/:code/notes", async (req: Request, res: Response) => {
    const host = await asHost(deps.store, req, res);
    if (!host) return;
    const body: NotesResponse = { notes: await deps.store.notes(host.record.id) };
    res.json(body);
  });

  router.put("/sessions/:code/notes", async (req: Request, res: Response) => {
    const host = await asHost(deps.store, req, res);
    if (!host) return;
    const parsed = PutNoteRequest.safeParse(req.body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const tooLong = issue?.code === "too_big" && issue.path[0] === "text";
      return fail(
        res,
        tooLong ? 413 : 400,
        "invalid_request",
        tooLong
          ? `a note is at most ${NOTE_MAX} characters`
          : `${issue?.path.join(".") || "body"}: ${issue?.message}`,
      );
    }
    const { teamId, text } = parsed.data;
    // Only a team that played in this session has a debrief to write about.
    const log = await deps.store.readLog(host.record.id);
    if (!log.some((e) => e.team === teamId)) return fail(res, 404, "unknown_team", teamId);
    const note: TeamNote = { teamId, text, updatedAt: Date.now() };
    await deps.store.saveNote(host.record.id, note);
    res.json(note);
  });
}
