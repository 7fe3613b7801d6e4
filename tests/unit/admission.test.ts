// The rules for reserving a seat in a session room (server/rooms/admission.ts), on snapshots of a room: waiting
// reservations never refuse anyone, a flood pushes out its own, and the teacher is counted apart from the class.
import { describe, expect, it } from "vitest";
import { type AdmissionLimits, admit, type Waiting } from "../../server/rooms/admission.ts";

const limits: AdmissionLimits = { students: 70, hosts: 3, pendingPerAddress: 5, pendingPerRoom: 8 };
let order = 0;
const waiting = (address: string, n: number, host = false): Waiting[] =>
  Array.from({ length: n }, () => ({ sessionId: `${address}-${order}`, address, host, order: order++ }));

describe("a seat reservation", () => {
  it("is admitted past waiting ones of its own address, pushing out the oldest of them", () => {
    const flood = waiting("10.0.0.1", 5);
    const verdict = admit(
      limits,
      { students: 0, hosts: 0, waiting: flood },
      { address: "10.0.0.1", host: false },
    );
    expect(verdict).toEqual({ ok: true, evict: [flood[0]?.sessionId] });
    const other = admit(
      limits,
      { students: 0, hosts: 0, waiting: flood },
      { address: "10.0.0.2", host: false },
    );
    expect(other).toEqual({ ok: true, evict: [] });
  });

  it("over the room's bound, pushes out the oldest of the address with the most waiting", () => {
    const school = waiting("school", 2);
    const flood = waiting("flood", 5);
    const single = waiting("home", 1);
    const census = { students: 0, hosts: 0, waiting: [...school, ...flood, ...single] };
    const verdict = admit(limits, census, { address: "elsewhere", host: false });
    expect(verdict).toEqual({ ok: true, evict: [flood[0]?.sessionId] });
  });

  it("is refused only when students' connections and held reconnections fill the cap", () => {
    expect(admit(limits, { students: 69, hosts: 0, waiting: [] }, { address: "a", host: false }).ok).toBe(
      true,
    );
    expect(admit(limits, { students: 70, hosts: 0, waiting: [] }, { address: "a", host: false }).ok).toBe(
      false,
    );
  });

  it("for the teacher ignores the students entirely, and is bounded among hosts only", () => {
    const full = { students: 70, hosts: 0, waiting: waiting("flood", 8) };
    expect(admit(limits, full, { address: "flood", host: true })).toEqual({ ok: true, evict: [] });
    const hostsWaiting = waiting("teacher", 2, true);
    const two = admit(
      limits,
      { students: 70, hosts: 1, waiting: hostsWaiting },
      { address: "x", host: true },
    );
    expect(two).toEqual({ ok: true, evict: [hostsWaiting[0]?.sessionId] });
    expect(admit(limits, { students: 0, hosts: 3, waiting: [] }, { address: "x", host: true }).ok).toBe(
      false,
    );
  });
});
