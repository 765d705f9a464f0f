import { and, asc, desc, eq, inArray, isNotNull, isNull, ne, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { QueueState } from '@forum/contracts';
import { schema, type Db } from '@forum/db';

const c = schema.comments;
const u = schema.users;
const r = schema.reports;
const d = schema.moderationDecisions;

const parent = alias(c, 'parent');
const parentAuthor = alias(u, 'parent_author');

export const publicUserColumns = { id: u.id, handle: u.handle, displayName: u.displayName, role: u.role };

// Keyset as text with microseconds, so a cursor never skips or repeats rows created in the same millisecond.
const sortKey = sql<string>`to_char(${c.createdAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') || '|' || ${c.id}`;

const hasOpenReports = sql`exists (select 1 from ${r} where ${r.commentId} = ${c.id} and ${r.resolution} is null and ${r.reason} <> 'disagree')`;

function inTab(state: QueueState): SQL {
  if (state === 'reported') return and(isNull(c.deletedAt), or(eq(c.state, 'hidden'), and(eq(c.state, 'approved'), hasOpenReports)))!;
  return and(eq(c.state, state), isNull(c.deletedAt))!;
}

export type QueueFilter = { state: QueueState; threadId?: string; after: [string, string] | null; limit: number };

/** One page of a queue tab, oldest first, with the thread and the parent comment for context. */
export function queuePage(db: Db, filter: QueueFilter) {
  const conditions = [inTab(filter.state)];
  if (filter.threadId) conditions.push(eq(c.threadId, filter.threadId));
  if (filter.after) conditions.push(sql`(${c.createdAt}, ${c.id}) > (${filter.after[0]}::timestamptz, ${filter.after[1]}::uuid)`);
  return db
    .select({
      comment: c,
      sortKey,
      thread: { id: schema.threads.id, slug: schema.threads.slug, title: schema.threads.title },
      author: { ...publicUserColumns, status: u.status, isPremoderated: u.isPremoderated, createdAt: u.createdAt },
      parent: { id: parent.id, bodyHtml: parent.bodyHtml },
      parentAuthor: { id: parentAuthor.id, handle: parentAuthor.handle, displayName: parentAuthor.displayName, role: parentAuthor.role },
      spam: { score: schema.spamScores.score, verdict: schema.spamScores.verdict, reasons: schema.spamScores.reasons },
    })
    .from(c)
    .innerJoin(schema.threads, eq(schema.threads.id, c.threadId))
    .innerJoin(u, eq(u.id, c.authorId))
    .leftJoin(parent, eq(parent.id, c.parentId))
    .leftJoin(parentAuthor, eq(parentAuthor.id, parent.authorId))
    .leftJoin(schema.spamScores, eq(schema.spamScores.commentId, c.id))
    .where(and(...conditions))
    .orderBy(asc(c.createdAt), asc(c.id))
    .limit(filter.limit + 1);
}

export type QueueRow = Awaited<ReturnType<typeof queuePage>>[number];

export async function queueCounts(db: Db): Promise<Record<QueueState, number>> {
  const count = (state: QueueState) => sql<number>`(count(*) filter (where ${inTab(state)}))::int`;
  const [row] = await db
    .select({ pending: count('pending'), reported: count('reported'), spam: count('spam'), rejected: count('rejected'), approved: count('approved') })
    .from(c);
  return row!;
}

/** Comment counts per state for each author, in one pass. */
export function commentCountsByAuthor(db: Db, authorIds: string[]) {
  if (authorIds.length === 0) return Promise.resolve([]);
  return db
    .select({
      authorId: c.authorId,
      approvedCount: sql<number>`(count(*) filter (where ${c.state} = 'approved'))::int`,
      rejectedCount: sql<number>`(count(*) filter (where ${c.state} = 'rejected'))::int`,
      spamCount: sql<number>`(count(*) filter (where ${c.state} = 'spam'))::int`,
    })
    .from(c)
    .where(inArray(c.authorId, authorIds))
    .groupBy(c.authorId);
}

/** Open reports that reach moderators; "disagree" never does. */
export function openReportsFor(db: Db, commentIds: string[]) {
  if (commentIds.length === 0) return Promise.resolve([]);
  return db
    .select({ commentId: r.commentId, reason: r.reason, note: r.note, weight: r.weight, createdAt: r.createdAt, reporter: publicUserColumns })
    .from(r)
    .innerJoin(u, eq(u.id, r.reporterId))
    .where(and(inArray(r.commentId, commentIds), isNull(r.resolution), ne(r.reason, 'disagree')))
    .orderBy(asc(r.createdAt));
}

/** Distinct accounts that posted with any of these fingerprints. */
export function accountsByFingerprint(db: Db, fingerprints: string[]) {
  if (fingerprints.length === 0) return Promise.resolve([]);
  return db
    .selectDistinct({ fingerprint: c.fingerprint, user: publicUserColumns })
    .from(c)
    .innerJoin(u, eq(u.id, c.authorId))
    .where(and(inArray(c.fingerprint, fingerprints), isNotNull(c.fingerprint)));
}

/** The latest automated routing of each comment, which explains its current place in the queue. */
export function latestRoutings(db: Db, commentIds: string[]) {
  if (commentIds.length === 0) return Promise.resolve([]);
  return db
    .selectDistinctOn([d.commentId], { commentId: d.commentId, rule: d.rule, details: d.details })
    .from(d)
    .where(and(inArray(d.commentId, commentIds), isNull(d.moderatorId)))
    .orderBy(d.commentId, desc(d.id));
}
