// Kills the server process mid-game with SIGKILL, starts it again on the same data, and finds everything back.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "@colyseus/sdk";
import { afterAll, describe, expect, it } from "vitest";
import type { CreateSessionResponse, SessionLookupResponse } from "../../shared/protocol/session.ts";
import { freePort } from "../helpers/free-port.ts";
import { Scripted } from "../helpers/scripted.ts";
import { killAllServerProcesses, startServerProcess } from "../helpers/server-process.ts";
import { waitFor } from "../helpers/wait.ts";

const dataDir = mkdtempSync(join(tmpdir(), "wijkcrisis-crash-"));
afterAll(() => {
  killAllServerProcesses();
  rmSync(dataDir, { recursive: true, force: true });
});

const tokens = {
  AIOS: "token-amir-0123456789abcdef",
  SW: "token-sanne-0123456789abcde",
  WV: "token-wim-0123456789abcdefgh",
};
const names = { AIOS: "Amir", SW: "Sanne", WV: "Wim" } as const;
const roles = ["AIOS", "SW", "WV"] as const;

async function lookup(url: string, code: string): Promise<SessionLookupResponse> {
  const response = await fetch(`${url}/api/sessions/${code}`);
  expect(response.status).toBe(200);
  return (await response.json()) as SessionLookupResponse;
}

describe("a server killed mid-game", () => {
  it("rebuilds the session from its log: same code, same seats, every acknowledged event, timers from game time", async () => {
    const port = String(await freePort());
    const env = { PORT: port, DATA_DIR: dataDir, TIME_SCALE: "1", RECONNECT_SECONDS: "5" };
    const first = await startServerProcess(env);
    const sdk = new Client(first.url);

    const created = await fetch(`${first.url}/api/sessions`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ scenarioId: "elke-week-een-andere-klacht", language: "nl", teamSize: 3 }),
    });
    const session = (await created.json()) as CreateSessionResponse;
    const host = await Scripted.host(sdk, session.roomId, session.hostKey);
    const players = await Promise.all(
      roles.map((role) => Scripted.player(sdk, session.roomId, names[role], role, tokens[role])),
    );
    expect(await host.send("host.start")).toBe("ok");
    for (const p of players) await p.waitForView("the start", (v) => v.status === "playing");

    // Acknowledged = the sender saw the effect, which the server shows only after the store has it.
    const acknowledged: string[] = [];
    for (const p of players) {
      expect(
        await p.send("kennismaken.submit", { whoIAm: "Ik", whatICanDo: "Dit", howToReachMe: "Zo" }),
      ).toBe("ok");
    }
    const [amir, sanne] = players;
    if (!amir || !sanne) throw new Error("players missing");
    await amir.waitForView("phase F1", (v) => v.phase?.id === "F1");
    expect(await amir.send("card.share", { cardId: "A1" })).toBe("ok");
    acknowledged.push("A1");
    expect(await sanne.send("card.share", { cardId: "S2" })).toBe("ok");
    acknowledged.push("S2");
    expect(await sanne.send("chat.say", { text: "De zitting is over 8 dagen!" })).toBe("ok");
    const before = host.view();
    const playerIds = players.map((p) =>
      p
        .view()
        ?.members.map((m) => m.playerId)
        .sort(),
    );

    expect(await first.kill("SIGKILL")).toBe(null);

    const second = await startServerProcess(env);
    expect(second.output()).toMatch(/restored: 1 session\(s\): [A-Z0-9]{5}/);
    const sdk2 = new Client(second.url);
    const found = await lookup(second.url, session.code);
    expect(found.code).toBe(session.code);

    const host2 = await Scripted.host(sdk2, found.roomId, session.hostKey);
    const after = await host2.waitForView("the restored host view", (v) => v.status === "playing");
    expect(after.table.map((c) => c.cardId)).toEqual(acknowledged);
    expect(after.chat.map((line) => line.text)).toContain("De zitting is over 8 dagen!");
    expect(Object.keys(after.kennismaken)).toHaveLength(3);
    expect(after.phase?.id).toBe("F1");
    expect(after.deadline).toBe(before?.deadline);
    expect(after.now).toBeGreaterThanOrEqual(before?.now ?? 0);
    expect(after.members.every((m) => !m.connected)).toBe(true);

    const back = await Promise.all(
      roles.map((role) => Scripted.player(sdk2, found.roomId, names[role], undefined, tokens[role])),
    );
    for (const [i, p] of back.entries()) {
      const view = await p.waitForView("the seat to come back", (v) => v.viewer.kind === "role");
      expect(view.viewer).toEqual({ kind: "role", role: roles[i] });
      expect(view.members.map((m) => m.playerId).sort()).toEqual(playerIds[i]);
    }
    await waitFor(() => host2.view()?.members.every((m) => m.connected), "everyone connected again");
    expect(await back[0]?.send("chat.say", { text: "Weer terug." })).toBe("ok");

    expect(await second.kill("SIGINT")).toBe(0);
  }, 90_000);
});
