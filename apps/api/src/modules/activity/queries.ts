import { and, desc, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import { schema, type Db } from '@forum/db';

const c = schema.comments;
const d = schema.moderationDecisions;
const r = schema.reports;

const sortKey = sql<string>`to_char(${c.createdAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') || '|' || ${c.id}`;

/** The author's own comments, newest first: whatever their state, or only those everyone can read. */
export function ownComments(db: Db, authorId: string, before: [string, string] | null, limit: number, options: { onlyPublished?: boolean } = {}) {
  return db
    .select({ comment: c, sortKey, thread: { slug: schema.threads.slug, title: schema.threads.title } })
    .from(c)
    .innerJoin(schema.threads, eq(schema.threads.id, c.threadId))
    .where(
      and(
        eq(c.authorId, authorId),
        isNull(c.deletedAt),
        options.onlyPublished ? eq(c.state, 'approved') : undefined,
        before ? sql`(${c.createdAt}, ${c.id}) < (${before[0]}::timestamptz, ${before[1]}::uuid)` : undefined,
      ),
    )
    .orderBy(desc(c.createdAt), desc(c.id))
    .limit(limit + 1);
}

/** The latest decision a moderator made on each comment, for the note they left the author. */
export function latestModeratorDecisions(db: Db, commentIds: string[]) {
  if (commentIds.length === 0) return Promise.resolve([]);
  return db
    .selectDistinctOn([d.commentId], { commentId: d.commentId, action: d.action, reason: d.reason, note: d.note, at: d.createdAt })
    .from(d)
    .where(and(inArray(d.commentId, commentIds), isNotNull(d.moderatorId)))
    .orderBy(d.commentId, desc(d.id));
}

export function appealsOf(db: Db, commentIds: string[]) {
  if (commentIds.length === 0) return Promise.resolve([]);
  const a = schema.appeals;
  return db.select({ commentId: a.commentId, outcome: a.outcome, createdAt: a.createdAt }).from(a).where(inArray(a.commentId, commentIds));
}

export function disagreeCounts(db: Db, commentIds: string[]) {
  if (commentIds.length === 0) return Promise.resolve([]);
  return db
    .select({ commentId: r.commentId, n: sql<number>`count(*)::int` })
    .from(r)
    .where(and(inArray(r.commentId, commentIds), eq(r.reason, 'disagree')))
    .groupBy(r.commentId);
}
