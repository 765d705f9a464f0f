import { bigint, index, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { ts } from './columns.ts';

/**
 * Every change a live client may see, written in the transaction that made it.
 * Ids become visible in commit order (see apps/api/src/modules/live/outbox.ts), so
 * "everything after id N" is a complete answer.
 */
export const outboxEvents = pgTable(
  'outbox_events',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    topic: text().notNull(),
    event: jsonb().notNull(),
    createdAt: ts().notNull().defaultNow(),
  },
  (t) => [index('outbox_events_topic_idx').on(t.topic, t.id)],
);
