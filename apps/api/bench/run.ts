/**
 * Every benchmark scenario, each measured side by side with its bare baseline in the same run.
 *   pnpm bench            one table: PostgreSQL (when DATABASE_URL is set) and PGlite
 *   pnpm bench --json     one JSON object: database, then scenario (extra figures under "details")
 * BENCH_SECONDS (default 5) bounds each load; BENCH_ONLY=threadRead,commentPost,fanout,queue,threadPage
 * picks scenarios; BENCH_SAVE=<file> also writes the JSON there. The machine is shared and noisy: compare figures only within one run.
 */
import { writeFileSync } from 'node:fs';
import { createDb, migrate } from '@forum/db';
import { CONNECTIONS, SECONDS, openDatabase, type Bench, type Kind } from './common.ts';
import { benchCommentPost } from './comment-post.ts';
import { benchFanout } from './live.ts';
import { benchQueue } from './queue.ts';
import { benchThreadPage } from './thread-page.ts';
import { benchThreadRead } from './thread-read.ts';

const only = process.env.BENCH_ONLY?.split(',');
const wanted = (name: string) => !only || only.includes(name);

const failures: string[] = [];

/** Each scenario gets a fresh database, so one's rows never slow another; a failed one is reported, not fatal. */
async function onFreshDatabase<T>(kind: Kind, run: (bench: Bench) => Promise<T>): Promise<T | null> {
  const bench = await openDatabase(kind);
  try {
    await migrate(bench.handle);
    return await run(bench);
  } catch (error) {
    failures.push(`${kind} ${run.name}: ${(error as Error).message}`);
    return null;
  } finally {
    await bench.drop();
  }
}

async function benchDatabase(kind: Kind) {
  const reads = wanted('threadRead') ? await onFreshDatabase(kind, benchThreadRead) : null;
  const posts = wanted('commentPost') ? await onFreshDatabase(kind, benchCommentPost) : null;
  // Two instances need a server both can reach: PGlite is one in-process connection.
  const fanout = wanted('fanout') && kind === 'postgres' ? await benchFanout({ adminUrl: process.env.DATABASE_URL!, seconds: SECONDS }).catch((error: Error) => void failures.push(`fanout: ${error.message}`)) : null;
  const queue = wanted('queue') ? await onFreshDatabase(kind, benchQueue) : null;
  const page = wanted('threadPage') ? await onFreshDatabase(kind, benchThreadPage) : null;
  return {
    threadRead: reads?.threadRead ?? null,
    bigThreads: reads?.bigThreads ?? null,
    commentPost: posts?.commentPost ?? null,
    fanout: fanout?.fanout ?? null,
    queue: queue?.queue ?? null,
    threadPage: page?.threadPage ?? null,
    details: { ...reads?.details, ...posts?.details, fanout: fanout?.details, errors: (reads?.errors ?? 0) + (posts?.errors ?? 0) },
  };
}

type Result = Awaited<ReturnType<typeof benchDatabase>>;
const cell = (value: unknown) => (value === undefined || value === null ? '–' : String(value));

function printTable(results: Partial<Record<Kind, Result>>) {
  const kinds = Object.keys(results) as Kind[];
  const label = (kind: Kind) => (kind === 'postgres' ? 'PostgreSQL' : 'PGlite');
  console.log(`\n${CONNECTIONS} connections, ${SECONDS} s per load; bare = minimal Fastify handler, same SQL, same run`);
  console.log(`  ${'scenario'.padEnd(50)}${kinds.map((k) => label(k).padStart(24)).join('')}`);
  const row = (name: string, pick: (r: Result) => unknown) => console.log(`  ${name.padEnd(50)}${kinds.map((k) => cell(pick(results[k]!)).padStart(24)).join('')}`);
  const vs = (a: unknown, b: unknown, ratio: unknown) => (a === undefined ? undefined : `${a} / ${b} = ${ratio}x`);
  row('thread read 200, uncached req/s: api / bare', (r) => r.threadRead && vs(r.threadRead.rps, r.threadRead.baselineRps, r.threadRead.ratio));
  row('thread read 200, uncached p50 / p99 ms', (r) => r.threadRead && `${r.threadRead.p50Ms} / ${r.threadRead.p99Ms}`);
  row('thread read, anonymous cached req/s vs bare', (r) => r.threadRead && `${r.threadRead.cachedAnonRps} = ${r.threadRead.cachedRatio}x`);
  row('thread read, signed in (cache + own state) req/s', (r) => r.details.signedInRps);
  row('thread read, signed in uncached req/s', (r) => r.details.signedInUncachedRps);
  row('comment shows on another instance, max ms', (r) => r.threadRead?.stalenessMaxMs);
  row('first page p99 ms at 200 / 2,000 / 10,000', (r) => r.bigThreads && `${r.bigThreads.p99Ms200}/${r.bigThreads.p99Ms2000}/${r.bigThreads.p99Ms10000}`);
  row('first page KB at 200 / 2,000 / 10,000', (r) => r.details.bytes && r.details.bytes.map((b) => Math.round(b / 1024)).join('/'));
  row('comment POST req/s: full path / bare', (r) => r.commentPost && vs(r.commentPost.rps, r.commentPost.baselineRps, r.commentPost.ratio));
  row('comment POST p99 ms: full path / bare', (r) => r.commentPost && `${r.commentPost.p99Ms} / ${r.details.postBaselineP99Ms}`);
  row('fan-out 1,000 clients, one instance p50/p99 ms', (r) => r.fanout && `${r.fanout.oneInstance.p50Ms}/${r.fanout.oneInstance.p99Ms}`);
  row('fan-out 1,000 clients, two instances p50/p99 ms', (r) => r.fanout && `${r.fanout.twoInstances.p50Ms}/${r.fanout.twoInstances.p99Ms}`);
  row('fan-out burst of 100, two instances p99 ms', (r) => r.fanout?.burst.p99Ms);
  row('moderation queue of 10,000: first / page 40 ms', (r) => r.queue && `${r.queue.firstPageMs} / ${r.queue.laterPageMs}`);
  row('thread page SSR median ms (200 comments)', (r) => r.threadPage?.ssrMedianMs);
  row('thread page first-load JS KB gzipped', (r) => r.threadPage?.jsKbGzip);
  row('failed or non-2xx requests', (r) => r.details.errors);
  if (!results.postgres) console.log('\nSet DATABASE_URL to a PostgreSQL server to measure it too (throwaway databases are created and dropped).');
  else console.log('\nFan-out needs two instances on one server: PostgreSQL only.');
}

// A PGlite instance is created up front: its first start is slow and would land inside a measurement.
await (await createDb({ kind: 'pglite' })).close();
const kinds: Kind[] = process.env.DATABASE_URL ? ['postgres', 'pglite'] : ['pglite'];
const results: Partial<Record<Kind, Result>> = {};
for (const kind of kinds) results[kind] = await benchDatabase(kind);
const json = JSON.stringify(failures.length ? { ...results, failures } : results);
if (process.env.BENCH_SAVE) writeFileSync(process.env.BENCH_SAVE, json);
if (process.argv.includes('--json')) console.log(json);
else printTable(results);
for (const failure of failures) console.error(`failed: ${failure}`);
process.exitCode = failures.length ? 1 : 0;
