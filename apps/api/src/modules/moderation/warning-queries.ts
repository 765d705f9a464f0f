import { and, asc, eq, isNull } from 'drizzle-orm';
import { schema, type Db } from '@forum/db';

const w = schema.warnings;

export function insertWarning(db: Db, values: typeof w.$inferInsert) {
  return db
    .insert(w)
    .values(values)
    .returning()
    .then((rows) => rows[0]!);
}

export function unacknowledgedWarnings(db: Db, userId: string) {
  return db
    .select()
    .from(w)
    .where(and(eq(w.userId, userId), isNull(w.acknowledgedAt)))
    .orderBy(asc(w.createdAt));
}

export function acknowledgeWarning(db: Db, id: string, userId: string, at: Date) {
  return db
    .update(w)
    .set({ acknowledgedAt: at })
    .where(and(eq(w.id, id), eq(w.userId, userId), isNull(w.acknowledgedAt)))
    .returning({ id: w.id })
    .then((rows) => rows.length > 0);
}

export function findWarning(db: Db, id: string) {
  return db
    .select()
    .from(w)
    .where(eq(w.id, id))
    .then((rows) => rows[0]);
}
