import { and, eq, isNull, sql } from 'drizzle-orm';
import { schema, type Db } from '@forum/db';

const u = schema.users;
const c = schema.comments;

export async function findUserByHandle(db: Db, handle: string) {
  const [row] = await db.select({ id: u.id, handle: u.handle, displayName: u.displayName, role: u.role, createdAt: u.createdAt }).from(u).where(eq(u.handle, handle));
  return row ?? null;
}

export async function countPublishedComments(db: Db, authorId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(c)
    .where(and(eq(c.authorId, authorId), eq(c.state, 'approved'), isNull(c.deletedAt)));
  return row?.n ?? 0;
}
