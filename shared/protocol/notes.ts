// The facilitator's notes per team, kept with the session: `GET/PUT /api/sessions/<code>/notes` (host key).
import { z } from "zod";
import { TeamIdSchema } from "../scenario/session-entries.ts";

/** A note is the teacher's own memory aid for one team's debrief; long enough for a page, short enough to read. */
export const NOTE_MAX = 3000;

/** An empty text deletes the team's note. Over-long text is refused, never cut: the teacher decides what goes. */
export const PutNoteRequest = z.strictObject({
  teamId: TeamIdSchema,
  text: z.string().max(NOTE_MAX, `a note is at most ${NOTE_MAX} characters`),
});
export type PutNoteRequest = z.infer<typeof PutNoteRequest>;

export const TeamNoteSchema = z.object({ teamId: z.string(), text: z.string(), updatedAt: z.number() });
export type TeamNote = z.infer<typeof TeamNoteSchema>;

/** GET's reply; PUT answers with the one note as saved (text "" once deleted). */
export const NotesResponse = z.object({ notes: z.array(TeamNoteSchema) });
export type NotesResponse = z.infer<typeof NotesResponse>;
