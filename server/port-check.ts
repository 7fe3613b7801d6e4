// Start-up check that the port is free, so a second `npm start` says so in words instead of a stack trace.
import { createServer } from "node:net";

export class PortInUseError extends Error {
  constructor(readonly port: number) {
    super(
      `Poort ${port} is al in gebruik (draait Wijkcrisis al?): stop dat programma of kies een andere poort, bijvoorbeeld PORT=${port + 1} npm start.\n` +
        `Port ${port} is already in use (is Wijkcrisis already running?): stop that program or choose another port, for example PORT=${port + 1} npm start.`,
    );
  }
}

/**
 * Binds the port for a moment and lets go. Colyseus's own listen never settles on EADDRINUSE (the HTTP server's
 * error event goes unheard and the process hangs), so the check comes first. Another program could still take the
 * port in between; that rare race keeps the old behaviour.
 */
export function ensurePortFree(port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", (error: NodeJS.ErrnoException) =>
      reject(error.code === "EADDRINUSE" ? new PortInUseError(port) : error),
    );
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}
