// Writes a freshly projected view into its synced entry, changing only the parts that differ from what clients have.
import type { ArraySchema } from "@colyseus/schema";
import { chatLineKey, listEdit, type SyncedChatLine, viewParts } from "../../shared/protocol/view-parts.ts";
import type { TeamView } from "../../shared/scenario/views.ts";
import { projectTeam } from "../sessions/project-views.ts";
import type { SessionGame } from "../sessions/session-game.ts";
import { ChatLineSync, type SessionState, ViewSync } from "./session-state.ts";

/** Every team the game marked changed, projected for its viewers and written into its entries; then none is. */
export function writeChangedTeams(state: SessionState, game: SessionGame) {
  for (const teamId of game.dirty) {
    // One map per team: the parts its views share are serialised once.
    const texts = new Map<unknown, string>();
    for (const [key, view] of projectTeam(game, teamId)) {
      let entry = state.views.get(key);
      if (!entry) {
        entry = new ViewSync();
        state.views.set(key, entry);
      }
      writeView(entry, view, texts);
    }
  }
  game.dirty.clear();
}

/** `texts`: one map for all views of a team written together, so the parts they share are serialised once. */
export function writeView(entry: ViewSync, view: TeamView, texts?: Map<unknown, string>) {
  const next = viewParts(view, texts);
  for (const [key, text] of Object.entries(next.parts))
    if (entry.parts.get(key) !== text) entry.parts.set(key, text);
  for (const key of [...entry.parts.keys()]) if (!Object.hasOwn(next.parts, key)) entry.parts.delete(key);
  writeList(
    entry.feed,
    next.feed,
    (text) => text,
    (text) => text,
  );
  writeList(entry.chat, next.chat, chatLineKey, (line: SyncedChatLine) => new ChatLineSync(line));
}

/** Drops from the front and appends at the end where it can; rewrites the list only when a kept line changed. */
function writeList<S, L>(
  synced: ArraySchema<S>,
  next: L[],
  key: (line: L | S) => string,
  make: (line: L) => S,
) {
  const edit = listEdit(
    [...synced].map((line) => key(line)),
    next.map((line) => key(line)),
  );
  if (edit.drop > 0) synced.splice(0, edit.drop);
  const from = next.length - edit.append.length;
  if (edit.append.length > 0) synced.push(...next.slice(from).map(make));
}
