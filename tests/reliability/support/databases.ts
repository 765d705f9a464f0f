import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createDb, migrate, type Db, type DbHandle } from '@forum/db';
import { freshDatabase } from '../../../apps/api/test/databases.ts';
import type { DatabaseEnv } from './server.ts';

export type DatabaseKind = 'postgres' | 'pglite';

/**
 * A fresh database for one server process. PostgreSQL: a copy of the migrated template
 * (the API test helpers' way), shared by the test and the server. PGlite: a new data
 * directory, which only one process may open, so the test seeds it before the server starts
 * and reads it after the server stopped.
 */
export async function serverDatabase(kind: DatabaseKind) {
  if (kind === 'postgres') {
    const database = await freshDatabase();
    return {
      kind,
      env: { DATABASE_URL: database.url! } as DatabaseEnv,
      seedDb: database.db,
      handOver: async () => {},
      inspect: async <T>(read: (db: Db) => Promise<T>) => read(database.db),
      drop: () => database.drop(),
    };
  }
  const dataDir = mkdtempSync(path.join(tmpdir(), 'forum-reliability-'));
  let handle: DbHandle | null = await createDb({ kind: 'pglite', dataDir });
  await migrate(handle);
  const seeding = handle;
  return {
    kind,
    env: { DATA_DIR: dataDir } as DatabaseEnv,
    seedDb: seeding.db,
    handOver: async () => {
      await handle?.close();
      handle = null;
    },
    inspect: async <T>(read: (db: Db) => Promise<T>) => {
      const reader = await createDb({ kind: 'pglite', dataDir });
      try {
        return await read(reader.db);
      } finally {
        await reader.close();
      }
    },
    drop: async () => {
      await handle?.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export type ServerDatabase = Awaited<ReturnType<typeof serverDatabase>>;
