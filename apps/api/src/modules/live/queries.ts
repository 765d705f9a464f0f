import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '@forum/db';

/** An outbox row with its event still as JSON text: fan-out splices it into frames without re-serialising. */
export type OutboxRow = { id: number; topic: string; event: string };

export function readAfter(db: Db, afterId: number, limit: number): Promise<OutboxRow[]> {
  return queryRows<OutboxRow>(
    db,
    sql`select id::float8 as id, topic, event::text as event from outbox_events where id > ${afterId} order by id limit ${limit}`,
  );
}

export function readTopicAfter(db: Db, topic: string, afterId: number, limit: number): Promise<OutboxRow[]> {
  return queryRows<OutboxRow>(
    db,
    sql`select id::float8 as id, topic, event::text as event from outbox_events
        where topic = ${topic} and id > ${afterId} order by id limit ${limit}`,
  );
}

/** The oldest and newest ids still kept; both 0 before the first event. */
export async function outboxBounds(db: Db): Promise<{ oldest: number; newest: number }> {
  const [row] = await queryRows<{ oldest: number; newest: number }>(
    db,
    sql`select coalesce(min(id), 0)::float8 as oldest, coalesce(max(id), 0)::float8 as newest from outbox_events`,
  );
  return row!;
}

/** Keeps the newest row whatever its age, so the oldest kept id always tells a resuming client whether it missed a pruned event. */
export async function pruneEvents(db: Db, olderThan: Date): Promise<number> {
  const rows = await queryRows<{ id: number }>(
    db,
    sql`delete from outbox_events
        where created_at < ${olderThan.toISOString()}::timestamptz and id < (select max(id) from outbox_events)
        returning id`,
  );
  return rows.length;
}
