import { and, eq, isNull, ne, sql } from 'drizzle-orm';
import { schema, type Db } from '@forum/db';

const r = schema.reports;

/** How often moderators agreed with this member's past reports. */
export async function reporterRecord(db: Db, reporterId: string) {
  const [row] = await db
    .select({
      upheldReports: sql<number>`(count(*) filter (where ${r.resolution} = 'upheld'))::int`,
      dismissedReports: sql<number>`(count(*) filter (where ${r.resolution} = 'dismissed'))::int`,
    })
    .from(r)
    .where(eq(r.reporterId, reporterId));
  return row ?? { upheldReports: 0, dismissedReports: 0 };
}

export function insertReport(db: Db, values: typeof r.$inferInsert) {
  return db
    .insert(r)
    .values(values)
    .onConflictDoNothing()
    .returning({ id: r.id })
    .then((rows) => rows[0]);
}

export function openQueueReports(db: Db, commentId: string) {
  return db
    .select({ reason: r.reason, weight: r.weight })
    .from(r)
    .where(and(eq(r.commentId, commentId), isNull(r.resolution), ne(r.reason, 'disagree')));
}

/** A moderator's decision settles the open reports: upheld if it took the comment down, dismissed if not. */
export function resolveReports(db: Db, commentId: string, resolution: 'upheld' | 'dismissed', at: Date) {
  return db
    .update(r)
    .set({ resolution, resolvedAt: at })
    .where(and(eq(r.commentId, commentId), isNull(r.resolution), ne(r.reason, 'disagree')));
}
