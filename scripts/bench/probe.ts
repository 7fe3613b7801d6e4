// The half of a benchmark server child that answers the suite over IPC: its CPU time and memory, on request, and a
// CPU profile of a measured window when the suite runs with BENCH_PROFILE=<folder> (to find where the time goes).
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { join } from "node:path";
export type ProbeReply = { id: number; cpuMs?: number; rss?: number; result?: unknown; error?: string };
export type ProbeRequest = { id: number; type: string; [key: string]: unknown };

let profiler: Session | undefined;

async function profile(request: ProbeRequest): Promise<string | undefined> {
  if (request.type === "profile-start") {
    profiler = new Session();
    profiler.connect();
    await profiler.post("Profiler.enable");
    await profiler.post("Profiler.start");
    return undefined;
  }
  if (!profiler) return undefined;
  const { profile: result } = await profiler.post("Profiler.stop");
  profiler.disconnect();
  profiler = undefined;
  const file = join(String(request.dir), `${String(request.name)}.cpuprofile`);
  writeFileSync(file, JSON.stringify(result));
  return file;
}

/** Answers "cpu", "mem" and the profile requests itself and hands any other request to `handle`. */
export function answerProbes(handle: (request: ProbeRequest) => Promise<unknown> = async () => undefined) {
  process.on("message", (raw) => {
    const request = raw as ProbeRequest;
    const reply = (r: Omit<ProbeReply, "id">) => process.send?.({ id: request.id, ...r });
    if (request.type === "profile-start" || request.type === "profile-stop") {
      profile(request).then(
        (result) => reply({ result }),
        (error: unknown) => reply({ error: error instanceof Error ? error.message : String(error) }),
      );
    } else if (request.type === "cpu") {
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
