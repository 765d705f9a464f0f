import { and, asc, eq, gt, ilike, or, type SQL } from 'drizzle-orm';
import { schema, type Db } from '@forum/db';

const u = schema.users;

export type UserFilter = { q?: string; role?: (typeof u.role.enumValues)[number]; afterHandle: string | null; limit: number };

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** One page of people by handle, matching the start of the handle or any part of the name. */
export function listUsers(db: Db, filter: UserFilter) {
  const conditions: SQL[] = [];
  if (filter.q) conditions.push(or(ilike(u.handle, `${escapeLike(filter.q)}%`), ilike(u.displayName, `%${escapeLike(filter.q)}%`))!);
  if (filter.role) conditions.push(eq(u.role, filter.role));
  if (filter.afterHandle) conditions.push(gt(u.handle, filter.afterHandle));
  return db
    .select()
    .from(u)
    .where(and(...conditions))
    .orderBy(asc(u.handle))
    .limit(filter.limit + 1);
}
