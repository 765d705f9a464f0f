import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '@forum/db';
import type { LiveEvent, LiveTopic } from '@forum/contracts';

export const LIVE_CHANNEL = 'forum_live';

// Held by the sequencer through its commit: one numbering at a time, so ids become visible in id order.
const SEQUENCER_LOCK = 0x666f72756d;
const SEQUENCE_BATCH = 5000;

/** Writes an event in the caller's transaction; it commits or rolls back with the change. */
export async function announce(tx: Db, topic: LiveTopic, event: LiveEvent): Promise<void> {
  await tx.execute(sql`insert into pending_events (topic, event) values (${topic}, ${JSON.stringify(event)}::jsonb)`);
}

/**
 * Numbers committed pending events into the outbox. Writers never wait for each other;
 * only this short transaction is serialised, and an event that commits late is simply
 * numbered in a later round, after everything a reader may already have seen.
 * Returns the newest outbox id it wrote, or 0.
 */
export async function sequencePending(db: Db): Promise<number> {
  let newest = 0;
  for (;;) {
    const rows = await db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(${SEQUENCER_LOCK})`);
      return queryRows<{ id: number }>(
        tx as unknown as Db,
        sql`with moved as (
              delete from pending_events where id in (select id from pending_events order by id limit ${SEQUENCE_BATCH})
              returning id, topic, event, created_at)
            insert into outbox_events (topic, event, created_at)
            select topic, event, created_at from moved order by id
            returning id::float8 as id`,
      );
    });
    for (const row of rows) newest = Math.max(newest, row.id);
    if (rows.length < SEQUENCE_BATCH) return newest;
  }
}

type Round = { running: boolean; again: boolean };
const rounds = new WeakMap<Db, Round>();

/**
 * Numbers what this instance committed and wakes every instance. Outside the change's
 * transaction (a NOTIFY inside takes PostgreSQL's global notify lock through commit),
 * at most one round at a time per database, carrying only the newest id.
 */
export function notifyCommitted(db: Db): void {
  const round = rounds.get(db) ?? { running: false, again: false };
  rounds.set(db, round);
  if (round.running) {
    round.again = true;
    return;
  }
  round.running = true;
  setImmediate(async () => {
    try {
      do {
        round.again = false;
        const newest = await sequencePending(db);
        if (newest > 0) await db.execute(sql`select pg_notify(${LIVE_CHANNEL}, ${String(newest)})`);
      } while (round.again);
    } catch {
      // Nothing is lost: every instance's poll numbers leftover events and reads the outbox.
    } finally {
      round.running = false;
    }
  });
}

/** A transaction whose announcements are numbered and fanned out once it has committed. */
export async function withEvents<T>(db: Db, work: (tx: Db) => Promise<T>): Promise<T> {
  const result = await db.transaction((tx) => work(tx as unknown as Db));
  notifyCommitted(db);
  return result;
}
