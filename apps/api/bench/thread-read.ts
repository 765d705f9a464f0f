/**
 * Thread reads through the full API against a bare Fastify handler that runs the same SQL on the
 * same database and returns the rows as JSON, measured side by side in one run.
 *   pnpm bench            (PGlite, plus PostgreSQL when DATABASE_URL is set)
 *   pnpm bench --json     one JSON object keyed by database, then scenario
 * BENCH_SECONDS (default 5) bounds each measurement; 50 connections as in the performance issue.
 */
import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import Fastify from 'fastify';
import pg from 'pg';
import { PgDialect } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { createDb, migrate, queryRows, type DbHandle } from '@forum/db';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { generateSessionToken, createSession } from '../src/modules/auth/sessions.ts';
import { treePageQuery } from '../src/modules/comments/tree-query.ts';
import { seedThread, seedUsers } from './seed.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = 50;
const SIZES = [200, 2000, 10000] as const;

type Load = { rps: number; p50Ms: number; p99Ms: number; bytes: number; errors: number };

async function load(url: string, headers: Record<string, string> = {}): Promise<Load> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, headers });
  const non2xx = result.non2xx + result.errors + result.timeouts;
  return {
    rps: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    bytes: Math.round(result.throughput.total / Math.max(1, result.requests.total)),
    errors: non2xx,
  };
}

/** The bare baseline: the same two queries the API runs (thread by slug, then the tree page). */
async function startBare(handle: DbHandle, threads: Map<string, { text: string; params: unknown[] }>) {
  const run = async (text: string, params: unknown[]) =>
    handle.pool ? (await handle.pool.query(text, params)).rows : (await handle.pglite!.query(text, params)).rows;
  const threadSql = 'select t.*, u.handle, u.display_name from threads t join users u on u.id = t.author_id where t.slug = $1';
  const bare = Fastify();
  bare.get<{ Params: { slug: string } }>('/threads/:slug', async (request) => {
    const [thread] = await run(threadSql, [request.params.slug]);
    const tree = threads.get(request.params.slug)!;
    return { thread, comments: await run(tree.text, tree.params) };
  });
  await bare.listen({ port: 0, host: '127.0.0.1' });
  return bare;
}

async function openDatabase(kind: 'pglite' | 'postgres'): Promise<{ handle: DbHandle; drop: () => Promise<void> }> {
  if (kind === 'pglite') {
    const handle = await createDb({ kind: 'pglite' });
    return { handle, drop: () => handle.close() };
  }
  // A throwaway database on the DATABASE_URL server, so the benchmark never writes into real data.
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  const name = `forum_bench_${randomUUID().slice(0, 8)}`;
  await admin.query(`create database ${name}`);
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `/${name}`;
  const handle = await createDb({ kind: 'postgres', url: url.toString() });
  return {
    handle,
    drop: async () => {
      await handle.close();
      await admin.query(`drop database ${name}`);
      await admin.end();
    },
  };
}

async function benchDatabase(kind: 'pglite' | 'postgres') {
  const { handle, drop } = await openDatabase(kind);
  await migrate(handle);
  const authors = await seedUsers(handle.db, 50);
  const slugs = new Map<number, string>();
  for (const size of SIZES) slugs.set(size, await seedThread(handle.db, authors, size));

  const dialect = new PgDialect();
  const compiled = new Map<string, { text: string; params: unknown[] }>();
  for (const slug of slugs.values()) {
    const [thread] = await queryRows<{ id: string }>(handle.db, sql`select id from threads where slug = ${slug}`);
    const query = dialect.sqlToQuery(treePageQuery({ threadId: thread!.id, rootParentId: null, viewerId: null, sort: 'oldest', after: null }));
    compiled.set(slug, { text: query.sql, params: query.params });
  }

  const config = loadConfig({ LOG_LEVEL: 'silent', DEMO_DATA: 'false', PUBLIC_ORIGIN: 'http://127.0.0.1' });
  const deps = { db: handle.db, config, now: () => new Date() };
  const app = await buildApp({ deps });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const bare = await startBare(handle, compiled);
  const apiUrl = (slug: string) => `http://127.0.0.1:${(app.server.address() as { port: number }).port}/api/threads/${slug}`;
  const bareUrl = (slug: string) => `http://127.0.0.1:${(bare.server.address() as { port: number }).port}/threads/${slug}`;

  const token = generateSessionToken();
  await createSession(handle.db, token, authors[1]!, new Date());
  const signedIn = { cookie: `forum_session=${token}` };

  const figures: Record<string, Load & { baselineRps?: number; ratio?: number }> = {};
  for (const size of SIZES) {
    const slug = slugs.get(size)!;
    const baseline = await load(bareUrl(slug));
    const anonymous = await load(apiUrl(slug));
    figures[`anonymous${size}`] = { ...anonymous, baselineRps: baseline.rps, ratio: +(anonymous.rps / baseline.rps).toFixed(2) };
    figures[`bare${size}`] = baseline;
  }
  figures.signedIn200 = await load(apiUrl(slugs.get(200)!), signedIn);

  await app.close();
  await bare.close();
  await drop();
  return {
    threadRead: {
      rps: figures.anonymous200!.rps,
      p50Ms: figures.anonymous200!.p50Ms,
      p99Ms: figures.anonymous200!.p99Ms,
      baselineRps: figures.bare200!.rps,
      ratio: figures.anonymous200!.ratio!,
      signedInRps: figures.signedIn200!.rps,
    },
    bigThreads: {
      p99Ms200: figures.anonymous200!.p99Ms,
      p99Ms2000: figures.anonymous2000!.p99Ms,
      p99Ms10000: figures.anonymous10000!.p99Ms,
      bytes200: figures.anonymous200!.bytes,
      bytes2000: figures.anonymous2000!.bytes,
      bytes10000: figures.anonymous10000!.bytes,
    },
    thread2000: {
      rps: figures.anonymous2000!.rps,
      p50Ms: figures.anonymous2000!.p50Ms,
      p99Ms: figures.anonymous2000!.p99Ms,
      baselineRps: figures.bare2000!.rps,
      baselineP50Ms: figures.bare2000!.p50Ms,
      ratio: figures.anonymous2000!.ratio!,
    },
    errors: Object.values(figures).reduce((n, f) => n + f.errors, 0),
  };
}

type Result = Awaited<ReturnType<typeof benchDatabase>>;

function printTable(kind: string, r: Result) {
  const row = (label: string, api: number | string, bare: number | string, ratio: number | string) =>
    console.log(`  ${label.padEnd(44)} ${String(api).padStart(9)} ${String(bare).padStart(9)} ${String(ratio).padStart(7)}`);
  console.log(`\n${kind} (${CONNECTIONS} connections, ${SECONDS} s each)`);
  console.log(`  ${'scenario'.padEnd(44)} ${'api'.padStart(9)} ${'bare'.padStart(9)} ${'ratio'.padStart(7)}`);
  row('200-comment thread, anonymous req/s', r.threadRead.rps, r.threadRead.baselineRps, r.threadRead.ratio);
  row('200-comment thread, signed in req/s', r.threadRead.signedInRps, '', '');
  row('2,000-comment thread first page req/s', r.thread2000.rps, r.thread2000.baselineRps, r.thread2000.ratio);
  row('2,000-comment thread first page p50 ms', r.thread2000.p50Ms, r.thread2000.baselineP50Ms, '');
  row('p99 ms at 200 / 2,000 / 10,000 comments', `${r.bigThreads.p99Ms200}/${r.bigThreads.p99Ms2000}/${r.bigThreads.p99Ms10000}`, '', +(r.bigThreads.p99Ms10000 / r.bigThreads.p99Ms200).toFixed(2));
  row('first-page bytes at 200 / 2,000 / 10,000', `${r.bigThreads.bytes200}/${r.bigThreads.bytes2000}/${r.bigThreads.bytes10000}`, '', '');
  if (r.errors > 0) console.log(`  ${r.errors} requests failed or answered non-2xx`);
}

const kinds: ('pglite' | 'postgres')[] = process.env.DATABASE_URL ? ['postgres', 'pglite'] : ['pglite'];
const results: Record<string, Result> = {};
for (const kind of kinds) {
  results[kind] = await benchDatabase(kind);
  if (!process.argv.includes('--json')) printTable(kind === 'postgres' ? 'PostgreSQL' : 'PGlite', results[kind]!);
}
if (process.argv.includes('--json')) console.log(JSON.stringify(results));
else if (!process.env.DATABASE_URL) console.log('\nSet DATABASE_URL to a PostgreSQL server to measure it too (a throwaway database is created and dropped).');
