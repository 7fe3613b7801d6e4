// Reads the process configuration from environment variables once, with a clear message for each bad value.
import { resolve } from "node:path";
import { z } from "zod";

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(2567),
  HOST: z.string().min(1).default("0.0.0.0"),
  PUBLIC_URL: z.url().optional(),
  DATA_DIR: z.string().min(1).default("./data"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must start with postgres:// or postgresql://")
    .optional(),
  DEV_CLIENT_PORT: z
    .string()
    .regex(/^\d{1,5}$/, "a port number")
    .optional(),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, "must start with redis:// or rediss://")
    .optional(),
  PUBLIC_ADDRESS: z
    .string()
    .regex(/^[^\s/:]+(:\d+)?(\/\S*)?$/, "host, host:port or host/path, without http:// or ws://")
    .optional(),
  SCENARIOS_DIR: z.string().min(1).default("./scenarios"),
  CLIENT_DIR: z.string().min(1).default("./dist/client"),
  SESSION_IDLE_MINUTES: z.coerce.number().positive().default(120),
  MAX_PLAYERS_PER_SESSION: z.coerce.number().int().min(2).max(200).default(60),
  RECONNECT_SECONDS: z.coerce.number().int().min(0).default(600),
  TIME_SCALE: z.coerce.number().positive().max(10_000).default(1),
  RETENTION_DAYS: z.coerce.number().positive().default(30),
  TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
  RATE_LIMITS: z.enum(["on", "off"]).default("on"),
});

export type ServerConfig = {
  port: number;
  host: string;
  /** The address students type or scan; defaults to this machine's LAN address at start-up. */
  publicUrl: string | undefined;
  dataDir: string;
  /** When set, sessions and logs go to this PostgreSQL server instead of the embedded store. */
  databaseUrl: string | undefined;
  /** When set, several processes share Colyseus's presence and room listings through this Redis. */
  redisUrl: string | undefined;
  /** Where clients reach this very process for their WebSocket (with REDIS_URL); main.ts fills in a default. */
  publicAddress: string | undefined;
  scenariosDir: string;
  clientDir: string;
  sessionIdleMs: number;
  maxPlayersPerSession: number;
  /** How long a dropped student's seat is held for the SDK to reconnect by itself. */
  reconnectSeconds: number;
  /** Game time runs this many times faster than the wall clock: 1 in class, higher for demonstrations. */
  timeScale: number;
  /** Logs of ended sessions are deleted this long after the end. */
  retentionMs: number;
  /** `npm run dev` only: the Vite server's port, whose pages may call this server from their origin. */
  devClientPort: string | undefined;
  /** Proxies in front whose X-Forwarded-For names the client, for the limits per address; 0: the socket's peer. */
  trustedProxies: number;
  /** Limits per client address on look-ups, creation and joins (http/address-limits.ts); off only for load tests. */
  rateLimits: boolean;
};

export function readConfig(env: Record<string, string | undefined> = process.env): ServerConfig {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid configuration in environment variables:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    publicUrl: e.PUBLIC_URL?.replace(/\/$/, ""),
    dataDir: resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    redisUrl: e.REDIS_URL,
    publicAddress: e.PUBLIC_ADDRESS?.replace(/\/$/, ""),
    scenariosDir: resolve(e.SCENARIOS_DIR),
    clientDir: resolve(e.CLIENT_DIR),
    sessionIdleMs: e.SESSION_IDLE_MINUTES * 60_000,
    maxPlayersPerSession: e.MAX_PLAYERS_PER_SESSION,
    reconnectSeconds: e.RECONNECT_SECONDS,
    timeScale: e.TIME_SCALE,
    retentionMs: e.RETENTION_DAYS * 24 * 60 * 60_000,
    devClientPort: e.DEV_CLIENT_PORT,
    trustedProxies: e.TRUST_PROXY,
    rateLimits: e.RATE_LIMITS === "on",
  };
}
