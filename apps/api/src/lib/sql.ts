import { sql, type SQL } from 'drizzle-orm';

/** Uuids as one PostgreSQL array literal, for a prepared statement's `any($1::uuid[])`. */
export const uuidArrayLiteral = (ids: string[]): string => `{${ids.join(',')}}`;

/**
 * A list of uuids as one array parameter. drizzle's inArray sends one parameter per id, and a
 * page of 500 comments then costs PostgreSQL more to parse and plan than to run.
 */
export const uuidArray = (ids: string[]): SQL => sql`${uuidArrayLiteral(ids)}::uuid[]`;
