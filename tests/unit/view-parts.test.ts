// Views travel in parts: what the server splits, the client must read back exactly, and reuse what did not change.
import { describe, expect, it } from "vitest";
import { viewFor, viewsFor } from "../../scenarios/engine/view.ts";
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

  it("carry a departed writer's chat line with no nickname, and read it back as null", () => {
    const { view } = playedView(1);
    const v = view();
    const gone = { ...v, chat: v.chat.map((line) => ({ ...line, nickname: null })) };
    const parts = viewParts(gone);
    expect(parts.chat[0]?.nickname).toBe("");
    expect(new ViewReader().read(parts)?.chat[0]?.nickname).toBeNull();
  });

  it("refuse a view with a broken part or without its team instead of guessing", () => {
    const parts = viewParts(playedView(0).view());
    expect(new ViewReader().read({ ...parts, parts: { ...parts.parts, hand: "{" } })).toBeUndefined();
    const { teamId: _gone, ...rest } = parts.parts;
    expect(new ViewReader().read({ ...parts, parts: rest })).toBeUndefined();
  });
});

describe("a team's views built together", () => {
  it("are each exactly the viewer's own view, and share only what every viewer gets alike", () => {
    const { g } = playedView(2);
    g.w.must(g.sw, "card.share", {
      cardId: Object.keys(g.w.state.cardOwner).find((id) => g.w.state.cardOwner[id] === "SW") ?? "",
    });
    const viewers = [{ kind: "role", role: "SW" }, { kind: "role", role: "AIOS" }, { kind: "host" }] as const;
    const together = viewsFor(g.s, g.w.state, viewers);
    for (const [i, view] of together.entries())
      expect(view).toEqual(viewFor(g.s, g.w.state, viewers[i] as (typeof viewers)[number]));
    const [sw, aios, host] = together as [(typeof together)[0], (typeof together)[0], (typeof together)[0]];
    expect(sw.table).toBe(aios.table);
    expect(sw.chat).toBe(host.chat);
    expect(sw.hand).not.toEqual(aios.hand);
    const texts = new Map<unknown, string>();
    const parts = together.map((view) => viewParts(view, texts));
    expect(parts[0]?.parts.table).toBe(parts[1]?.parts.table);
    expect(parts[0]?.parts.hand).not.toBe(parts[1]?.parts.hand);
    expect(parts.map((p) => new ViewReader().read(p))).toEqual(together);
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
