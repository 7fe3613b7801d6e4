// One table of bots in the kill drill: a host and three students play sessions to the end, and whenever the server
// dies under them they look their code up on the new process and rejoin with their tokens. Every command whose
// `ack` arrived is recorded, to be looked for in the store's log afterwards (kill-drill.ts).
import { Client } from "@colyseus/sdk";
import type { CreateSessionResponse } from "../../shared/protocol/session.ts";
import type { Scenario } from "../../shared/scenario/format.ts";
import { BASES } from "../../shared/scenario/primitives.ts";
import type { TeamView } from "../../shared/scenario/views.ts";
import { Scripted } from "./scripted.ts";

/** A command the server acknowledged: `actor` is "host" or the sender's player id. */
export type Acked = { code: string; type: string; actor: string; payload: Record<string, unknown> };

/** What a table needs of the server's life: its address now, and when the current process dies. */
export interface ServerLife {
  readonly epoch: number;
  readonly down: boolean;
  url(): string;
  /** Resolves with the epoch once a process is up. */
  waitUp(): Promise<number>;
  /** Resolves when the process of this epoch is killed. */
  killed(epoch: number): Promise<void>;
}

export class Killed extends Error {}
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const ROLES = ["AIOS", "SW", "WV"] as const;

export class Table {
  readonly acked: Acked[] = [];
  /** Codes of the sessions this table played to the end. */
  readonly ended: string[] = [];
  /** Commands in flight when their process was killed, with no answer: in the log or not, both are fine. */
  interrupted = 0;
  /** Errors that no kill explains; the drill fails on any. */
  readonly problems: string[] = [];
  private session: CreateSessionResponse | undefined;
  private host: Scripted | undefined;
  private players: Scripted[] = [];
  private joinedIn = -1;
  private seated = new Set<string>();
  private refused = new Map<string, number>();

  constructor(
    readonly name: string,
    private readonly life: ServerLife,
    private readonly scenario: Scenario,
  ) {}

  /** Plays sessions one after another while `more()` holds, and the current one always to its end. */
  async run(more: () => boolean) {
    do await this.playOne();
    while (more());
    await this.leaveAll();
  }

  private async playOne() {
    this.session = undefined;
    this.joinedIn = -1;
    this.seated.clear();
    this.refused.clear();
    for (let step = 0; ; step++) {
      if (step > 600) throw new Error(`${this.name}: session not ended after 600 steps`);
      const epoch = await this.life.waitUp();
      try {
        this.session ??= await this.create();
        if (this.joinedIn !== epoch && (await this.join(epoch)) === "ended") break;
        if (await this.step()) break;
      } catch (error) {
        const explained = error instanceof Killed || this.life.epoch !== epoch || this.life.down;
        if (!explained) this.problems.push(`${this.name}: ${error instanceof Error ? error.message : error}`);
        if (process.env.DRILL_VERBOSE)
          console.log(`${this.name} step ${step}: ${explained ? "(kill)" : ""}`, error);
        if (this.problems.length > 10) throw new Error(this.problems.join("\n"));
        await sleep(50);
      }
    }
    if (this.session) this.ended.push(this.session.code);
  }

  private async create(): Promise<CreateSessionResponse> {
    const response = await fetch(`${this.life.url()}/api/sessions`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ scenarioId: this.scenario.id, language: "nl", teamSize: 3 }),
    });
    if (response.status !== 201) throw new Error(`creation answered ${response.status}`);
    return (await response.json()) as CreateSessionResponse;
  }

  private token(nickname: string) {
    return `${this.name}-${nickname}-token-0123456789abcdef`;
  }

  private async leaveAll() {
    // A room on a killed process never answers its leave: each gets a moment, not more.
    const leaving = [this.host, ...this.players].map((c) => c?.room.leave().catch(() => undefined));
    await Promise.race([Promise.all(leaving), sleep(300)]);
  }

  /** Joins the session on the process of `epoch`: the code is looked up, since a restored room has a new id. */
  private async join(epoch: number): Promise<"joined" | "ended"> {
    const session = this.session as CreateSessionResponse;
    await this.leaveAll();
    const found = await fetch(`${this.life.url()}/api/sessions/${session.code}`);
    if (found.status === 410) return "ended";
    if (found.status !== 200) throw new Error(`lookup answered ${found.status}`);
    const { roomId } = (await found.json()) as { roomId: string };
    const sdk = new Client(this.life.url());
    this.host = await Scripted.host(sdk, roomId, session.hostKey);
    this.players = [];
    for (const [i, role] of ROLES.entries()) {
      const nickname = `${this.name}${i}`;
      const seatedBefore = this.seated.has(nickname);
      const p = await Scripted.player(
        sdk,
        roomId,
        nickname,
        seatedBefore ? undefined : role,
        this.token(nickname),
      );
      this.seated.add(nickname);
      this.players.push(p);
    }
    // The drill plays the client's part itself (look the code up, rejoin), as client/net/connection.ts does.
    for (const c of [this.host, ...this.players]) c.room.reconnection.maxRetries = 0;
    this.joinedIn = epoch;
    return "joined";
  }

  /** Sends one command; resolves true if acknowledged (and records it), false if refused; throws if killed. */
  private async send(c: Scripted, type: string, payload: Record<string, unknown>): Promise<boolean> {
    const epoch = this.joinedIn;
    const acksBefore = c.acks.length;
    const answer = c.send(type, payload);
    answer.catch(() => undefined);
    const killed = this.life.killed(epoch).then(() => "killed" as const);
    const result = await Promise.race([answer, killed]);
    const acked = result === "ok" || c.acks.slice(acksBefore).includes(type);
    if (acked) {
      const actor = c === this.host ? "host" : playerIdOf(c);
      this.acked.push({ code: this.session?.code ?? "", type, actor, payload });
      // The sender's patch came before its ack; the host's, on its own socket, may be a moment behind.
      if (result === "ok") await sleep(25);
    }
    if (result === "killed") {
      if (!acked) this.interrupted++;
      throw new Killed();
    }
    if (!acked) {
      const key = `${type} ${JSON.stringify(payload)} ${result}`;
      this.refused.set(key, (this.refused.get(key) ?? 0) + 1);
      if ((this.refused.get(key) ?? 0) > 5) throw new Error(`refused again and again: ${key}`);
    }
    return acked;
  }

  /** One command towards the end of the game, chosen from the host's view; true once the session is over. */
  private async step(): Promise<boolean> {
    const host = this.host as Scripted;
    const status = (host.room.state as unknown as { status: string }).status;
    if (status === "lobby") {
      if (await this.send(host, "host.start", {}))
        for (const p of this.players) await p.waitForView("the start", (v) => v.status === "playing");
      return false;
    }
    const view = host.view();
    if (!view) return sleep(20).then(() => false);
    if (view.status === "ended") return this.send(host, "host.end", {});
    if (view.phase?.kind === "kennismaken") {
      const waiting = this.players.find((p) => !view.kennismaken[playerIdOf(p)]);
      if (waiting)
        await this.send(waiting, "kennismaken.submit", {
          whoIAm: "Student",
          whatICanDo: "Meedenken",
          howToReachMe: "Via de chat",
        });
      else await sleep(20);
      return false;
    }
    if (view.phase?.kind === "play") {
      for (const p of this.players) {
        const card = p.view()?.hand.find((c) => !c.shared && !this.refused.has(`card.share ${c.id}`));
        if (!card) continue;
        const ok = await this.send(
          p,
          "card.share",
          card.sensitive ? { cardId: card.id, basis: this.basis(card.id) } : { cardId: card.id },
        );
        if (!ok) this.refused.set(`card.share ${card.id}`, 1);
        return false;
      }
    }
    await this.decide(view);
    return false;
  }

  private async decide(view: TeamView) {
    const host = this.host as Scripted;
    const open = view.decisions.find((d) => d.status === "open");
    if (!open) {
      const phase = view.phase?.id;
      if (await this.send(host, "host.advance", { teamId: "T1" }))
        await host.waitForView("the next phase", (v) => v.phase?.id !== phase || v.status === "ended");
      return;
    }
    const spec = this.scenario.decisions.find((d) => d.id === open.id);
    const available = open.options.filter((o) => o.available).map((o) => o.id);
    const choice = spec?.options.find((o) => o.best && available.includes(o.id))?.id ?? available[0] ?? "";
    const ids = this.players.map(playerIdOf);
    const unsure = this.players.find((_, i) => !open.preferences[ids[i] ?? ""]);
    if (unsure) return this.send(unsure, "preference.record", { decisionId: open.id, optionId: choice });
    const [proposer, ...others] = this.players;
    if (!proposer) return;
    const live = view.proposals.find((x) => x.decisionId === open.id && x.status === "open");
    if (!live)
      return this.send(proposer, "proposal.make", {
        decisionId: open.id,
        optionId: choice,
        rationale: "Dit past bij wat we samen weten.",
      });
    const voter = others.find(
      (p) => live.votes[playerIdOf(p)] === undefined && playerIdOf(p) !== live.playerId,
    );
    if (voter) return this.send(voter, "proposal.vote", { proposalId: live.id, agree: true });
    const regisseur = this.players.find((p) => roleOf(p) === open.regisseur) ?? proposer;
    await this.send(regisseur, "decision.confirm", { decisionId: open.id, optionId: live.optionId });
    await sleep(20);
  }

  private basis(cardId: string) {
    const card = this.scenario.cards.find((c) => c.id === cardId);
    const score = (b: (typeof BASES)[number]) => card?.bases?.[b]?.score ?? this.scenario.basisScores[b] ?? 0;
    return [...BASES].sort((a, b) => score(b) - score(a))[0];
  }
}

function roleOf(p: Scripted): string {
  const viewer = p.view()?.viewer;
  return viewer?.kind === "role" ? viewer.role : "";
}

function playerIdOf(p: Scripted): string {
  const state = p.room.state as unknown as { players: Map<string, { id: string; sessionId: string }> };
  for (const entry of state.players.values()) if (entry.sessionId === p.room.sessionId) return entry.id;
  return "";
}
