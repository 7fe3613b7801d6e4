import { describe, expect, it } from "vitest";
import { Roster } from "../../server/sessions/roster.ts";

const roles = ["AIOS", "SW", "WV"];
const request = (nickname: string, token: string, extra: { role?: string; sessionId?: string } = {}) => ({
  nickname,
  role: extra.role,
  tokenHash: token,
  sessionId: extra.sessionId ?? `s-${token}`,
});

describe("a session roster", () => {
  it("gives each new token its own seat with a public player id", () => {
    const roster = new Roster(10, roles);
    const a = roster.take(request("Anna", "t1", { role: "SW" }));
    const b = roster.take(request("Bram", "t2"));
    expect(a.ok && b.ok).toBe(true);
    if (!a.ok || !b.ok) return;
    expect(a.seat.playerId).not.toBe(b.seat.playerId);
    expect(a.seat).toMatchObject({ nickname: "Anna", preferredRole: "SW", connected: true });
    expect(b.seat.preferredRole).toBe("");
    expect(roster.size).toBe(2);
  });

  it("treats nicknames that differ only in case or spacing as the same name", () => {
    const roster = new Roster(10, roles);
    roster.take(request("Anna de Vries", "t1"));
    expect(roster.take(request("anna  DE vries", "t2"))).toEqual({ ok: false, code: "nickname_taken" });
  });

  it("treats look-alike letters and spaced-out names as the same name: nobody can pose as Anna", () => {
    const roster = new Roster(10, roles);
    roster.take(request("Anna", "t1"));
    // Cyrillic А, letters spaced out, a mathematical bold A, Cyrillic а and е in a longer name.
    for (const [i, lookAlike] of ["Аnna", "A n n a", "𝐀nna", "ANNA"].entries())
      expect(roster.take(request(lookAlike, `t${i + 2}`)), lookAlike).toEqual({
        ok: false,
        code: "nickname_taken",
      });
    roster.take(request("Sanne", "t9"));
    expect(roster.take(request("Ѕаnnе", "t10"))).toEqual({ ok: false, code: "nickname_taken" });
    // Different names stay different.
    expect(roster.take(request("Anne", "t11")).ok).toBe(true);
  });

  it("returns the same seat to a returning token, even under another nickname", () => {
    const roster = new Roster(10, roles);
    const first = roster.take(request("Anna", "t1", { sessionId: "old" }));
    roster.release("old");
    const again = roster.take(request("Anna B", "t1", { sessionId: "new" }));
    expect(again.ok && first.ok && again.seat.playerId === first.seat.playerId).toBe(true);
    expect(again.ok && again.reclaimed).toBe(true);
    expect(roster.bySession("new")?.nickname).toBe("Anna");
    expect(roster.bySession("old")).toBeUndefined();
  });

  it("refuses roles the scenario does not have and players beyond the limit", () => {
    const roster = new Roster(1, roles);
    expect(roster.take(request("Kim", "t1", { role: "XX" }))).toEqual({ ok: false, code: "role_invalid" });
    roster.take(request("Kim", "t1"));
    expect(roster.take(request("Lars", "t2"))).toEqual({ ok: false, code: "session_full" });
  });

  it("keeps a released seat reserved but offline", () => {
    const roster = new Roster(10, roles);
    const taken = roster.take(request("Anna", "t1", { sessionId: "s1" }));
    const released = roster.release("s1");
    expect(released?.connected).toBe(false);
    expect(released?.sessionId).toBeUndefined();
    expect(taken.ok && roster.size === 1).toBe(true);
  });
});
