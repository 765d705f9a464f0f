import path from 'node:path';
import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0'])
  .transform((v) => v === 'true' || v === '1');

const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z.url().optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  COOKIE_SECURE: bool.optional(),
  PUBLIC_ORIGIN: z.url().optional(),
  LOGIN_RATE_LIMIT: z.coerce.number().int().min(1).default(10),
  REGISTER_RATE_LIMIT: z.coerce.number().int().min(1).default(5),
  DEMO_DATA: bool.default(true),
  METADATA_RESOLVER: z.enum(['off', 'online']).default('off'),
  LIVE_RETENTION_HOURS: z.coerce.number().min(0.001).default(72),
  LIVE_HEARTBEAT_MS: z.coerce.number().int().min(10).default(30_000),
  LIVE_POLL_MS: z.coerce.number().int().min(10).default(2000),
  LIVE_SOCKET_BUFFER_BYTES: z.coerce.number().int().min(1024).default(1024 * 1024),
  LIVE_REPLAY_LIMIT: z.coerce.number().int().min(1).default(1000),
  MAX_EVENT_LOOP_DELAY_MS: z.coerce.number().min(0).default(0),
  MAX_DATABASE_WAITING: z.coerce.number().int().min(0).default(0),
});

export type Config = {
  port: number;
  host: string;
  database: { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string };
  logLevel: z.infer<typeof Env>['LOG_LEVEL'];
  publicOrigin: string;
  cookieSecure: boolean;
  rateLimits: { loginPerMinute: number; registerPerHour: number };
  demoData: boolean;
  /** Whether study metadata is looked up at Crossref and PubMed; posting never waits on it. */
  metadataResolver: 'off' | 'online';
  /** Shed requests with 503 while the event loop lags more than this many ms, or more queries than this wait for a connection; 0 = off. */
  overload: { maxEventLoopDelayMs: number; maxDatabaseWaiting: number };
  live: { retentionHours: number; heartbeatMs: number; pollMs: number; socketBufferBytes: number; replayLimit: number };
};

export class ConfigError extends Error {}

export function loadConfig(env: Record<string, string | undefined>): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid environment:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const publicOrigin = e.PUBLIC_ORIGIN ?? `http://${e.HOST === '0.0.0.0' ? 'localhost' : e.HOST}:${e.PORT}`;
  return {
    port: e.PORT,
    host: e.HOST,
    database: e.DATABASE_URL
      ? { kind: 'postgres', url: e.DATABASE_URL }
      : { kind: 'pglite', dataDir: path.resolve(e.DATA_DIR) },
    logLevel: e.LOG_LEVEL,
    publicOrigin: new URL(publicOrigin).origin,
    cookieSecure: e.COOKIE_SECURE ?? publicOrigin.startsWith('https:'),
    rateLimits: { loginPerMinute: e.LOGIN_RATE_LIMIT, registerPerHour: e.REGISTER_RATE_LIMIT },
    demoData: e.DEMO_DATA,
    metadataResolver: e.METADATA_RESOLVER,
    overload: { maxEventLoopDelayMs: e.MAX_EVENT_LOOP_DELAY_MS, maxDatabaseWaiting: e.MAX_DATABASE_WAITING },
    live: {
      retentionHours: e.LIVE_RETENTION_HOURS,
      heartbeatMs: e.LIVE_HEARTBEAT_MS,
      pollMs: e.LIVE_POLL_MS,
      socketBufferBytes: e.LIVE_SOCKET_BUFFER_BYTES,
      replayLimit: e.LIVE_REPLAY_LIMIT,
    },
  };
}
