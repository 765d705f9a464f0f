import { eq, or, sql } from 'drizzle-orm';
import { schema, type Db } from '@forum/db';

export function findUserByLogin(db: Db, login: string) {
  const lowered = login.toLowerCase();
  return db
    .select()
    .from(schema.users)
    .where(or(eq(schema.users.handle, lowered), eq(sql`lower(${schema.users.email})`, lowered)))
    .limit(1)
    .then((rows) => rows[0]);
}

export function findUserById(db: Db, id: string) {
  return db
    .select()
    .from(schema.users)
    .where(eq(schema.users.id, id))
    .then((rows) => rows[0]);
}
