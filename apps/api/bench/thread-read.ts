/**
 * Thread reads through the full API against a bare Fastify handler that runs the same SQL on the
 * same database and returns the rows as JSON; then the cached anonymous page, and how long a
 * comment posted through one instance takes to show in a fresh read on another.
 */
import Fastify from 'fastify';
import { PgDialect } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { createDb, queryRows, type DbHandle } from '@forum/db';
import type { ThreadWithComments } from '@forum/contracts';
import { generateSessionToken, createSession } from '../src/modules/auth/sessions.ts';
import { treePageQuery } from '../src/modules/comments/tree-query.ts';
import { load, ORIGIN, ratio, sleep, startApi, type Bench } from './common.ts';
import { seedThread, seedUsers } from './seed.ts';

const SIZES = [200, 2000, 10000] as const;

/** The bare baseline: the same two queries the API runs (thread by slug, then the tree page). */
async function startBare(handle: DbHandle, trees: Map<string, { text: string; params: unknown[] }>) {
  const run = async (text: string, params: unknown[]) =>
    handle.pool ? (await handle.pool.query(text, params)).rows : (await handle.pglite!.query(text, params)).rows;
  const threadSql = 'select t.*, u.handle, u.display_name from threads t join users u on u.id = t.author_id where t.slug = $1';
  const bare = Fastify();
  bare.get<{ Params: { slug: string } }>('/threads/:slug', async (request) => {
    const [thread] = await run(threadSql, [request.params.slug]);
    const tree = trees.get(request.params.slug)!;
    return { thread, comments: await run(tree.text, tree.params) };
  });
  await bare.listen({ port: 0, host: '127.0.0.1' });
  return { bare, origin: `http://127.0.0.1:${(bare.server.address() as { port: number }).port}` };
}

async function session(handle: DbHandle, userId: string) {
  const token = generateSessionToken();
  await createSession(handle.db, token, userId, new Date());
  return `forum_session=${token}`;
}

/**
 * Posts comments through `writer` and polls `reader` until each shows: the reader's cache must
 * hear of the comment through the outbox. On PostgreSQL the reader has its own pool, like
 * another instance; PGlite is one in-process connection, so there both share it.
 */
async function staleness(writer: string, reader: string, slug: string, cookie: string) {
  const delays: number[] = [];
  for (let i = 0; i < 10; i++) {
    await fetch(`${reader}/api/threads/${slug}`);
    const res = await fetch(`${writer}/api/threads/${slug}/comments`, {
      method: 'POST',
      headers: { cookie, origin: ORIGIN, 'content-type': 'application/json' },
      body: JSON.stringify({ body: `Staleness probe ${i}: how soon do other instances show this?` }),
    });
    if (res.status !== 201) throw new Error(`staleness probe: ${res.status} ${await res.text()}`);
    const { id } = (await res.json()) as { id: string };
    const postedAt = performance.now();
    const shows = async () => ((await (await fetch(`${reader}/api/threads/${slug}?sort=newest`)).json()) as ThreadWithComments).comments.some((c) => c.id === id);
    while (!(await shows())) {
      if (performance.now() - postedAt > 10_000) throw new Error('a posted comment never showed on the other instance');
      await sleep(2);
    }
    delays.push(performance.now() - postedAt);
  }
  return Math.round(Math.max(...delays));
}

export async function benchThreadRead({ handle, url }: Bench) {
  const authors = await seedUsers(handle.db, 50);
  const slugs = new Map<number, string>();
  for (const size of SIZES) slugs.set(size, await seedThread(handle.db, authors, size));
  const probeSlug = await seedThread(handle.db, authors, 200);

  const dialect = new PgDialect();
  const trees = new Map<string, { text: string; params: unknown[] }>();
  for (const slug of slugs.values()) {
    const [thread] = await queryRows<{ id: string }>(handle.db, sql`select id from threads where slug = ${slug}`);
    const query = dialect.sqlToQuery(treePageQuery({ threadId: thread!.id, rootParentId: null, viewerId: null, sort: 'oldest', after: null }));
    trees.set(slug, { text: query.sql, params: query.params });
  }

  const uncached = await startApi(handle, 0);
  const second = url ? await createDb({ kind: 'postgres', url }) : null;
  const cached = await startApi(second ?? handle);
  const { bare, origin: bareOrigin } = await startBare(handle, trees);
  const signedIn = { headers: { cookie: await session(handle, authors[1]!) } };
  const path = (slug: string) => `/api/threads/${slug}`;

  const api: Record<number, Awaited<ReturnType<typeof load>>> = {};
  const baseline: Record<number, Awaited<ReturnType<typeof load>>> = {};
  for (const size of SIZES) {
    const slug = slugs.get(size)!;
    baseline[size] = await load(`${bareOrigin}/threads/${slug}`);
    api[size] = await load(uncached.origin + path(slug));
  }
  const signedInUncached = await load(uncached.origin + path(slugs.get(200)!), signedIn);
  const cachedAnon = await load(cached.origin + path(slugs.get(200)!));
  const cachedSignedIn = await load(cached.origin + path(slugs.get(200)!), signedIn);
  const stalenessMaxMs = await staleness(uncached.origin, cached.origin, probeSlug, await session(handle, authors[2]!));

  await Promise.all([uncached.app.close(), cached.app.close(), bare.close()]);
  await second?.close();
  const errors = [...Object.values(api), ...Object.values(baseline), signedInUncached, cachedAnon, cachedSignedIn].reduce((n, f) => n + f.errors, 0);
  return {
    threadRead: {
      rps: api[200]!.rps,
      p50Ms: api[200]!.p50Ms,
      p99Ms: api[200]!.p99Ms,
      baselineRps: baseline[200]!.rps,
      ratio: ratio(api[200]!.rps, baseline[200]!.rps),
      cachedAnonRps: cachedAnon.rps,
      cachedRatio: ratio(cachedAnon.rps, baseline[200]!.rps),
      stalenessMaxMs,
    },
    bigThreads: { p99Ms200: api[200]!.p99Ms, p99Ms2000: api[2000]!.p99Ms, p99Ms10000: api[10000]!.p99Ms },
    details: {
      signedInRps: cachedSignedIn.rps,
      signedInUncachedRps: signedInUncached.rps,
      bytes: SIZES.map((size) => api[size]!.bytes),
      bareP99Ms: SIZES.map((size) => baseline[size]!.p99Ms),
    },
    errors,
  };
}
