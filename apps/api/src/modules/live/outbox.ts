import { sql } from 'drizzle-orm';
import type { Db } from '@forum/db';
import type { LiveEvent, LiveTopic } from '@forum/contracts';

export const LIVE_CHANNEL = 'forum_live';

// One key for every outbox writer: held from the insert to commit, it makes ids commit in id order.
const OUTBOX_LOCK = 0x666f72756d;

/**
 * Writes an event in the caller's transaction. Call it last in the transaction: the lock it
 * takes serialises outbox writers until they commit, so a reader that has seen id N has seen
 * every id below N, and a client resuming "after N" misses nothing.
 */
export async function announce(tx: Db, topic: LiveTopic, event: LiveEvent): Promise<void> {
  await tx.execute(sql`
    insert into outbox_events (topic, event)
    select ${topic}, ${JSON.stringify(event)}::jsonb from (select pg_advisory_xact_lock(${OUTBOX_LOCK})) as locked`);
}

const scheduled = new WeakSet<Db>();

/**
 * Wakes every API instance after a commit. Outside the transaction (a NOTIFY inside takes
 * PostgreSQL's global notify lock through commit) and at most once per tick per database,
 * carrying only the newest id: listeners read the outbox themselves.
 */
export function notifyCommitted(db: Db): void {
  if (scheduled.has(db)) return;
  scheduled.add(db);
  setImmediate(() => {
    scheduled.delete(db);
    // A lost wake-up only delays delivery: every instance also polls the outbox.
    db.execute(sql`select pg_notify(${LIVE_CHANNEL}, coalesce(max(id), 0)::text) from outbox_events`).catch(() => undefined);
  });
}

/** A transaction whose announcements are fanned out once it has committed. */
export async function withEvents<T>(db: Db, work: (tx: Db) => Promise<T>): Promise<T> {
  const result = await db.transaction((tx) => work(tx as unknown as Db));
  notifyCommitted(db);
  return result;
}
