// The HTTP server under Colyseus, with a guard in front of its matchmaking routes (`POST /matchmake/...`), which
// Colyseus answers before Express sees them. It reads the body itself, up to a size no join needs, so a 2 MB
// "join" is refused (413 `message_too_large`) without being buffered for Colyseus; and it writes the client's
// address, as the limits per address see it (client-address.ts), into X-Real-IP, which Colyseus's `context.ip`
// reads first: a reservation is then counted under the address it really came from (rooms/admission.ts), not
// under whatever address the client wrote into its own headers.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { clientAddress } from "./client-address.ts";

/** Join options are checked at 2 KB (rooms/join-options.ts); the body around them may be a little larger. */
export const MAX_MATCHMAKE_BODY_BYTES = 16 * 1024;
/** A body past this is not even read to its end: the connection is closed. */
const DISCARD_LIMIT_BYTES = 16 * 1024 * 1024;

export function guardedHttpServer(options: { trustedProxies: number }): Server {
  const server = createServer();
  const emit = server.emit.bind(server) as (event: string, ...args: unknown[]) => boolean;
  server.emit = ((event: string, ...args: unknown[]) => {
    if (event !== "request") return emit(event, ...args);
    const [req, res] = args as [IncomingMessage, ServerResponse];
    if (req.method !== "POST" || !req.url?.startsWith("/matchmake/")) return emit(event, ...args);
    void readCapped(req).then((body) => {
      if (body === undefined) return tooLarge(res);
      const address = clientAddress(
        req.socket.remoteAddress,
        headerValue(req.headers["x-forwarded-for"]),
        options.trustedProxies,
      );
      req.headers["x-real-ip"] = address;
      delete req.headers["x-client-ip"];
      // Colyseus's request adapter takes a body already read from here instead of reading the stream again.
      (req as IncomingMessage & { body?: string }).body = body || "{}";
      emit("request", req, res);
    });
    return true;
  }) as typeof server.emit;
  return server;
}

/** The body as text, or undefined when it is larger than any join. */
function readCapped(req: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_MATCHMAKE_BODY_BYTES) chunks.push(chunk);
      else if (size > DISCARD_LIMIT_BYTES) req.destroy();
    });
    req.on("end", () =>
      resolve(size <= MAX_MATCHMAKE_BODY_BYTES ? Buffer.concat(chunks).toString("utf8") : undefined),
    );
    req.on("error", () => resolve(undefined));
    req.on("close", () => resolve(undefined));
  });
}

function tooLarge(res: ServerResponse) {
  if (res.destroyed || res.headersSent) return;
  const body = JSON.stringify({ code: 413, error: "message_too_large" });
  res.writeHead(413, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
  res.end(body);
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(",") : value;
}
