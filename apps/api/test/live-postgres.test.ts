import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createDb, queryRows, type Db } from '@forum/db';
import { buildApp } from '../src/app.ts';
import { announce, sequencePending, withEvents } from '../src/modules/live/outbox.ts';
import { createTestContext } from './context.ts';
import { testDatabaseUrl } from './databases.ts';
import { listenOnLoopback, openLive, type LiveTestClient } from './live-client.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const commentIds = (client: LiveTestClient) => client.events().map((e) => ('commentId' in e.event ? e.event.commentId : ''));

/**
 * Eight writers whose transactions commit in random order, while a reader keeps taking
 * "everything in `table` after the newest id I have seen". Returns the committed ids it skipped.
 */
async function raceWritersAgainstReader(db: Db, table: 'pending_events' | 'outbox_events', write: (n: number) => Promise<unknown>) {
  const newest = async () => (await queryRows<{ id: number }>(db, sql`select coalesce(max(id), 0)::float8 as id from ${sql.identifier(table)}`))[0]!.id;
  const start = await newest();
  const seen = new Set<number>();
  let cursor = start;
  let writing = true;
  const reader = (async () => {
    while (writing) {
      const rows = await queryRows<{ id: number }>(db, sql`select id::float8 as id from ${sql.identifier(table)} where id > ${cursor} order by id`);
      for (const row of rows) seen.add(row.id);
      cursor = rows.at(-1)?.id ?? cursor;
      await sleep(1);
    }
  })();
  await Promise.all(Array.from({ length: 8 }, async (_, writer) => {
    for (let i = 0; i < 40; i++) await write(writer * 100 + i);
  }));
  writing = false;
  await reader;
  const all = await queryRows<{ id: number }>(db, sql`select id::float8 as id from ${sql.identifier(table)} where id > ${start} order by id`);
  return { written: all.length, skipped: all.map((r) => r.id).filter((id) => id <= cursor && !seen.has(id)) };
}

describe.skipIf(!testDatabaseUrl)('live updates on PostgreSQL (PGlite is one connection, so these need TEST_DATABASE_URL)', async () => {
  const ctx = await createTestContext({ LIVE_POLL_MS: '60000' });
  const url = await listenOnLoopback(ctx.app);
  const author = await ctx.newUser('author');
  const event = (n: number) => ({ type: 'thread.updated' as const, threadId: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}` });

  it('makes outbox ids visible in commit order, where ids taken by the writers let a reader skip a late commit', async () => {
    // Hold each transaction open a little after its event, so commits overtake each other.
    const writeHeldOpen = (tx: Db, n: number) => announce(tx, 'queue', event(n)).then(() => sleep(Math.random() * 4));

    const control = await raceWritersAgainstReader(ctx.db, 'pending_events', (n) => ctx.db.transaction((tx) => writeHeldOpen(tx as unknown as Db, n)));
    expect(control.written).toBe(320);
    expect(control.skipped.length, 'the hazard the sequencer removes').toBeGreaterThan(0);
    await sequencePending(ctx.db);

    const outbox = await raceWritersAgainstReader(ctx.db, 'outbox_events', (n) => withEvents(ctx.db, (tx) => writeHeldOpen(tx, n)));
    await sequencePending(ctx.db);
    expect(outbox.skipped).toEqual([]);
    const [{ left }] = (await queryRows<{ left: number }>(ctx.db, sql`select count(*)::int as left from pending_events`)) as [{ left: number }];
    expect(left).toBe(0);
  });

  it('delivers all 500 comments of 20 concurrent writers exactly once to a subscriber that reconnects twice', async () => {
    const thread = await ctx.newThread(author, { moderationMode: 'post' });
    const topic = `thread:${thread.id}`;
    const writers = await Promise.all(Array.from({ length: 20 }, () => ctx.newUser()));
    let client = await openLive(url);
    await client.subscribe(topic);
    const received: { id: number; commentId: string }[] = [];
    const posted: string[] = [];

    const posting = Promise.all(
      writers.map(async (writer, w) => {
        for (let i = 0; i < 25; i++) posted.push((await ctx.newComment(writer, thread.slug, `Writer ${w} on relapse rates, point ${i}`)).id);
      }),
    );
    for (const reconnectAt of [100, 300]) {
      await client.waitFor(() => received.length + client.events().length >= reconnectAt, `${reconnectAt} events`, 60_000);
      await client.close();
      received.push(...client.events().map((e, i) => ({ id: e.id, commentId: commentIds(client)[i]! })));
      client = await openLive(url);
      await client.subscribe(topic, received.at(-1)!.id);
    }
    await posting;
    await client.waitFor(() => received.length + client.events().length >= 500, 'all 500', 60_000);
    await sleep(200);
    received.push(...client.events().map((e, i) => ({ id: e.id, commentId: commentIds(client)[i]! })));
    await client.close();

    expect(received).toHaveLength(500);
    expect(new Set(received.map((r) => r.commentId))).toEqual(new Set(posted));
    const ids = received.map((r) => r.id);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
  });

  it('carries 500 comments posted through one instance to a client of another, exactly once and in order', async () => {
    const other = await createDb({ kind: 'postgres', url: ctx.database.url! });
    const b = await buildApp({ deps: { ...ctx.deps, db: other.db } });
    const urlB = await listenOnLoopback(b);
    try {
      const thread = await ctx.newThread(author, { moderationMode: 'post' });
      const member = await ctx.newUser();
      const client = await openLive(url);
      await client.subscribe(`thread:${thread.id}`);
      const posted: string[] = [];
      const origin = new URL(urlB.replace(/^ws/, 'http')).origin;
      for (let i = 0; i < 500; i++) {
        const res = await fetch(`${origin}/api/threads/${thread.slug}/comments`, {
          method: 'POST',
          headers: { cookie: member.cookie, origin: 'http://forum.test', 'content-type': 'application/json' },
          body: JSON.stringify({ body: `Comment ${i} through the second instance` }),
        });
        expect(res.status).toBe(201);
        posted.push(((await res.json()) as { id: string }).id);
      }
      await client.waitFor(() => client.events().length >= 500, 'all 500 on instance A', 60_000);
      await sleep(200);
      expect(commentIds(client)).toEqual(posted);
      await client.close();
    } finally {
      await b.close();
      await other.close();
    }
  });

  it('catches up after its listening connection is killed', async () => {
    const thread = await ctx.newThread(author, { moderationMode: 'post' });
    const client = await openLive(url);
    await client.subscribe(`thread:${thread.id}`);
    const killed = await queryRows<{ ok: boolean }>(
      ctx.db,
      sql`select pg_terminate_backend(pid) as ok from pg_stat_activity where datname = current_database() and query ilike 'listen %'`,
    );
    expect(killed.length).toBeGreaterThan(0);
    const comment = await ctx.newComment(await ctx.newUser(), thread.slug, 'Posted while the listener was down.');
    // The poll is a minute here, so only the reconnect's catch-up can deliver this in time.
    await client.waitFor(() => commentIds(client).includes(comment.id), 'the comment after reconnect', 10_000);
    await client.close();
  });
});
