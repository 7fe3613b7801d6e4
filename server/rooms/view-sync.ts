// Writes a freshly projected view into its synced entry, changing only the parts that differ from what clients have.
import type { ArraySchema } from "@colyseus/schema";
import { listEdit, VIEW_LISTS, viewParts } from "../../shared/protocol/view-parts.ts";
import type { TeamView } from "../../shared/scenario/views.ts";
import type { ViewSync } from "./session-state.ts";

export function writeView(entry: ViewSync, view: TeamView) {
  const next = viewParts(view);
  for (const [key, text] of Object.entries(next.parts))
    if (entry.parts.get(key) !== text) entry.parts.set(key, text);
  for (const key of [...entry.parts.keys()]) if (!Object.hasOwn(next.parts, key)) entry.parts.delete(key);
  for (const list of VIEW_LISTS) writeList(entry[list], next[list]);
}

function writeList(synced: ArraySchema<string>, next: string[]) {
  const edit = listEdit([...synced], next);
  if (edit.drop > 0) synced.splice(0, edit.drop);
  if (edit.append.length > 0) synced.push(...edit.append);
}
