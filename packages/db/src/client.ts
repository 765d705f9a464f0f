import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { PgDialect, type PgDatabase, type PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { createHash } from 'node:crypto';
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

const dialect = new PgDialect();

/**
 * Raw SQL rows, run on PostgreSQL as a named prepared statement: each connection parses and
 * plans it once, which for the comment tree's recursive query costs about as much as running it.
 * The name carries a hash of the text, since a name must always mean the same statement.
 */
export async function queryPrepared<T>(db: Db, name: string, query: SQL): Promise<T[]> {
  const client = (db as unknown as { $client: unknown }).$client;
  if (!(client instanceof pg.Pool)) return queryRows<T>(db, query);
  const { sql: text, params } = dialect.sqlToQuery(query);
  const hash = createHash('sha1').update(text).digest('hex').slice(0, 16);
  return (await client.query({ name: `${name}_${hash}`, text, values: params as unknown[] })).rows as T[];
}

/** One drizzle prepared statement per database handle, built on first use. */
export function preparedPer<P>(build: (db: Db) => P): (db: Db) => P {
  const prepared = new WeakMap<Db, P>();
  return (db) => {
    let statement = prepared.get(db);
    if (!statement) prepared.set(db, (statement = build(db)));
    return statement;
  };
}
