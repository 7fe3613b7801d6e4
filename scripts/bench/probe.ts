// The half of a benchmark server child that answers the suite over IPC: its CPU time and memory, on request.
export type ProbeReply = { id: number; cpuMs?: number; rss?: number; result?: unknown; error?: string };
export type ProbeRequest = { id: number; type: string; [key: string]: unknown };

/** Answers "cpu" and "mem" itself and hands any other request to `handle`. */
export function answerProbes(handle: (request: ProbeRequest) => Promise<unknown> = async () => undefined) {
  process.on("message", (raw) => {
    const request = raw as ProbeRequest;
    const reply = (r: Omit<ProbeReply, "id">) => process.send?.({ id: request.id, ...r });
    if (request.type === "cpu") {
      const u = process.cpuUsage();
      reply({ cpuMs: (u.user + u.system) / 1000 });
    } else if (request.type === "mem") {
      reply({ rss: process.memoryUsage().rss });
    } else {
      handle(request).then(
        (result) => reply({ result }),
        (error: unknown) => reply({ error: error instanceof Error ? error.message : String(error) }),
      );
    }
  });
  process.on("disconnect", () => process.exit(0));
}
