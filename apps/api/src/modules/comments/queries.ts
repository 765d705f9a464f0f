import { and, desc, eq, gte, inArray, isNotNull, sql } from 'drizzle-orm';
import { schema, type Db } from '@forum/db';

const c = schema.comments;

export type CommentRow = typeof c.$inferSelect;

export function findComment(db: Db, id: string): Promise<CommentRow | undefined> {
  return db
    .select()
    .from(c)
    .where(eq(c.id, id))
    .then((rows) => rows[0]);
}

export const isPublished = (comment: Pick<CommentRow, 'state' | 'deletedAt'>) => comment.state === 'approved' && !comment.deletedAt;

/**
 * Keeps the published counts of the parent, every ancestor and the thread in step
 * when a comment enters or leaves the published set.
 */
export async function shiftPublishedCounts(db: Db, comment: Pick<CommentRow, 'threadId' | 'parentId' | 'ancestorIds'>, delta: 1 | -1, at: Date) {
  if (comment.ancestorIds.length > 0) {
    await db
      .update(c)
      .set({
        descendantCount: sql`${c.descendantCount} + ${delta}`,
        replyCount: sql`${c.replyCount} + case when ${c.id} = ${comment.parentId}::uuid then ${delta} else 0 end`,
      })
      .where(inArray(c.id, comment.ancestorIds));
  }
  await db
    .update(schema.threads)
    .set({
      commentCount: sql`${schema.threads.commentCount} + ${delta}`,
      ...(delta > 0 ? { lastActivityAt: at } : {}),
    })
    .where(eq(schema.threads.id, comment.threadId));
}

export type AuthorStats = { approvedCount: number; rejectedCount: number; spamCount: number; accountAgeDays: number; isPremoderated: boolean };

export async function authorStats(db: Db, userId: string, now: Date): Promise<AuthorStats> {
  const [row] = await db
    .select({
      approvedCount: sql<number>`count(*) filter (where ${c.state} = 'approved')::int`,
      rejectedCount: sql<number>`count(*) filter (where ${c.state} = 'rejected')::int`,
      spamCount: sql<number>`count(*) filter (where ${c.state} = 'spam')::int`,
      createdAt: schema.users.createdAt,
      isPremoderated: schema.users.isPremoderated,
    })
    .from(schema.users)
    .leftJoin(c, eq(c.authorId, schema.users.id))
    .where(eq(schema.users.id, userId))
    .groupBy(schema.users.id);
  return {
    approvedCount: row?.approvedCount ?? 0,
    rejectedCount: row?.rejectedCount ?? 0,
    spamCount: row?.spamCount ?? 0,
    accountAgeDays: row ? (now.getTime() - row.createdAt.getTime()) / 86_400_000 : 0,
    isPremoderated: row?.isPremoderated ?? false,
  };
}

export function recentCommentsBy(db: Db, userId: string, since: Date) {
  return db
    .select({ text: c.body, threadId: c.threadId, createdAt: c.createdAt })
    .from(c)
    .where(and(eq(c.authorId, userId), gte(c.createdAt, since)))
    .orderBy(desc(c.createdAt))
    .limit(50);
}

export function lastCommentInThread(db: Db, userId: string, threadId: string) {
  return db
    .select({ createdAt: c.createdAt })
    .from(c)
    .where(and(eq(c.authorId, userId), eq(c.threadId, threadId)))
    .orderBy(desc(c.createdAt))
    .limit(1)
    .then((rows) => rows[0]?.createdAt ?? null);
}

/** Whether any of these comments is the root of a locked sub-thread. */
export function hasLockedComment(db: Db, ids: string[]) {
  if (ids.length === 0) return Promise.resolve(false);
  return db
    .select({ id: c.id })
    .from(c)
    .where(and(inArray(c.id, ids), isNotNull(c.lockedAt)))
    .limit(1)
    .then((rows) => rows.length > 0);
}
