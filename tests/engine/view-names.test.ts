// A player's view names people, not role ids (chat lines, contact questions), carries the shared case, and holds
// nothing of another team: their nicknames, chat and questions stay out even when both play the same scenario.
import { describe, expect, test } from "vitest";
import { viewFor } from "../../scenarios/engine/view.ts";
import { HOST, LogWriter } from "../../scenarios/engine/writer.ts";
import type { Scenario } from "../../shared/scenario/format.ts";
import { loadScenario } from "./fixtures.ts";

const FILE = "elke-week-een-andere-klacht.yaml";

/** One team of this scenario with the given nicknames, started, introduced and in the first play phase. */
function team(s: Scenario, teamId: string, names: [aios: string, sw: string]) {
  const w = new LogWriter(s, 1, teamId);
  const aios = w.join(`${teamId}-aios`, "AIOS", names[0]);
  const sw = w.join(`${teamId}-sw`, "SW", names[1]);
  w.must(HOST, "host.start", {});
  for (const a of [aios, sw])
    w.must(a, "kennismaken.submit", { whoIAm: `${teamId} ik`, whatICanDo: "dit", howToReachMe: "06" });
  return { w, aios, sw };
}

describe("names and the shared case in a player's view", () => {
  const s = loadScenario(FILE);
  const contact = s.contacts.find((c) => !c.phases || c.phases.includes("F1"));
  if (!contact) throw new Error("the scenario has no contact in F1");

  test("chat lines carry the writer's nickname and a contact question names the student who asked", () => {
    const { w, aios, sw } = team(s, "T1", ["Amir", "Sanne"]);
    w.must(sw, "chat.say", { text: "Ik bel de woonconsulent" });
    w.must(aios, "chat.say", { text: "Goed plan" });
    w.must(sw, "contact.request", { contactId: contact.id, question: "Hoe hoog is de achterstand?" });
    for (const viewer of [{ kind: "role", role: "AIOS" }, { kind: "host" }] as const) {
      const view = viewFor(s, w.state, viewer);
      expect(view.chat.map((l) => [l.nickname, l.text])).toEqual([
        ["Sanne", "Ik bel de woonconsulent"],
        ["Amir", "Goed plan"],
      ]);
      const asked = view.feed.find((f) => f.kind === "contact");
      expect(asked?.from).toBe("Sanne");
      expect(asked?.text).toBe(`${contact.name}: Hoe hoog is de achterstand?`);
      // The player id behind the name stays in the engine's state.
      expect(asked && "by" in asked).toBe(false);
    }
  });

  test("someone no longer in the team is named by role, never by a stale nickname", () => {
    const { w, sw } = team(s, "T1", ["Amir", "Sanne"]);
    w.must(sw, "chat.say", { text: "Tot straks" });
    w.must(sw, "contact.request", { contactId: contact.id });
    const left = structuredClone(w.state);
    delete left.members["T1-sw"];
    const view = viewFor(s, left, { kind: "role", role: "AIOS" });
    expect(view.chat[0]).toMatchObject({ nickname: null, role: "SW", text: "Tot straks" });
    expect(view.feed.find((f) => f.kind === "contact")?.from).toBe(s.roles.find((r) => r.id === "SW")?.name);
    expect(JSON.stringify(view)).not.toContain("Sanne");
  });

  test("the case is shared from the start: summary, common facts and the team's roles, nothing secret", () => {
    const { w } = team(s, "T1", ["Amir", "Sanne"]);
    const view = viewFor(s, w.state, { kind: "role", role: "SW" });
    expect(view.casus.summary).toBe(s.summary);
    expect(view.casus.facts.map((f) => f.text)).toEqual(s.sharedFacts.map((f) => f.text));
    // A team of two has no district nurse: that role is not described as if someone played it.
    expect(view.casus.roles.map((r) => r.id)).toEqual(["AIOS", "SW"]);
    expect(view.casus.roles[0]?.description).toBe(s.roles[0]?.description ?? null);
    const json = JSON.stringify(view.casus);
    for (const r of s.roles) if (r.soloPreference) expect(json).not.toContain(r.soloPreference);
    for (const c of s.cards) expect(json).not.toContain(c.text);
  });

  test("a view holds nothing of another team playing the same scenario", () => {
    const one = team(s, "T1", ["Amir", "Sanne"]);
    const two = team(s, "T2", ["Fatima", "Joost"]);
    two.w.must(two.sw, "chat.say", { text: "Geheim van team twee" });
    two.w.must(two.aios, "contact.request", { contactId: contact.id, question: "Vraag van team twee" });
    one.w.must(one.sw, "chat.say", { text: "Team een praat" });
    for (const viewer of [
      { kind: "role", role: "AIOS" },
      { kind: "role", role: "SW" },
      { kind: "host" },
    ] as const) {
      const json = JSON.stringify(viewFor(s, one.w.state, viewer));
      for (const foreign of [
        "Fatima",
        "Joost",
        "T2-aios",
        "T2-sw",
        "Geheim van team twee",
        "Vraag van team twee",
        "T2 ik",
      ])
        expect(json).not.toContain(foreign);
      expect(json).toContain("Team een praat");
    }
  });
});
