// Views travel in parts: what the server splits, the client must read back exactly, and reuse what did not change.
import { describe, expect, it } from "vitest";
import { viewFor } from "../../scenarios/engine/view.ts";
import { listEdit, ViewReader, viewParts } from "../../shared/protocol/view-parts.ts";
import { introduce, startGame } from "../engine/game.ts";

function playedView(chatLines: number) {
  const g = startGame();
  introduce(g);
  for (let i = 0; i < chatLines; i++) g.w.must(g.sw, "chat.say", { text: `regel ${i}` });
  return { g, view: () => viewFor(g.s, g.w.state, { kind: "role", role: "SW" }) };
}

describe("a view's parts", () => {
  it("read back into the same view, for players and the host", () => {
    const { g, view } = playedView(3);
    expect(new ViewReader().read(viewParts(view()))).toEqual(view());
    const host = viewFor(g.s, g.w.state, { kind: "host" });
    expect(new ViewReader().read(viewParts(host))).toEqual(host);
  });

  it("are reused where nothing changed, and only a changed part is new", () => {
    const { g, view } = playedView(2);
    const reader = new ViewReader();
    const first = reader.read(viewParts(view()));
    expect(reader.read(viewParts(view()))).toBe(first);
    g.w.must(g.aios, "chat.say", { text: "nieuw" });
    const second = reader.read(viewParts(view()));
    expect(second).not.toBe(first);
    expect(second?.chat.map((l) => l.text)).toEqual(["regel 0", "regel 1", "nieuw"]);
    expect(second?.casus).toBe(first?.casus);
    expect(second?.chat[0]).toBe(first?.chat[0]);
  });

  it("refuse a view with a broken part or without its team instead of guessing", () => {
    const parts = viewParts(playedView(0).view());
    expect(new ViewReader().read({ ...parts, parts: { ...parts.parts, hand: "{" } })).toBeUndefined();
    const { teamId: _gone, ...rest } = parts.parts;
    expect(new ViewReader().read({ ...parts, parts: rest })).toBeUndefined();
  });
});

describe("a list edit", () => {
  it("appends new lines and drops the oldest from the front", () => {
    expect(listEdit(["a", "b"], ["a", "b", "c"])).toEqual({ drop: 0, append: ["c"] });
    expect(listEdit(["a", "b", "c"], ["b", "c", "d"])).toEqual({ drop: 1, append: ["d"] });
    expect(listEdit(["a", "b"], ["a", "b"])).toEqual({ drop: 0, append: [] });
    expect(listEdit([], ["x"])).toEqual({ drop: 0, append: ["x"] });
    expect(listEdit(["a", "b"], [])).toEqual({ drop: 2, append: [] });
  });

  it("gives up when a kept line changed, so the list is rewritten", () => {
    expect(listEdit(["a", "b", "c"], ["a", "x", "c"])).toEqual({ drop: 3, append: ["a", "x", "c"] });
  });
});
