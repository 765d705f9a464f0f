import { and, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { queryRows, schema, type Db } from '@forum/db';
import { uuidArray } from '../../lib/sql.ts';

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
  for (const update of publishedCountUpdates(db, comment, delta, at)) await update;
}

/** The updates of shiftPublishedCounts, for a caller that writes them together with the change. */
export function publishedCountUpdates(db: Db, comment: Pick<CommentRow, 'threadId' | 'parentId' | 'ancestorIds'>, delta: 1 | -1, at: Date) {
  const ancestors = comment.ancestorIds.length === 0 ? [] : [
    db
      .update(c)
      .set({
        descendantCount: sql`${c.descendantCount} + ${delta}`,
        replyCount: sql`${c.replyCount} + case when ${c.id} = ${comment.parentId}::uuid then ${delta} else 0 end`,
      })
      .where(inArray(c.id, comment.ancestorIds)),
  ];
  const thread = db
    .update(schema.threads)
    .set({
      commentCount: sql`${schema.threads.commentCount} + ${delta}`,
      ...(delta > 0 ? { lastActivityAt: at } : {}),
    })
    .where(eq(schema.threads.id, comment.threadId));
  return [...ancestors, thread];
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

export type ViewerState = { hasHeld: boolean; ownBodies: Map<string, string>; appreciated: Set<string> };

/** In one round trip, what a signed-in viewer sees differently on a page of these comments. */
export async function viewerState(db: Db, threadId: string, viewerId: string, commentIds: string[]): Promise<ViewerState> {
  const ids = uuidArray(commentIds);
  const [row] = await queryRows<{ has_held: boolean; own: { id: string; body: string }[]; appreciated: string[] }>(
    db,
    sql`select
      exists (select 1 from comments c where c.thread_id = ${threadId}::uuid and c.author_id = ${viewerId}::uuid
        and c.state in ('pending', 'revision') and c.deleted_at is null) as has_held,
      coalesce((select json_agg(json_build_object('id', c.id, 'body', c.body)) from comments c
        where c.id = any(${ids}) and c.author_id = ${viewerId}::uuid), '[]'::json) as own,
      coalesce((select array_agg(a.comment_id::text) from appreciations a
        where a.comment_id = any(${ids}) and a.user_id = ${viewerId}::uuid), '{}') as appreciated`,
  );
  return { hasHeld: row!.has_held, ownBodies: new Map(row!.own.map((o) => [o.id, o.body])), appreciated: new Set(row!.appreciated) };
}

export type AssessmentInputs = {
  settings: unknown;
  stats: Pick<AuthorStats, 'approvedCount' | 'accountAgeDays' | 'isPremoderated'>;
  recent: { text: string; threadId: string; createdAt: Date }[];
  learned: { feature: string; spam: number; ham: number }[];
};

/** In one round trip, everything the moderation pipeline reads before it scores a comment. */
export async function assessmentInputs(db: Db, input: { userId: string; since: Date; now: Date; settingsKey: string; features: string[] }): Promise<AssessmentInputs> {
  const [row] = await queryRows<{ settings: unknown; approved: number; created_at: string; is_premoderated: boolean; recent: { text: string; threadId: string; createdAt: string }[]; learned: AssessmentInputs['learned'] }>(
    db,
    sql`select
      (select value from settings where key = ${input.settingsKey}) as settings,
      (select count(*)::int from comments where author_id = u.id and state = 'approved') as approved,
      u.created_at::text as created_at, u.is_premoderated,
      coalesce((select json_agg(r) from (select body as "text", thread_id as "threadId", created_at as "createdAt" from comments
        where author_id = u.id and created_at >= ${input.since.toISOString()}::timestamptz order by created_at desc limit 50) r), '[]'::json) as recent,
      coalesce((select json_agg(f) from (select feature, spam, ham from spam_feature_counts
        where feature = any(${`{${input.features.map((t) => `"${t.replace(/["\\]/g, '\\$&')}"`).join(',')}}`}::text[])) f), '[]'::json) as learned
    from users u where u.id = ${input.userId}::uuid`,
  );
  return {
    settings: row?.settings,
    stats: {
      approvedCount: row?.approved ?? 0,
      accountAgeDays: row ? (input.now.getTime() - new Date(row.created_at).getTime()) / 86_400_000 : 0,
      isPremoderated: row?.is_premoderated ?? false,
    },
    recent: (row?.recent ?? []).map((r) => ({ ...r, createdAt: new Date(r.createdAt) })),
    learned: row?.learned ?? [],
  };
}
