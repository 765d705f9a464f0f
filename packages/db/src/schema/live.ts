import { bigint, index, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { ts } from './columns.ts';

/**
 * Events written in the transaction of the change that caused them, not yet numbered:
 * concurrent writers commit out of order, so their ids say nothing about visibility.
 */
export const pendingEvents = pgTable('pending_events', {
  id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  topic: text().notNull(),
  event: jsonb().notNull(),
  createdAt: ts().notNull().defaultNow(),
});

/**
 * Committed events, numbered by one sequencer at a time (apps/api/src/modules/live/outbox.ts),
 * so ids become visible in order and "everything after id N" is a complete answer.
 */
export const outboxEvents = pgTable(
  'outbox_events',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    topic: text().notNull(),
    event: jsonb().notNull(),
    /** When the change happened, not when it was numbered. */
    createdAt: ts().notNull(),
  },
  (t) => [index('outbox_events_topic_idx').on(t.topic, t.id)],
);
