// The sessions this browser hosted, with their host keys: the home page lists them, the debrief reads them.
export interface HostedSession {
  code: string;
  hostKey: string;
  scenarioTitle: string;
  createdAt: number;
  /** Set once this browser saw the session end; a list entry stays until the teacher removes it. */
  endedAt: number | null;
}

const LIST_KEY = "wijkcrisis.hosted";
const legacyKey = (code: string) => `wijkcrisis.host.${code}`;

function read(): HostedSession[] {
  try {
    const raw = JSON.parse(localStorage.getItem(LIST_KEY) ?? "[]");
    return Array.isArray(raw) ? (raw as HostedSession[]).filter((x) => typeof x?.code === "string") : [];
  } catch {
    return [];
  }
}

function write(list: HostedSession[]): void {
  localStorage.setItem(LIST_KEY, JSON.stringify(list));
}

export const hostedSessions = {
  /** Newest first. */
  all(): HostedSession[] {
    return read().sort((a, b) => b.createdAt - a.createdAt);
  },
  get(code: string): HostedSession | undefined {
    return read().find((x) => x.code === code);
  },
  /** The host key for a code: from the list, or from the single key older versions kept. */
  hostKey(code: string): string | undefined {
    return this.get(code)?.hostKey ?? localStorage.getItem(legacyKey(code)) ?? undefined;
  },
  save(entry: HostedSession): void {
    write([entry, ...read().filter((x) => x.code !== entry.code)]);
    localStorage.setItem(legacyKey(entry.code), entry.hostKey);
  },
  update(code: string, change: Partial<Omit<HostedSession, "code">>): void {
    write(read().map((x) => (x.code === code ? { ...x, ...change } : x)));
  },
  remove(code: string): void {
    write(read().filter((x) => x.code !== code));
    localStorage.removeItem(legacyKey(code));
  },
};
