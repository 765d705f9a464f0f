import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { schema, type Db } from '@forum/db';
import { AppError } from '../../lib/app-error.ts';
import { isUniqueViolation } from '../../lib/db-errors.ts';

const k = schema.idempotencyKeys;

export type Replay = { status: number; body: unknown };

export function hashRequest(body: unknown, url: string): string {
  return createHash('sha256').update(url).update(JSON.stringify(body)).digest('hex');
}

async function storedReplay(db: Db, userId: string, key: string, requestHash: string): Promise<Replay | undefined> {
  const [row] = await db.select().from(k).where(and(eq(k.userId, userId), eq(k.key, key)));
  if (!row) return undefined;
  if (row.requestHash !== requestHash) {
    throw new AppError('CONFLICT', 'This Idempotency-Key was already used for a different request');
  }
  return { status: row.status, body: row.response };
}

/**
 * Runs a write at most once per (user, key): a retry gets the first answer back.
 * Two concurrent first attempts race on the key's primary key; the loser's transaction
 * rolls back and it replays the winner's answer.
 */
export async function onceByKey(
  db: Db,
  request: { userId: string; key: string | undefined; hash: string; status: number },
  run: (remember: (tx: Db, body: unknown) => Promise<void>) => Promise<unknown>,
): Promise<Replay> {
  const { userId, key, hash, status } = request;
  if (!key) return { status, body: await run(async () => {}) };
  const earlier = await storedReplay(db, userId, key, hash);
  if (earlier) return earlier;
  try {
    const body = await run((tx, response) => tx.insert(k).values({ userId, key, requestHash: hash, status, response: response as object }).then(() => undefined));
    return { status, body };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const winner = await storedReplay(db, userId, key, hash);
    if (!winner) throw error;
    return winner;
  }
}
