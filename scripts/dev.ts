// `npm run dev`: the game server restarting on change, and Vite serving the client with hot reload.
import { spawn } from "node:child_process";
import { createServer } from "vite";

const port = process.env.PORT ?? "2567";
const server = spawn(process.execPath, ["--watch", "--import", "tsx", "server/main.ts"], {
  stdio: "inherit",
  // Pages come from Vite on 5173 (vite.config.ts): the server answers that port's origins across origins.
  env: {
    ...process.env,
    PORT: port,
    PUBLIC_URL: process.env.PUBLIC_URL ?? "http://localhost:5173",
    DEV_CLIENT_PORT: "5173",
  },
});

// Read by client/net/connection.ts: pages come from Vite, the game server listens beside it.
process.env.VITE_GAME_SERVER_PORT = port;
const vite = await createServer({ configFile: "vite.config.ts" });
await vite.listen();
vite.printUrls();
console.log(`  ➜  Teacher: http://localhost:${vite.config.server.port}/host`);

const stop = async () => {
  server.kill("SIGTERM");
  await vite.close();
  process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
server.on("exit", (code) => {
  if (code !== null && code !== 0)
    console.error(`Game server exited with code ${code}; fix the error and save to restart.`);
});
