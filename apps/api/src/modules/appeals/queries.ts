import { and, asc, count, desc, eq, inArray, isNull, ne } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { schema, type Db } from '@forum/db';
import { publicUserColumns } from '../moderation/queries.ts';

const a = schema.appeals;
const u = schema.users;
const d = schema.moderationDecisions;
const c = schema.comments;

export function appealsFor(db: Db, commentId: string) {
  return db.select().from(a).where(eq(a.commentId, commentId));
}

/** Who made the rejection being appealed. */
export function rejectedBy(db: Db, commentId: string) {
  return db
    .select({ moderatorId: d.moderatorId })
    .from(d)
    .where(and(eq(d.commentId, commentId), eq(d.toState, 'rejected')))
    .orderBy(desc(d.id))
    .limit(1)
    .then((rows) => rows[0]?.moderatorId ?? null);
}

/** Active moderators and admins, least busy with open appeals first. */
export async function appealReviewers(db: Db, excluding: string): Promise<string[]> {
  const rows = await db
    .select({ id: u.id, open: count(a.id) })
    .from(u)
    .leftJoin(a, and(eq(a.assignedTo, u.id), isNull(a.outcome)))
    .where(and(inArray(u.role, ['moderator', 'admin']), eq(u.status, 'active'), ne(u.id, excluding)))
    .groupBy(u.id)
    .orderBy(asc(count(a.id)), asc(u.id));
  return rows.map((row) => row.id);
}

export function insertAppeal(db: Db, values: typeof a.$inferInsert) {
  return db
    .insert(a)
    .values(values)
    .onConflictDoNothing()
    .returning({ id: a.id })
    .then((rows) => rows[0]);
}

const author = alias(u, 'appeal_author');

export function listAppeals(db: Db, filter: { assignedTo?: string; id?: string; openOnly: boolean }) {
  const conditions = [];
  if (filter.assignedTo) conditions.push(eq(a.assignedTo, filter.assignedTo));
  if (filter.id) conditions.push(eq(a.id, filter.id));
  if (filter.openOnly) conditions.push(isNull(a.outcome));
  return db
    .select({
      appeal: a,
      assignedTo: publicUserColumns,
      author: { id: author.id, handle: author.handle, displayName: author.displayName, role: author.role },
      comment: { id: c.id, bodyHtml: c.bodyHtml, state: c.state, removedReason: c.removedReason, threadSlug: schema.threads.slug, threadTitle: schema.threads.title },
    })
    .from(a)
    .innerJoin(u, eq(u.id, a.assignedTo))
    .innerJoin(author, eq(author.id, a.authorId))
    .innerJoin(c, eq(c.id, a.commentId))
    .innerJoin(schema.threads, eq(schema.threads.id, c.threadId))
    .where(and(...conditions))
    .orderBy(asc(a.createdAt));
}

export function resolveAppeal(db: Db, id: string, values: { outcome: 'granted' | 'denied'; resolvedBy: string; resolvedAt: Date }) {
  return db
    .update(a)
    .set(values)
    .where(and(eq(a.id, id), isNull(a.outcome)))
    .returning({ id: a.id })
    .then((rows) => rows.length > 0);
}
