import { and, desc, eq, lt, or, sql, type SQL } from 'drizzle-orm';
import { preparedPer, queryRows, schema, type Db } from '@forum/db';

const t = schema.threads;
const u = schema.users;

export const threadColumns = {
  id: t.id,
  slug: t.slug,
  title: t.title,
  body: t.body,
  bodyHtml: t.bodyHtml,
  tags: t.tags,
  moderationMode: t.moderationMode,
  slowModeMinutes: t.slowModeMinutes,
  authorBio: t.authorBio,
  commentCount: t.commentCount,
  createdAt: t.createdAt,
  updatedAt: t.updatedAt,
  lastActivityAt: t.lastActivityAt,
  author: { id: u.id, handle: u.handle, displayName: u.displayName, role: u.role },
};

export type ThreadRow = Awaited<ReturnType<typeof findThreadBySlug>> & {};

// Every thread page starts here: prepared, so it is neither rebuilt nor re-planned per request.
const threadBySlug = preparedPer((db) =>
  db.select(threadColumns).from(t).innerJoin(u, eq(u.id, t.authorId)).where(eq(t.slug, sql.placeholder('slug'))).prepare('thread_by_slug'),
);

export function findThreadBySlug(db: Db, slug: string) {
  return threadBySlug(db)
    .execute({ slug })
    .then((rows) => rows[0]);
}

export function findThreadById(db: Db, id: string) {
  return db
    .select(threadColumns)
    .from(t)
    .innerJoin(u, eq(u.id, t.authorId))
    .where(eq(t.id, id))
    .then((rows) => rows[0]);
}

export type ThreadFilter = { tag?: string; q?: string; after?: { lastActivityAt: Date; id: string }; limit: number };

export function listThreads(db: Db, filter: ThreadFilter) {
  const conditions: SQL[] = [];
  if (filter.tag) conditions.push(sql`${filter.tag} = any(${t.tags})`);
  if (filter.q) conditions.push(sql`${t.search} @@ websearch_to_tsquery('english', ${filter.q})`);
  if (filter.after) {
    const { lastActivityAt, id } = filter.after;
    conditions.push(or(lt(t.lastActivityAt, lastActivityAt), and(eq(t.lastActivityAt, lastActivityAt), lt(t.id, id)))!);
  }
  return db
    .select(threadColumns)
    .from(t)
    .innerJoin(u, eq(u.id, t.authorId))
    .where(and(...conditions))
    .orderBy(desc(t.lastActivityAt), desc(t.id))
    .limit(filter.limit + 1);
}

export function tagCounts(db: Db) {
  return queryRows<{ tag: string; count: number }>(
    db,
    sql`select tag, count(*)::int as count from ${t}, unnest(${t.tags}) as tag group by tag order by count desc, tag limit 40`,
  );
}

export function slugExists(db: Db, slug: string) {
  return db
    .select({ id: t.id })
    .from(t)
    .where(eq(t.slug, slug))
    .then((rows) => rows.length > 0);
}
