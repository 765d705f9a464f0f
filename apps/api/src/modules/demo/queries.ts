import { inArray, like, sql } from 'drizzle-orm';
import { queryRows, schema, type Db } from '@forum/db';

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
