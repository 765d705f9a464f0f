import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serverDatabase, type ServerDatabase } from './support/databases.ts';
import { checkNoLoss, bodyFor, type LoadResult } from './support/load.ts';
import { seedForum, type Forum } from './support/seed.ts';
import { ORIGIN, startApi, type ApiProcess } from './support/server.ts';

const CLIENTS = 100;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

type Outcome = { key: string; status?: number; id?: string; error?: string };

describe('graceful shutdown', () => {
  let database: ServerDatabase;
  let forum: Forum;
  let api: ApiProcess;

  beforeAll(async () => {
    database = await serverDatabase('postgres');
    forum = await seedForum(database.seedDb, CLIENTS);
    api = await startApi(database.env);
  });
  afterAll(async () => {
    await api?.stop();
    await database?.drop();
  });

  it('finishes every request in flight at SIGTERM; none is cut off with a reset', async () => {
    let terminating = false;
    const outcomes: Outcome[] = [];
    // Each client posts until SIGTERM; what it had sent by then must be answered.
    const clients = forum.members.map(async (member, index) => {
      for (let i = 0; !terminating; i++) {
        const key = `rel-${index}-${i}`;
        const outcome: Outcome = { key };
        outcomes.push(outcome);
        try {
          const res = await fetch(`${api.url}/api/threads/${forum.thread.slug}/comments`, {
            method: 'POST',
            headers: { cookie: member.cookie, origin: ORIGIN, 'content-type': 'application/json', 'idempotency-key': key },
            body: JSON.stringify({ body: bodyFor(key) }),
            signal: AbortSignal.timeout(30_000),
          });
          outcome.status = res.status;
          const body = (await res.json()) as { id?: string };
          if (res.status === 201) outcome.id = body.id;
        } catch (error) {
          const cause = (error as { cause?: { code?: string; message?: string } }).cause;
          outcome.error = cause?.code ?? cause?.message ?? String(error);
        }
      }
    });
    while (outcomes.filter((o) => o.status === 201).length < CLIENTS) await sleep(10);
    terminating = true;
    const inFlight = outcomes.filter((o) => o.status === undefined && o.error === undefined).length;
    const signalledAt = Date.now();
    const exitCode = await api.signal('SIGTERM');
    const shutdownMs = Date.now() - signalledAt;
    await Promise.all(clients);

    const finished = outcomes.filter((o) => o.status !== undefined);
    const cut = outcomes.filter((o) => o.error !== undefined);
    const acked = new Map(outcomes.filter((o) => o.id).map((o) => [o.key, o.id!]));
    const load: LoadResult = { acked, published: new Set(), retried: new Set(), statuses: new Map(), networkErrors: cut.length, failures: [], ms: 0 };
    const report = await checkNoLoss(database.seedDb, forum.thread.id, load);
    const byStatus = Object.fromEntries([...new Set(finished.map((o) => o.status!))].map((s) => [s, finished.filter((o) => o.status === s).length]));
    console.log(`[reliability] shutdown: ${inFlight} requests in flight at SIGTERM, exit code ${exitCode} after ${shutdownMs} ms; answered ${finished.length} ${JSON.stringify(byStatus)}, cut off ${cut.length} ${JSON.stringify(cut.map((o) => o.error))}; lost ${report.lost}, unexplained ${report.unexplained}`);

    expect(inFlight).toBeGreaterThan(10);
    expect(exitCode).toBe(0);
    // Well inside the 30 s an orchestrator waits before SIGKILL.
    expect(shutdownMs).toBeLessThan(15_000);
    expect(cut).toEqual([]);
    expect(finished.filter((o) => o.status! >= 500 && o.status !== 503)).toEqual([]);
    expect(report).toMatchObject({ lost: 0, duplicated: 0, unexplained: 0, wrongId: 0 });
  });
});
