// What "next phase" would do, told before the facilitator confirms, and which injects can still fire.
import { describe, expect, test } from "vitest";
import { advancePreview } from "../../scenarios/engine/advance-preview.ts";
import { injectBlock } from "../../scenarios/engine/inject-availability.ts";
import { viewFor } from "../../scenarios/engine/view.ts";
import { HOST } from "../../scenarios/engine/writer.ts";
import type { Scenario } from "../../shared/scenario/format.ts";
import type { TeamState } from "../../shared/scenario/state.ts";
import { agree, introduce, startGame } from "./game.ts";

const block = (s: Scenario, team: TeamState, id: string) => {
  const inj = s.injects.find((i) => i.id === id);
  if (!inj) throw new Error(`no inject ${id}`);
  return injectBlock(s, team, inj);
};

describe("advance preview", () => {
  test("names the phase, the next one, and each open decision with its timeout option and effects", () => {
    const g = startGame();
    introduce(g);
    const preview = advancePreview(g.s, g.w.state);
    const b1 = g.s.decisions.find((d) => d.id === "B1");
    expect(preview?.phase.id).toBe("F1");
    expect(preview?.next?.id).toBe("F2");
    expect(preview?.decisions.map((d) => d.id)).toEqual(["B1"]);
    expect(preview?.decisions[0]).toMatchObject({
      status: "open",
      question: b1?.question,
      option: { id: b1?.timeout.option },
    });
    // Option B's own consequence (WON -1, VERTR -1) plus the timeout's SAM -1.
    expect(preview?.decisions[0]?.effects).toEqual({ WON: -1, VERTR: -1, SAM: -1 });
    g.w.must(HOST, "host.advance", {});
    expect(g.w.state.decisions.B1).toMatchObject({ chosen: "B", decidedBy: "host" });
    expect(g.w.state.pressure).toBe(1);
  });

  test("a decided decision is not listed; the last phase says the game ends", () => {
    const g = startGame();
    introduce(g);
    agree(g, "B1", "D");
    expect(g.w.state.phase).toBe("F2");
    expect(advancePreview(g.s, g.w.state)?.decisions.some((d) => d.id === "B1")).toBe(false);
    for (let i = 0; i < 10 && g.w.state.phase !== "F4"; i++) g.w.must(HOST, "host.advance", {});
    expect(advancePreview(g.s, g.w.state)?.next).toBeNull();
  });

  test("nothing to preview while paused or after the end; only the host view carries it", () => {
    const g = startGame();
    introduce(g);
    expect(viewFor(g.s, g.w.state, { kind: "role", role: "SW" }).advance).toBeNull();
    expect(viewFor(g.s, g.w.state, { kind: "host" }).advance?.phase.id).toBe("F1");
    g.w.must(HOST, "host.pause", {});
    expect(advancePreview(g.s, g.w.state)).toBeNull();
    g.w.must(HOST, "host.resume", {});
    g.w.must(HOST, "host.end", {});
    expect(advancePreview(g.s, g.w.state)).toBeNull();
  });

  test("the feed says the teacher moved the team on, not that time was up; the decision is the host's", () => {
    const g = startGame();
    introduce(g);
    const before = g.w.state.feed.length;
    g.w.must(HOST, "host.advance", {});
    const added = g.w.state.feed.slice(before);
    expect(added[0]).toMatchObject({ kind: "advance", ref: "F1" });
    expect(added.some((f) => f.kind === "timeout")).toBe(false);
    expect(g.w.state.decisions.B1).toMatchObject({ status: "decided", decidedBy: "host" });
  });

  test("time running out still says so", () => {
    const g = startGame();
    introduce(g);
    g.w.t = g.w.state.deadline ?? 0;
    g.w.must({ kind: "system" }, "timer.fire", {});
    expect(g.w.state.decisions.B1?.decidedBy).toBe("timeout");
    expect(g.w.state.feed.some((f) => f.kind === "timeout" && f.ref === "B1")).toBe(true);
  });
});

describe("inject availability", () => {
  test("each inject says why it cannot fire: fired, phase over, later phase", () => {
    const g = startGame();
    introduce(g);
    expect(g.w.state.phase).toBe("F1");
    expect(block(g.s, g.w.state, "I1")).toBeNull();
    expect(block(g.s, g.w.state, "I3")).toBe("later_phase");
    g.w.must(HOST, "host.inject", { injectId: "I1" });
    expect(block(g.s, g.w.state, "I1")).toBe("fired");
    expect(g.w.send(HOST, "host.inject", { injectId: "I1" })).toEqual({
      ok: false,
      reason: "inject_already_fired",
    });
    g.w.must(HOST, "host.advance", {});
    expect(g.w.state.phase).toBe("F2");
    expect(block(g.s, g.w.state, "I2")).toMatch(/fired|phase_over/);
  });

  test("the host.inject check refuses what the list does not offer, with inject_unavailable", () => {
    const g = startGame();
    introduce(g);
    expect(block(g.s, g.w.state, "I4")).toBe("later_phase");
    expect(g.w.send(HOST, "host.inject", { injectId: "I4" })).toEqual({
      ok: false,
      reason: "inject_unavailable",
    });
    const view = viewFor(g.s, g.w.state, { kind: "host" });
    expect(view.injects.find((i) => i.id === "I4")).toMatchObject({ block: "later_phase", fired: false });
    expect(view.injects.find((i) => i.id === "I1")).toMatchObject({ block: null });
  });

  test("a condition that does not hold blocks the inject; paused teams offer none", () => {
    const g = startGame("een-brandwond-die-niet-klopt.yaml");
    introduce(g);
    // I4 follows option A of B1: before B1 it waits for that decision, after another choice it never comes.
    expect(block(g.s, g.w.state, "I4")).toBe("after_decision");
    agree(g, "B1", "B");
    expect(block(g.s, g.w.state, "I4")).toBe("chose_otherwise");
    // I2 (F2) only comes while B2 is undecided.
    expect(g.w.state.phase).toBe("F2");
    expect(block(g.s, g.w.state, "I2")).toBeNull();
    agree(g, "B2", "A");
    expect(block(g.s, g.w.state, "I2")).toBe("condition");
    expect(g.w.send(HOST, "host.inject", { injectId: "I2" })).toEqual({
      ok: false,
      reason: "inject_unavailable",
    });
    g.w.must(HOST, "host.pause", {});
    expect(block(g.s, g.w.state, "I1")).toBe("paused");
  });
});
