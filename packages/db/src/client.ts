import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type { SQL } from 'drizzle-orm';
import pg from 'pg';
import * as schema from './schema/index.ts';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export type DbConfig =
  | { kind: 'postgres'; url: string; poolSize?: number }
  | { kind: 'pglite'; dataDir?: string /* undefined: in memory */; snapshot?: Blob };

export type DbHandle = {
  db: Db;
  kind: DbConfig['kind'];
  /** The raw driver, for LISTEN/NOTIFY and dumps. */
  pool?: pg.Pool;
  pglite?: PGlite;
  close(): Promise<void>;
};

export async function createDb(config: DbConfig): Promise<DbHandle> {
  if (config.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: config.url, max: config.poolSize ?? 10 });
    // An idle client losing its server must not crash the process; the next query reports it.
    pool.on('error', () => {});
    // The pool listens for errors only on idle clients: a checked-out one (in a transaction, between
    // statements) whose server goes away would emit an unhandled 'error' and kill the process.
    // Its next query fails instead, and the pool discards it on release.
    pool.on('connect', (client) => client.on('error', () => {}));
    const db = drizzlePg(pool, { schema, casing: 'snake_case' }) as unknown as Db;
    return { db, kind: 'postgres', pool, close: () => pool.end() };
  }
  const pglite = await PGlite.create({ dataDir: config.dataDir, loadDataDir: config.snapshot });
  const db = drizzlePglite(pglite, { schema, casing: 'snake_case' }) as unknown as Db;
  return { db, kind: 'pglite', pglite, close: () => pglite.close() };
}

/** Raw SQL rows from either driver; both return `{ rows }`, which drizzle's shared type hides. */
export async function queryRows<T>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
