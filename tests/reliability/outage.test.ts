import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, migrate, type DbHandle } from '@forum/db';
import { checkNoLoss, describeLoad, postComments } from './support/load.ts';
import { seedForum, type Forum } from './support/seed.ts';
import { startApi, type ApiProcess } from './support/server.ts';
import { throwawayPostgres } from './support/throwaway-postgres.ts';

const OUTAGE_MS = 5000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

type Answer = { at: number; url: string; status: number; type: string; retryAfter: string | null };

/** Reads a route every 100 ms until stopped, keeping every answer (or network failure as status 0). */
function poll(base: () => string, url: string) {
  const answers: Answer[] = [];
  let running = true;
  const done = (async () => {
    while (running) {
      const at = Date.now();
      try {
        const res = await fetch(base() + url, { signal: AbortSignal.timeout(5000) });
        await res.arrayBuffer();
        answers.push({ at, url, status: res.status, type: res.headers.get('content-type') ?? '', retryAfter: res.headers.get('retry-after') });
      } catch {
        answers.push({ at, url, status: 0, type: '', retryAfter: null });
      }
      await sleep(100);
    }
  })();
  return { answers, stop: () => ((running = false), done) };
}

describe('database outage on a throwaway PostgreSQL server', () => {
  let postgres: Awaited<ReturnType<typeof throwawayPostgres>>;
  let handle: DbHandle;
  let forum: Forum;
  let api: ApiProcess;

  beforeAll(async () => {
    postgres = await throwawayPostgres();
    handle = await createDb({ kind: 'postgres', url: postgres.url });
    await migrate(handle);
    forum = await seedForum(handle.db, 50);
    api = await startApi({ DATABASE_URL: postgres.url });
  });
  afterAll(async () => {
    await api?.stop();
    await handle?.close();
    postgres?.remove();
  });

  it('answers 503 problem+json with Retry-After while the database is down, never 500, and recovers without a restart', async () => {
    const pid = api.pid;
    const pollers = [poll(() => api.url, '/api/health'), poll(() => api.url, `/api/threads/${forum.thread.slug}`)];
    const load = postComments({ url: () => api.url, slug: forum.thread.slug, members: forum.members, perClient: 6, deadlineMs: 45_000 });
    while (load.result.acked.size < 30) await sleep(20);

    postgres.stop();
    const downAt = Date.now();
    await sleep(OUTAGE_MS);
    const upAt = Date.now();
    postgres.start();
    const result = await load.done;
    await sleep(500);
    const answers = (await Promise.all(pollers.map(async (p) => (await p.stop(), p.answers)))).flat();

    const during = answers.filter((a) => a.at > downAt + 300 && a.at < upAt);
    const healthUp = answers.find((a) => a.url === '/api/health' && a.at > upAt && a.status === 200);
    const recoveryMs = healthUp ? healthUp.at - upAt : Infinity;
    const report = await checkNoLoss(handle.db, forum.thread.id, result);
    const count = (list: Answer[], status: number) => list.filter((a) => a.status === status).length;
    describeLoad('outage', result, report);
    console.log(`[reliability] outage: ${OUTAGE_MS} ms down; reads during it: ${during.length} (503: ${count(during, 503)}, 500: ${count(answers, 500)}); health back ${recoveryMs} ms after the database`);

    expect(during.length).toBeGreaterThan(10);
    expect(during.filter((a) => !(a.status === 503 && a.type.startsWith('application/problem+json') && a.retryAfter))).toEqual([]);
    expect(count(answers, 500)).toBe(0);
    expect(healthUp).toBeDefined();
    expect(api.pid).toBe(pid);
    expect(result.failures).toEqual([]);
    expect(report).toMatchObject({ acknowledged: 300, rows: 300, lost: 0, duplicated: 0, unexplained: 0, answers500: 0 });
  });
});
