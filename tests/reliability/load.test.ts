import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkNoLoss, describeLoad, postComments } from './support/load.ts';
import { serverDatabase, type DatabaseKind, type ServerDatabase } from './support/databases.ts';
import { seedForum, type Forum } from './support/seed.ts';
import { startApi, type ApiProcess } from './support/server.ts';

const CLIENTS = 200;
// The 20 comments per client take over a minute on this shared 2-core machine, so CI
// posts fewer (RELIABILITY_PER_CLIENT=20 runs the full load); PGlite is one in-process connection.
const full = Number(process.env.RELIABILITY_PER_CLIENT ?? 0);
const PER_CLIENT: Record<DatabaseKind, number> = { postgres: full || 4, pglite: full || 2 };

describe.each<DatabaseKind>(['postgres', 'pglite'])('load without loss on %s', (kind) => {
  let database: ServerDatabase;
  let forum: Forum;
  let api: ApiProcess;

  beforeAll(async () => {
    database = await serverDatabase(kind);
    forum = await seedForum(database.seedDb, CLIENTS);
    await database.handOver();
    api = await startApi(database.env);
  });
  afterAll(async () => {
    await api?.stop();
    await database?.drop();
  });

  it(`${CLIENTS} clients posting ${PER_CLIENT[kind]} comments each: every acknowledged comment exists once, none without a request, no 500`, async () => {
    const load = await postComments({ url: () => api.url, slug: forum.thread.slug, members: forum.members, perClient: PER_CLIENT[kind] }).done;
    await api.stop();
    const report = await database.inspect((db) => checkNoLoss(db, forum.thread.id, load));
    describeLoad(`load on ${kind}`, load, report);
    expect(load.failures).toEqual([]);
    expect(report).toMatchObject({ acknowledged: CLIENTS * PER_CLIENT[kind], rows: CLIENTS * PER_CLIENT[kind], lost: 0, duplicated: 0, unexplained: 0, wrongId: 0, answers500: 0 });
  });
});
