import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '@forum/db';
import { openLive, type LiveTestClient } from '../../apps/api/test/live-client.ts';
import { serverDatabase, type DatabaseKind, type ServerDatabase } from './support/databases.ts';
import { checkNoLoss, describeLoad, postComments } from './support/load.ts';
import { seedForum, type Forum } from './support/seed.ts';
import { startApi, type ApiProcess } from './support/server.ts';

const CLIENTS = 200;
const full = Number(process.env.RELIABILITY_PER_CLIENT ?? 0);
// PGlite takes about 10 s to reopen after a kill (crash recovery), so it posts less to stay within CI time.
const PER_CLIENT: Record<DatabaseKind, number> = { postgres: full || 3, pglite: full || 1 };

const wsUrl = (api: ApiProcess) => `${api.url.replace(/^http/, 'ws')}/api/live`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.each<DatabaseKind>(['postgres', 'pglite'])('crash on %s: SIGKILL in the middle of the load, then restart', (kind) => {
  let database: ServerDatabase;
  let forum: Forum;
  let api: ApiProcess;
  const sockets: LiveTestClient[] = [];

  beforeAll(async () => {
    database = await serverDatabase(kind);
    forum = await seedForum(database.seedDb, CLIENTS);
    await database.handOver();
    api = await startApi(database.env);
  });
  afterAll(async () => {
    for (const socket of sockets) socket.socket.terminate();
    await api?.stop();
    await database?.drop();
  });

  it('keeps every comment acknowledged before the kill, and a client resuming with since misses no live event', async () => {
    const topic = `thread:${forum.thread.id}`;
    const before = await openLive(wsUrl(api));
    sockets.push(before);
    await before.subscribe(topic);

    const total = CLIENTS * PER_CLIENT[kind];
    const load = postComments({ url: () => api.url, slug: forum.thread.slug, members: forum.members, perClient: PER_CLIENT[kind] });
    while (load.result.acked.size < total / 3) await sleep(20);
    const ackedBeforeKill = new Map(load.result.acked);
    const killedAt = Date.now();
    await api.signal('SIGKILL');
    await before.closed;
    await api.restart();
    const downMs = Date.now() - killedAt;

    // Resume from the newest event the first socket got, as the web client does.
    const seen = before.events(topic);
    const after = await openLive(wsUrl(api));
    sockets.push(after);
    await after.subscribe(topic, seen.at(-1)?.id ?? 0);
    const result = await load.done;

    const heard = () => new Set([...seen, ...after.events(topic)].flatMap((f) => (f.event.type === 'comment.published' ? [f.event.commentId] : [])));
    await after.waitFor(() => [...result.published].every((id) => heard().has(id)), 'an event for every published comment', 15_000).catch(() => undefined);
    await api.stop();

    const survivors = await database.inspect((db) => checkNoLoss(db, forum.thread.id, result, ackedBeforeKill));
    const final = await database.inspect((db) => checkNoLoss(db, forum.thread.id, result));
    const published = await database.inspect((db) => queryRows<{ id: string }>(db, sql`select id::text as id from comments where thread_id = ${forum.thread.id} and state = 'approved'`));
    const missed = published.filter((c) => !heard().has(c.id)).length;

    describeLoad(`crash on ${kind}, acknowledged before the kill`, result, survivors);
    describeLoad(`crash on ${kind}, whole load`, result, final);
    console.log(`[reliability] crash on ${kind}: down ${downMs} ms; ${ackedBeforeKill.size} acknowledged before the kill; live events heard ${heard().size} (${seen.length} before), published ${published.length}, missed ${missed}`);
    expect(result.failures).toEqual([]);
    expect(survivors).toMatchObject({ acknowledged: ackedBeforeKill.size, lost: 0, wrongId: 0 });
    expect(final).toMatchObject({ acknowledged: total, rows: total, lost: 0, duplicated: 0, unexplained: 0, answers500: 0 });
    expect(published.length).toBeGreaterThan(0);
    expect(missed).toBe(0);
  });
});
