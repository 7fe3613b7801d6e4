// The new-session page says which roles a team needs, which it should have when it can, and which it may lack.
import { expect, test } from "vitest";
import { summaryOf } from "../../server/scenarios/catalog.ts";
import { loadScenario } from "../engine/fixtures.ts";
import { loadFixture } from "../engine/format-fixture.ts";

test("each role is summarised as required, recommended or optional, from the scenario", () => {
  expect(summaryOf(loadFixture()).roles.map((r) => [r.id, r.seat])).toEqual([
    ["AIOS", "required"],
    ["SW", "required"],
    ["WV", "recommended"],
  ]);
  const shipped = summaryOf(loadScenario("tutorial-nl.yaml")).roles;
  expect(shipped.find((r) => r.id === "WV")?.seat).toBe("optional");
});
