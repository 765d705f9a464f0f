import pg from 'pg';
import type { Db } from '@forum/db';
import { LIVE_CHANNEL } from './outbox.ts';

type OnWake = (newestId: number) => void;
type Log = { warn(obj: object, msg: string): void };
type PGliteClient = { listen(channel: string, cb: (payload: string) => void): Promise<() => Promise<void>> };

const MAX_BACKOFF_MS = 5000;

/**
 * Listens for commit notifications. On PostgreSQL: one dedicated connection per instance,
 * reconnected with backoff; `onWake` also fires after every (re)connect, since notifications
 * sent while disconnected are lost. PGlite is in-process: its own listen() reaches this process.
 */
export async function listenForCommits(db: Db, onWake: OnWake, log: Log): Promise<() => Promise<void>> {
  const client = (db as unknown as { $client: pg.Pool | PGliteClient }).$client;
  if (!(client instanceof pg.Pool)) {
    const unlisten = await client.listen(LIVE_CHANNEL, (payload) => onWake(Number(payload)));
    return unlisten;
  }
  return listenOnPostgres(client.options, onWake, log);
}

async function listenOnPostgres(options: pg.PoolConfig, onWake: OnWake, log: Log) {
  let stopped = false;
  let current: pg.Client | null = null;
  let retry: NodeJS.Timeout | null = null;
  let backoff = 100;

  const connect = async () => {
    const client = new pg.Client({ ...options, keepAlive: true });
    current = client;
    client.on('notification', (msg) => onWake(Number(msg.payload)));
    client.on('error', () => reconnect(client));
    client.on('end', () => reconnect(client));
    try {
      await client.connect();
      await client.query(`listen ${LIVE_CHANNEL}`);
      backoff = 100;
      onWake(Infinity);
    } catch (error) {
      log.warn({ err: error }, 'live: cannot listen for commits, retrying');
      reconnect(client);
    }
  };

  const reconnect = (client: pg.Client) => {
    if (stopped || client !== current) return;
    current = null;
    client.end().catch(() => undefined);
    const wait = backoff * (0.5 + Math.random());
    backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
    retry = setTimeout(() => void connect(), wait);
  };

  await connect();
  return async () => {
    stopped = true;
    if (retry) clearTimeout(retry);
    await current?.end().catch(() => undefined);
  };
}
