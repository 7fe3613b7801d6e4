// `npm run fuzz:long` (FUZZ_MESSAGES, FUZZ_ROUND, FUZZ_SEED to change): the fuzz test's random and malformed
// messages, but at least 100,000 of them, over many sessions in the lobby and mid-game, on an in-process server on
// loopback. Prints messages sent, replies missing, refusals that changed the room, errors by code and duration;
// exits non-zero if any rule broke. Rate limits are lifted, as in the test (tests/integration/fuzz-messages.test.ts).
import fc from "fast-check";
import { RateLimiter } from "../server/sessions/rate-limit.ts";
import { emptyStats, FuzzRig, type FuzzStats, fuzzMessage, targetsOf } from "../tests/helpers/fuzz.ts";
import { joinTeamAndStart, load } from "../tests/helpers/play.ts";
import { Scripted } from "../tests/helpers/scripted.ts";
import { startTestServer, type TestServer } from "../tests/helpers/server.ts";

const MESSAGES = Number(process.env.FUZZ_MESSAGES ?? 100_000);
/** Messages per session: a long session's log is read twice per refusal, so rounds keep it short. */
const ROUND = Number(process.env.FUZZ_ROUND ?? 2_500);
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
const tutorial = load("tutorial-nl.yaml");

RateLimiter.prototype.allow = () => true;

type Lobby = { status: string; players: Map<string, { id: string }> };
const lobbyOf = (client: Scripted) => client.room.state as unknown as Lobby;

async function round(server: TestServer, phase: "lobby" | "playing", seed: number) {
  const session = await server.createSession();
  const sdk = server.colyseus.sdk;
  let host: Scripted;
  let students: Scripted[];
  if (phase === "playing") ({ host, players: students } = await joinTeamAndStart(server, session));
  else {
    host = await Scripted.host(sdk, session.roomId, session.hostKey);
    students = [
      await Scripted.player(sdk, session.roomId, "Amir", "AIOS"),
      await Scripted.player(sdk, session.roomId, "Sanne", "SW"),
    ];
  }
  const spare =
    phase === "playing"
      ? () => Scripted.host(sdk, session.roomId, session.hostKey)
      : () => Scripted.player(sdk, session.roomId, "Reserve", undefined, "reserve-token-0123456789abcdef");
  const rig = new FuzzRig(server, session.roomId, { host, students, spare });
  const ids = () => [...lobbyOf(host).players.values()].map((p) => p.id);
  for (const m of fc.sample(fuzzMessage(targetsOf(tutorial, ids), phase), { numRuns: ROUND, seed }))
    await rig.send(m);
  const stats = await rig.settle();
  // Still playable afterwards: the host's next ordinary command is answered, and a new student gets a seat.
  const next =
    phase === "lobby"
      ? await host.send("host.balance")
      : await host.send("host.message", { text: "nog hier" });
  const late = await Scripted.player(sdk, session.roomId, `Laat${seed % 1000}`);
  const playable = next === "ok" && (await late.send("lead.sync")) === "ok";
  for (const c of [host, ...students, late]) await c.room.leave().catch(() => undefined);
  return { stats, playable };
}

function add(total: FuzzStats, s: FuzzStats) {
  for (const key of [
    "sent",
    "missing",
    "extra",
    "wrongCommand",
    "changedByRefusal",
    "skipped",
    "closed",
    "closedWithoutUnreadable",
  ] as const)
    total[key] += s[key];
  for (const [code, n] of Object.entries(s.byCode)) total.byCode[code] = (total.byCode[code] ?? 0) + n;
  total.failures.push(...s.failures.slice(0, Math.max(0, 20 - total.failures.length)));
}

async function main() {
  const server = await startTestServer({ reconnectSeconds: 1 });
  const total: FuzzStats = emptyStats();
  let unplayable = 0;
  let rounds = 0;
  const started = performance.now();
  while (total.sent < MESSAGES) {
    const phase = rounds % 2 === 0 ? "lobby" : "playing";
    const { stats, playable } = await round(server, phase, SEED + rounds);
    add(total, stats);
    if (!playable) unplayable++;
    rounds++;
    process.stderr.write(`\r${total.sent.toLocaleString("en")} / ${MESSAGES.toLocaleString("en")} messages`);
  }
  const seconds = (performance.now() - started) / 1000;
  await server.stop();
  process.stderr.write("\n");
  const byCode = Object.entries(total.byCode).sort((a, b) => b[1] - a[1]);
  console.log(`fuzz:long  seed ${SEED}, ${rounds} sessions (lobby and mid-game, ${ROUND} messages each)`);
  console.log(`messages sent               ${total.sent.toLocaleString("en")}`);
  console.log(`replies missing             ${total.missing}`);
  console.log(`second replies              ${total.extra}`);
  console.log(`replies naming another type ${total.wrongCommand}`);
  console.log(`refusals that changed state ${total.changedByRefusal}`);
  console.log(
    `refusals not compared       ${total.skipped} (a timer or a connection change was logged meanwhile)`,
  );
  console.log(
    `connections closed          ${total.closed} (without message_unreadable first: ${total.closedWithoutUnreadable})`,
  );
  console.log(`sessions not playable after ${unplayable}`);
  console.log(
    `duration                    ${seconds.toFixed(1)} s (${Math.round(total.sent / seconds)} messages/s)`,
  );
  console.log("replies by code:");
  for (const [code, n] of byCode) console.log(`  ${code.padEnd(24)} ${n.toLocaleString("en")}`);
  for (const f of total.failures) console.log(`FAIL ${f}`);
  const broken =
    total.missing +
    total.extra +
    total.wrongCommand +
    total.changedByRefusal +
    total.closedWithoutUnreadable +
    unplayable;
  process.exit(broken > 0 || total.failures.length > 0 ? 1 : 0);
}

await main();
