// Mixed teams: every team gets each required role where possible; a team of the full size gets the optional role too.
/** `recommended`: an optional role that is seated before the other optional roles. */
export type RoleSpec = { id: string; optional: boolean; recommended?: boolean | undefined };
export type Candidate = { playerId: string; preferredRole: string };
export type Assignment = { playerId: string; teamId: string; role: string };

export const teamIdFor = (index: number) => `T${index + 1}`;

/** The roles a team of `size` players should hold: required roles first, then recommended, then optional. */
export function rolesForSize(roles: readonly RoleSpec[], size: number): string[] {
  const ordered = [
    ...roles.filter((r) => !r.optional),
    ...roles.filter((r) => r.optional && r.recommended),
    ...roles.filter((r) => r.optional && !r.recommended),
  ].map((r) => r.id);
  return ordered.slice(0, Math.max(size, 1));
}

/**
 * Splits players into ceil(n / teamSize) teams of near-equal size, then fills each team's role slots:
 * first with players who asked for that role (in join order), then with everyone else.
 */
export function balanceTeams(
  players: readonly Candidate[],
  roles: readonly RoleSpec[],
  teamSize: number,
): Assignment[] {
  if (players.length === 0) return [];
  const teamCount = Math.ceil(players.length / teamSize);
  const sizes = Array.from(
    { length: teamCount },
    (_, i) => Math.floor(players.length / teamCount) + (i < players.length % teamCount ? 1 : 0),
  );
  // Slots are dealt round-robin so that, say, every team's AIOS slot comes before any team's second slot.
  const slots: Array<{ teamId: string; role: string }> = [];
  const perTeam = sizes.map((size) => rolesForSize(roles, size));
  for (let depth = 0; depth < teamSize; depth++) {
    perTeam.forEach((teamRoles, i) => {
      const role = teamRoles[depth];
      if (role !== undefined) slots.push({ teamId: teamIdFor(i), role });
    });
  }

  const assignments: Assignment[] = [];
  const waiting = [...players];
  const take = (slotIndex: number, playerIndex: number) => {
    const [slot] = slots.splice(slotIndex, 1);
    const [player] = waiting.splice(playerIndex, 1);
    if (slot && player) assignments.push({ playerId: player.playerId, ...slot });
  };
  for (let p = 0; p < waiting.length; ) {
    const wanted = slots.findIndex((s) => s.role === waiting[p]?.preferredRole);
    if (wanted >= 0) take(wanted, p);
    else p++;
  }
  while (waiting.length > 0 && slots.length > 0) take(0, 0);
  return assignments;
}

/** The slots of a full team that nobody in `held` fills yet. */
function missingRoles(full: readonly string[], held: readonly string[]): string[] {
  const left = [...held];
  return full.filter((role) => {
    const i = left.indexOf(role);
    if (i >= 0) left.splice(i, 1);
    return i < 0;
  });
}

/**
 * Places one more player next to existing assignments: the smallest team that lacks their preferred role, else the
 * smallest team with any free role, else a new team (a game holds one player per role in a team).
 *
 * After the start, teams in `waiting` (formed by late arrivals, not started yet) rank behind the running teams, except
 * that a waiting team lacking the newcomer's own role beats a running team's seat in another role: a GP trainee
 * completes the waiting pair rather than playing the nurse of a team that already plays.
 */
export function placeJoiner(
  current: readonly Assignment[],
  player: Candidate,
  roles: readonly RoleSpec[],
  teamSize: number,
  waiting: ReadonlySet<string> = new Set(),
): Assignment {
  const held = new Map<string, string[]>();
  for (const a of current) held.set(a.teamId, [...(held.get(a.teamId) ?? []), a.role]);
  const full = rolesForSize(roles, teamSize);
  const free = [...held.entries()]
    .map(([teamId, teamRoles]) => ({
      teamId,
      size: teamRoles.length,
      missing: missingRoles(full, teamRoles),
    }))
    .sort((a, b) => a.size - b.size || a.teamId.localeCompare(b.teamId, "en", { numeric: true }));
  const own = roles.some((r) => r.id === player.preferredRole) ? player.preferredRole : undefined;

  const running = free.filter((t) => !waiting.has(t.teamId));
  const formed = free.filter((t) => waiting.has(t.teamId));
  const lacksOwn = (t: (typeof free)[number]) => own !== undefined && t.missing.includes(own);
  const wanted = running.find(lacksOwn) ?? formed.find(lacksOwn);
  if (wanted && own) return { playerId: player.playerId, teamId: wanted.teamId, role: own };
  const open = [...running, ...formed].find((t) => t.missing.length > 0);
  if (open) return { playerId: player.playerId, teamId: open.teamId, role: open.missing[0] ?? "" };
  const taken = new Set(held.keys());
  let index = 0;
  while (taken.has(teamIdFor(index))) index++;
  return { playerId: player.playerId, teamId: teamIdFor(index), role: own ?? full[0] ?? "" };
}
