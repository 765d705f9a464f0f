import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { createDb, migrate, migrationsFolder, type DbHandle } from '@forum/db';

/** Integration tests run on PGlite, or on PostgreSQL when TEST_DATABASE_URL names a server. */
export const testDatabaseUrl = process.env.TEST_DATABASE_URL;

const migrationsHash = createHash('sha256')
  .update(
    readdirSync(migrationsFolder, { recursive: true })
      .map(String)
      .sort()
      .map((f) => (f.endsWith('.sql') || f.endsWith('.json') ? f + readFileSync(path.join(migrationsFolder, f)) : f))
      .join('\n'),
  )
  .digest('hex')
  .slice(0, 12);

const cacheDir = path.resolve(import.meta.dirname, '../node_modules/.cache/forum-test');
const snapshotFile = path.join(cacheDir, `pglite-${migrationsHash}.tar.gz`);
const templateName = `forum_template_${migrationsHash}`;

function serverUrl(database: string): string {
  const url = new URL(testDatabaseUrl!);
  url.pathname = `/${database}`;
  return url.toString();
}

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: testDatabaseUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Migrates once per run: a PGlite snapshot on disk, or a template database on the server. */
export async function prepareTemplate(): Promise<void> {
  if (testDatabaseUrl) {
    const exists = await admin((c) => c.query('select 1 from pg_database where datname = $1', [templateName]));
    if (exists.rowCount) return;
    const building = `${templateName}_building_${process.pid}`;
    await admin((c) => c.query(`create database "${building}"`));
    const handle = await createDb({ kind: 'postgres', url: serverUrl(building) });
    await migrate(handle);
    await handle.close();
    await admin((c) => c.query(`alter database "${building}" rename to "${templateName}"`)).catch(() => undefined);
    return;
  }
  if (existsSync(snapshotFile)) return;
  mkdirSync(cacheDir, { recursive: true });
  const handle = await createDb({ kind: 'pglite' });
  await migrate(handle);
  const dump = await handle.pglite!.dumpDataDir('gzip');
  writeFileSync(snapshotFile, Buffer.from(await dump.arrayBuffer()));
  await handle.close();
}

export type TestDatabase = DbHandle & { url?: string; drop(): Promise<void> };

export async function freshDatabase(): Promise<TestDatabase> {
  if (testDatabaseUrl) {
    const name = `forum_test_${crypto.randomUUID().replaceAll('-', '').slice(0, 16)}`;
    await admin((c) => c.query(`create database "${name}" template "${templateName}"`));
    const url = serverUrl(name);
    const handle = await createDb({ kind: 'postgres', url });
    return {
      ...handle,
      url,
      drop: async () => {
        await handle.close();
        await admin((c) => c.query(`drop database if exists "${name}" with (force)`));
      },
    };
  }
  const snapshot = new Blob([readFileSync(snapshotFile)]);
  const handle = await createDb({ kind: 'pglite', snapshot });
  return { ...handle, drop: () => handle.close() };
}

