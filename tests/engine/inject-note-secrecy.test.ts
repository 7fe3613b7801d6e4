// An inject's `note` is the facilitator's answer key: host views carry it, no player's or team view ever does,
// at any moment of a game (before and after the inject fired, after the game ended).
import { expect, test } from "vitest";
import { viewsFor } from "../../scenarios/engine/view.ts";
import type { Viewer } from "../../shared/scenario/views.ts";
import { fixtureGame, loadFixture } from "./format-fixture.ts";
import { agree } from "./game.ts";

const PLAYERS: Viewer[] = [
  { kind: "role", role: "AIOS" },
  { kind: "role", role: "SW" },
  { kind: "role", role: "WV" },
  { kind: "team" },
];

test("players' views never contain an inject's note; the host's view lists it with the inject", () => {
  const s = loadFixture();
  const notes = s.injects.flatMap((i) => (i.note ? [i.note] : []));
  expect(notes).toHaveLength(2);
  const g = fixtureGame(s);
  const moments: string[] = [];
  const look = (label: string) => {
    const [host, ...players] = viewsFor(s, g.w.state, [{ kind: "host" }, ...PLAYERS]);
    for (const [i, view] of players.entries()) {
      const text = JSON.stringify(view);
      for (const note of notes) expect(text, `${label}: ${JSON.stringify(PLAYERS[i])}`).not.toContain(note);
      expect(view.injects).toEqual([]);
    }
    expect(host?.injects.find((i) => i.id === "I1")?.note).toBe(notes[0]);
    moments.push(label);
  };
  look("F1 start");
  g.w.t = 100_000; // past I1 at 01:30
  g.w.must({ kind: "system" }, "timer.fire", {});
  expect(Object.hasOwn(g.w.state.fired, "I1")).toBe(true);
  look("I1 fired");
  g.w.must(g.wv ?? g.sw, "card.share", { cardId: "V1", basis: "toestemming" });
  g.w.must(g.sw, "contact.request", { contactId: "vrijwilligerscentrale" });
  agree(g, "B1", "A");
  expect(Object.hasOwn(g.w.state.fired, "I2")).toBe(true);
  look("I2 fired in F2");
  agree(g, "B2", "B");
  g.w.must(g.sw, "decision.confirm", { decisionId: "B2", optionId: "B" });
  expect(g.w.state.status).toBe("ended");
  const ended = JSON.stringify(viewsFor(s, g.w.state, PLAYERS));
  for (const note of notes) expect(ended).not.toContain(note);
  expect(moments).toHaveLength(3);
});
