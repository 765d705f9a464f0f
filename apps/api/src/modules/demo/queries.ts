import { inArray, like, sql } from 'drizzle-orm';
import { queryRows, schema, type Db } from '@forum/db';
import type { Actor } from '../../lib/access.ts';

export async function isForumEmpty(db: Db): Promise<boolean> {
  const [row] = await queryRows<{ used: boolean }>(db, sql`select exists (select 1 from ${schema.users}) or exists (select 1 from ${schema.threads}) as used`);
  return !row!.used;
}

/** Every table of the forum, whichever features added them; the migrations' own table lives in another schema. */
export async function wipeForum(db: Db): Promise<void> {
  const tables = await queryRows<{ name: string }>(db, sql`select quote_ident(tablename) as name from pg_tables where schemaname = 'public'`);
  if (tables.length === 0) return;
  await db.execute(sql.raw(`truncate table ${tables.map((t) => t.name).join(', ')} restart identity cascade`));
}

/** The demo's people are members, not imports waiting to be claimed. */
export async function activateDemoAccounts(db: Db, passwordHashes: Array<{ handles: string[]; passwordHash: string }>): Promise<void> {
  const u = schema.users;
  await db.update(u).set({ isPlaceholder: false }).where(like(u.sourceKey, 'demo:user:%'));
  for (const { handles, passwordHash } of passwordHashes) await db.update(u).set({ passwordHash }).where(inArray(u.handle, handles));
}

/** The demo's people as actors, by handle, for the steps that act in their name. */
export async function demoActors(db: Db): Promise<Map<string, Actor>> {
  const u = schema.users;
  const rows = await db
    .select({ id: u.id, handle: u.handle, displayName: u.displayName, role: u.role, status: u.status, suspendedUntil: u.suspendedUntil })
    .from(u)
    .where(like(u.sourceKey, 'demo:user:%'));
  return new Map(rows.map((r) => [r.handle, r]));
}

export async function demoCommentIds(db: Db): Promise<Map<string, string>> {
  const c = schema.comments;
  const rows = await db.select({ id: c.id, sourceKey: c.sourceKey }).from(c).where(like(c.sourceKey, 'demo:comment:%'));
  return new Map(rows.map((r) => [r.sourceKey!, r.id]));
}
