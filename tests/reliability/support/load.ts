import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '@forum/db';
import type { Member } from './seed.ts';
import { ORIGIN } from './server.ts';

export type LoadResult = {
  /** Idempotency-Key → the comment id its 201 named. */
  acked: Map<string, string>;
  /** Acknowledged comments the answer called published: each must reach the thread's live readers. */
  published: Set<string>;
  /** Keys sent more than once (after a timeout, a dropped connection or a 5xx). */
  retried: Set<string>;
  statuses: Map<number, number>;
  networkErrors: number;
  /** Answers no retry explains: any 4xx, and the keys still unacknowledged at the deadline. */
  failures: string[];
  ms: number;
};

type LoadOptions = {
  url: () => string;
  slug: string;
  members: Member[];
  perClient: number;
  timeoutMs?: number;
  /** Give up on a key after this long; the key is then reported as a failure. */
  deadlineMs?: number;
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export const bodyFor = (key: string) => `Comment [${key}] on how relapse rates changed after treatment.`;
const KEY_IN_BODY = /\[(rel-\d+-\d+)\]/;

/**
 * Every member posts `perClient` comments one after another, all members at once. A timeout,
 * a dropped connection or a 5xx is retried with the same Idempotency-Key until the deadline.
 */
export function postComments(options: LoadOptions) {
  const { slug, members, perClient, timeoutMs = 10_000, deadlineMs = 90_000 } = options;
  const result: LoadResult = { acked: new Map(), published: new Set(), retried: new Set(), statuses: new Map(), networkErrors: 0, failures: [], ms: 0 };
  const started = Date.now();
  const deadline = started + deadlineMs;

  async function postOnce(member: Member, key: string): Promise<'done' | 'retry'> {
    try {
      const res = await fetch(`${options.url()}/api/threads/${slug}/comments`, {
        method: 'POST',
        headers: { cookie: member.cookie, origin: ORIGIN, 'content-type': 'application/json', 'idempotency-key': key },
        body: JSON.stringify({ body: bodyFor(key) }),
        signal: AbortSignal.timeout(timeoutMs),
      });
      result.statuses.set(res.status, (result.statuses.get(res.status) ?? 0) + 1);
      const text = await res.text();
      if (res.status === 201) {
        const created = JSON.parse(text) as { id: string; visibility: string };
        result.acked.set(key, created.id);
        if (created.visibility === 'published') result.published.add(created.id);
        return 'done';
      }
      if (res.status >= 500) return 'retry';
      result.failures.push(`${key}: ${res.status} ${text.slice(0, 200)}`);
      return 'done';
    } catch {
      result.networkErrors += 1;
      return 'retry';
    }
  }

  async function client(member: Member, index: number) {
    for (let i = 0; i < perClient; i++) {
      const key = `rel-${index}-${i}`;
      for (let attempt = 0; ; attempt++) {
        if (attempt > 0) result.retried.add(key);
        if ((await postOnce(member, key)) === 'done') break;
        if (Date.now() > deadline) {
          result.failures.push(`${key}: not acknowledged within ${deadlineMs} ms`);
          break;
        }
        await sleep(Math.min(1000, 50 * 2 ** attempt) * (0.5 + Math.random()));
      }
    }
  }

  const done = Promise.all(members.map(client)).then(() => {
    result.ms = Date.now() - started;
    return result;
  });
  return { result, done };
}

export type LossReport = { acknowledged: number; rows: number; lost: number; duplicated: number; unexplained: number; wrongId: number; answers500: number };

/** Compares the thread's comments with what the clients were told, by the key each body carries. */
export async function checkNoLoss(db: Db, threadId: string, load: LoadResult, acked = load.acked): Promise<LossReport> {
  const rows = await queryRows<{ id: string; body: string }>(db, sql`select id::text as id, body from comments where thread_id = ${threadId}`);
  const byKey = new Map<string, string[]>();
  for (const row of rows) {
    const key = KEY_IN_BODY.exec(row.body)?.[1] ?? 'none';
    byKey.set(key, [...(byKey.get(key) ?? []), row.id]);
  }
  const ackedKeys = [...acked.keys()];
  return {
    acknowledged: acked.size,
    rows: rows.length,
    lost: ackedKeys.filter((k) => !byKey.has(k)).length,
    duplicated: [...byKey.values()].filter((ids) => ids.length > 1).length,
    unexplained: [...byKey.keys()].filter((k) => !load.acked.has(k) && !load.retried.has(k)).length,
    wrongId: ackedKeys.filter((k) => byKey.has(k) && !byKey.get(k)!.includes(acked.get(k)!)).length,
    answers500: load.statuses.get(500) ?? 0,
  };
}

export function describeLoad(label: string, load: LoadResult, report: LossReport) {
  const statuses = Object.fromEntries([...load.statuses].sort(([a], [b]) => a - b));
  console.log(
    `[reliability] ${label}: ${report.acknowledged} acknowledged in ${load.ms} ms, rows ${report.rows}, lost ${report.lost}, duplicated ${report.duplicated}, ` +
      `unexplained ${report.unexplained}, wrong id ${report.wrongId}, 500s ${report.answers500}, retried keys ${load.retried.size}, ` +
      `network errors ${load.networkErrors}, statuses ${JSON.stringify(statuses)}`,
  );
}
