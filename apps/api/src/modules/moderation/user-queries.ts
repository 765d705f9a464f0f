import { and, desc, eq, isNull, ne, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { schema, type Db } from '@forum/db';
import { publicUserColumns } from './queries.ts';

const c = schema.comments;
const u = schema.users;
const a = schema.userActions;

export function findUser(db: Db, id: string) {
  return db
    .select()
    .from(u)
    .where(eq(u.id, id))
    .then((rows) => rows[0]);
}

export function lockPendingComments(tx: Db, userId: string) {
  return tx
    .select()
    .from(c)
    .where(and(eq(c.authorId, userId), eq(c.state, 'pending'), isNull(c.deletedAt)))
    .for('update');
}

export function recentCommentsOf(db: Db, userId: string, limit = 50) {
  return db
    .select({ id: c.id, threadSlug: schema.threads.slug, threadTitle: schema.threads.title, state: c.state, bodyHtml: c.bodyHtml, createdAt: c.createdAt })
    .from(c)
    .innerJoin(schema.threads, eq(schema.threads.id, c.threadId))
    .where(eq(c.authorId, userId))
    .orderBy(desc(c.createdAt), desc(c.id))
    .limit(limit);
}

export function userActionsOf(db: Db, userId: string) {
  return db
    .select({ id: a.id, action: a.action, reason: a.reason, until: a.until, at: a.createdAt, moderator: publicUserColumns })
    .from(a)
    .innerJoin(u, eq(u.id, a.moderatorId))
    .where(eq(a.userId, userId))
    .orderBy(desc(a.id));
}

export async function recordUserAction(tx: Db, values: typeof a.$inferInsert) {
  await tx.insert(a).values(values);
}

const theirs = alias(c, 'theirs');

/** Other accounts seen on a fingerprint this user posted from, with how many fingerprints they share. */
export function linkedAccountsOf(db: Db, userId: string) {
  return db
    .select({ user: publicUserColumns, sharedFingerprints: sql<number>`count(distinct ${theirs.fingerprint})::int` })
    .from(c)
    .innerJoin(theirs, and(eq(theirs.fingerprint, c.fingerprint), ne(theirs.authorId, c.authorId)))
    .innerJoin(u, eq(u.id, theirs.authorId))
    .where(eq(c.authorId, userId))
    .groupBy(u.id, u.handle, u.displayName, u.role)
    .orderBy(desc(sql`count(distinct ${theirs.fingerprint})`));
}
