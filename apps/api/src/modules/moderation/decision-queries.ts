import { and, asc, desc, eq, inArray, isNotNull, isNull, lt, sql, type SQL } from 'drizzle-orm';
import { schema, type Db } from '@forum/db';
import { publicUserColumns } from './queries.ts';

const c = schema.comments;
const d = schema.moderationDecisions;
const u = schema.users;

/** Locks the comment row until the transaction ends, so two decisions on it run one after the other. */
export function lockComment(tx: Db, id: string) {
  return tx
    .select()
    .from(c)
    .where(eq(c.id, id))
    .for('update')
    .then((rows) => rows[0]);
}

/** The latest log entry, with who made it: the answer a moderator who lost a race needs. */
export function latestDecision(db: Db, commentId: string) {
  return db
    .select({ action: d.action, rule: d.rule, at: d.createdAt, moderator: { handle: u.handle, displayName: u.displayName } })
    .from(d)
    .leftJoin(u, eq(u.id, d.moderatorId))
    .where(eq(d.commentId, commentId))
    .orderBy(desc(d.id))
    .limit(1)
    .then((rows) => rows[0]);
}

/** The label a moderator last taught the spam filter with this comment; none once they sent it back to the queue. */
export function lastTaughtState(db: Db, commentId: string) {
  return db
    .select({ toState: d.toState })
    .from(d)
    .where(and(eq(d.commentId, commentId), isNotNull(d.moderatorId), inArray(d.toState, ['approved', 'spam', 'pending'])))
    .orderBy(desc(d.id))
    .limit(1)
    .then((rows) => rows[0]?.toState ?? null);
}

export type LogFilter = { action?: string; moderator?: string; commentId?: string; threadId?: string; beforeId: number | null; limit: number };

export function logPage(db: Db, filter: LogFilter) {
  const conditions: SQL[] = [];
  if (filter.action) conditions.push(eq(d.action, filter.action));
  if (filter.moderator === 'system') conditions.push(isNull(d.moderatorId));
  else if (filter.moderator) conditions.push(eq(d.moderatorId, filter.moderator));
  if (filter.commentId) conditions.push(eq(d.commentId, filter.commentId));
  if (filter.threadId) conditions.push(eq(c.threadId, filter.threadId));
  if (filter.beforeId !== null) conditions.push(lt(d.id, filter.beforeId));
  return db
    .select({ entry: d, moderator: publicUserColumns, comment: { id: c.id, threadId: c.threadId, threadTitle: schema.threads.title } })
    .from(d)
    .innerJoin(c, eq(c.id, d.commentId))
    .innerJoin(schema.threads, eq(schema.threads.id, c.threadId))
    .leftJoin(u, eq(u.id, d.moderatorId))
    .where(and(...conditions))
    .orderBy(desc(d.id))
    .limit(filter.limit + 1);
}

/** A root comment and every reply below it, parents first, locked for the caller's transaction. */
export function lockSubthread(tx: Db, rootId: string) {
  return tx
    .select()
    .from(c)
    .where(sql`(${c.id} = ${rootId}::uuid or ${rootId}::uuid = any(${c.ancestorIds})) and ${c.deletedAt} is null`)
    .orderBy(asc(c.depth), asc(c.createdAt))
    .for('update');
}

export function setLocked(tx: Db, id: string, lockedAt: Date | null) {
  return tx.update(c).set({ lockedAt }).where(eq(c.id, id));
}
