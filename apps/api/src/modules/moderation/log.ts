import { schema, type Db } from '@forum/db';

type State = typeof schema.comments.$inferSelect['state'];

export type DecisionRecord = {
  comment: { id: string };
  moderatorId: string | null;
  action: string;
  rule?: string | null;
  reason?: string | null;
  note?: string | null;
  fromState: State | null;
  toState: State;
  details?: unknown;
  at: Date;
};

/** Append-only; callers pass their transaction so a decision and its log entry commit together. */
export async function recordDecision(db: Db, record: DecisionRecord): Promise<number> {
  const [row] = await db.insert(schema.moderationDecisions).values({
    commentId: record.comment.id,
    moderatorId: record.moderatorId,
    action: record.action,
    rule: record.rule ?? null,
    reason: record.reason ?? null,
    note: record.note ?? null,
    fromState: record.fromState,
    toState: record.toState,
    details: record.details ?? null,
    createdAt: record.at,
  }).returning({ id: schema.moderationDecisions.id });
  return row!.id;
}
