import { inArray, or, sql, type SQL } from 'drizzle-orm';
import { schema, type Db } from '@forum/db';

const u = schema.users;
const t = schema.threads;
const c = schema.comments;

/** A multi-row insert stays far below PostgreSQL's 65,535 parameters per statement. */
const BATCH = 500;

type Lookup = { ids: string[]; sourceKeys: string[] };

function byKeys(table: { id: typeof u.id | typeof t.id | typeof c.id; sourceKey: typeof u.sourceKey | typeof t.sourceKey | typeof c.sourceKey }, keys: Lookup, extra?: SQL): SQL {
  const none = sql`false`;
  return or(
    keys.ids.length ? inArray(table.id, keys.ids) : none,
    keys.sourceKeys.length ? inArray(table.sourceKey, keys.sourceKeys) : none,
    extra ?? none,
  )!;
}

export function findUsers(db: Db, keys: Lookup & { emails: string[] }) {
  const emails = keys.emails.length ? sql`lower(${u.email}) in (${sql.join(keys.emails.map((e) => sql`${e}`), sql`, `)})` : undefined;
  return db
    .select({ id: u.id, sourceKey: u.sourceKey, email: u.email, isPlaceholder: u.isPlaceholder })
    .from(u)
    .where(byKeys(u, keys, emails));
}

export function findThreads(db: Db, keys: Lookup & { slugs: string[] }) {
  return db
    .select({ id: t.id, sourceKey: t.sourceKey, slug: t.slug, title: t.title, body: t.body })
    .from(t)
    .where(byKeys(t, keys, keys.slugs.length ? inArray(t.slug, keys.slugs) : undefined));
}

export function findComments(db: Db, keys: Lookup) {
  return db
    .select({ id: c.id, sourceKey: c.sourceKey, threadId: c.threadId, ancestorIds: c.ancestorIds, depth: c.depth, body: c.body })
    .from(c)
    .where(byKeys(c, keys));
}

export type ExistingComment = Awaited<ReturnType<typeof findComments>>[number];

/** Handles or slugs already used that a new one built from these stems could collide with. */
export async function takenNames(db: Db, column: 'handle' | 'slug', stems: string[]): Promise<Set<string>> {
  if (stems.length === 0) return new Set();
  const col = column === 'handle' ? u.handle : t.slug;
  const patterns = stems.map((s) => sql`${`${s.replace(/[\\%_]/g, '\\$&')}%`}`);
  const rows = await db
    .select({ name: col })
    .from(column === 'handle' ? u : t)
    .where(sql`${col} like any (array[${sql.join(patterns, sql`, `)}])`);
  return new Set(rows.map((r) => r.name));
}

export async function inBatches<T>(rows: T[], write: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) await write(rows.slice(i, i + BATCH));
}

export type NewUser = typeof u.$inferInsert;
export type NewThread = typeof t.$inferInsert;
export type NewComment = typeof c.$inferInsert & { id: string };

export async function insertAll(
  db: Db,
  rows: {
    users: NewUser[];
    threads: NewThread[];
    comments: NewComment[];
    spamScores: Array<typeof schema.spamScores.$inferInsert>;
    decisions: Array<typeof schema.moderationDecisions.$inferInsert>;
  },
) {
  await inBatches(rows.users, (b) => db.insert(u).values(b));
  await inBatches(rows.threads, (b) => db.insert(t).values(b));
  // Parents precede replies, so each batch's parents are already in (or in the same statement).
  await inBatches(rows.comments, (b) => db.insert(c).values(b));
  await inBatches(rows.spamScores, (b) => db.insert(schema.spamScores).values(b));
  await inBatches(rows.decisions, (b) => db.insert(schema.moderationDecisions).values(b));
}

export type CountShift = { id: string; replies: number; descendants: number };

/** New published replies under comments that were already here. */
export async function shiftCommentCounts(db: Db, shifts: CountShift[]): Promise<void> {
  await inBatches(shifts, (b) =>
    db.execute(sql`update comments set
        reply_count = comments.reply_count + v.replies,
        descendant_count = comments.descendant_count + v.descendants
      from (values ${sql.join(b.map((s) => sql`(${s.id}::uuid, ${s.replies}::int, ${s.descendants}::int)`), sql`, `)}) as v(id, replies, descendants)
      where comments.id = v.id`),
  );
}

export type ThreadShift = { id: string; published: number; lastActivityAt: Date };

export async function shiftThreadCounts(db: Db, shifts: ThreadShift[]): Promise<void> {
  await inBatches(shifts, (b) =>
    db.execute(sql`update threads set
        comment_count = threads.comment_count + v.published,
        last_activity_at = greatest(threads.last_activity_at, v.at)
      from (values ${sql.join(b.map((s) => sql`(${s.id}::uuid, ${s.published}::int, ${s.lastActivityAt.toISOString()}::timestamptz)`), sql`, `)}) as v(id, published, at)
      where threads.id = v.id`),
  );
}

export function allUsers(db: Db) {
  return db
    .select({ id: u.id, sourceKey: u.sourceKey, handle: u.handle, displayName: u.displayName, email: u.email, role: u.role, status: u.status, createdAt: u.createdAt })
    .from(u)
    .orderBy(u.createdAt, u.id);
}

export function allThreads(db: Db) {
  return db.select().from(t).orderBy(t.createdAt, t.id);
}

export function allComments(db: Db) {
  return db.select().from(c).orderBy(c.threadId, c.createdAt, c.id);
}
