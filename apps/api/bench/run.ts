/**
 * Every benchmark scenario, each measured side by side with its bare baseline in the same run.
 *   pnpm bench            a table for PGlite, and for PostgreSQL when DATABASE_URL is set
 *   pnpm bench --json     one JSON object: database, then scenario
 * BENCH_SECONDS (default 5) bounds each measurement; BENCH_ONLY=threadRead,commentPost,… picks scenarios. The figures are noisy on a shared machine:
 * compare them only within one run.
 */
import { migrate } from '@forum/db';
import { CONNECTIONS, SECONDS, openDatabase, type Kind } from './common.ts';
import { benchCommentPost } from './comment-post.ts';
import { benchThreadRead } from './thread-read.ts';

async function benchDatabase(kind: Kind) {
  const bench = await openDatabase(kind);
  try {
    await migrate(bench.handle);
    const only = process.env.BENCH_ONLY?.split(',');
    const reads = !only || only.includes('threadRead') ? await benchThreadRead(bench) : null;
    const posts = !only || only.includes('commentPost') ? await benchCommentPost(bench) : null;
    return { ...reads, ...posts, errors: (reads?.errors ?? 0) + (posts?.errors ?? 0) };
  } finally {
    await bench.drop();
  }
}

type Result = Awaited<ReturnType<typeof benchDatabase>>;

function printTable(kind: string, r: Result) {
  const row = (label: string, api: number | string, bare: number | string = '', ratio: number | string = '') =>
    console.log(`  ${label.padEnd(46)} ${String(api).padStart(13)} ${String(bare).padStart(9)} ${String(ratio).padStart(7)}`);
  console.log(`\n${kind} (${CONNECTIONS} connections, ${SECONDS} s each)`);
  row('scenario', 'api', 'bare', 'ratio');
  if (r.threadRead && r.bigThreads) printReads(row, r.threadRead, r.bigThreads);
  const p = r.commentPost;
  if (p) {
    row('comment POST, full path req/s', p.rps, p.baselineRps, p.ratio);
    row('comment POST p50 / p99 ms', `${p.p50Ms}/${p.p99Ms}`, p.baselineP99Ms);
    row('comment POST published / held', `${p.published}/${p.held}`);
  }
  if (r.errors > 0) console.log(`  ${r.errors} requests failed or answered non-2xx`);
}

type Row = (label: string, api: number | string, bare?: number | string, ratio?: number | string) => void;

function printReads(row: Row, t: NonNullable<Result['threadRead']>, b: NonNullable<Result['bigThreads']>) {
  row('thread read, 200 comments, uncached req/s', t.rps, t.baselineRps, t.ratio);
  row('thread read p50 / p99 ms', `${t.p50Ms}/${t.p99Ms}`);
  row('thread read, anonymous cached req/s', t.cachedAnonRps, t.baselineRps, t.cachedRatio);
  row('thread read, signed in (cached + own state) req/s', t.signedInRps, t.baselineRps, +(t.signedInRps / t.baselineRps).toFixed(2));
  row('thread read, signed in uncached req/s', t.signedInUncachedRps);
  row('comment shows on another instance, max ms', t.stalenessMaxMs);
  row('first page p99 ms at 200 / 2,000 / 10,000', `${b.p99Ms200}/${b.p99Ms2000}/${b.p99Ms10000}`, '', +(b.p99Ms10000 / b.p99Ms200).toFixed(2));
  row('first page bytes at 200 / 2,000 / 10,000', `${b.bytes200}/${b.bytes2000}/${b.bytes10000}`);
}

const kinds: Kind[] = process.env.DATABASE_URL ? ['postgres', 'pglite'] : ['pglite'];
const results: Partial<Record<Kind, Result>> = {};
for (const kind of kinds) {
  results[kind] = await benchDatabase(kind);
  if (!process.argv.includes('--json')) printTable(kind === 'postgres' ? 'PostgreSQL' : 'PGlite', results[kind]!);
}
if (process.argv.includes('--json')) console.log(JSON.stringify(results));
else if (!process.env.DATABASE_URL) console.log('\nSet DATABASE_URL to a PostgreSQL server to measure it too (a throwaway database is created and dropped).');
