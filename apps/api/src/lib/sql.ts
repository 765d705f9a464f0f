import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { Db } from '@forum/db';

/** Uuids as one PostgreSQL array literal, for a prepared statement's `any($1::uuid[])`. */
export const uuidArrayLiteral = (ids: string[]): string => `{${ids.join(',')}}`;

/**
 * A list of uuids as one array parameter. drizzle's inArray sends one parameter per id, and a
 * page of 500 comments then costs PostgreSQL more to parse and plan than to run.
 */
export const uuidArray = (ids: string[]): SQL => sql`${uuidArrayLiteral(ids)}::uuid[]`;

/**
 * Several writes as one statement of data-modifying CTEs: one round trip instead of one each.
 * PostgreSQL runs every one exactly once, and checks foreign keys at the statement's end, so a
 * row and the rows that point at it can go in together.
 */
export async function writeTogether(db: Db, writes: SQLWrapper[]): Promise<void> {
  const parts = writes.map((write, i) => sql`${sql.raw(`w${i}`)} as (${write.getSQL()})`);
  await db.execute(sql`with ${sql.join(parts, sql`, `)} select 1`);
}
