import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgEnum, pgTable, primaryKey, text, uniqueIndex, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { ts, tsvector } from './columns.ts';
import { users } from './accounts.ts';

export const moderationMode = pgEnum('moderation_mode', ['pre', 'post', 'auto']);
export const commentState = pgEnum('comment_state', ['pending', 'approved', 'rejected', 'spam', 'hidden', 'revision']);

export const threads = pgTable(
  'threads',
  {
    id: uuid().primaryKey().defaultRandom(),
    slug: text().notNull(),
    title: text().notNull(),
    body: text().notNull(),
    bodyHtml: text().notNull(),
    tags: text().array().notNull().default(sql`'{}'::text[]`),
    moderationMode: moderationMode().notNull().default('auto'),
    slowModeMinutes: integer().notNull().default(0),
    authorId: uuid()
      .notNull()
      .references(() => users.id),
    authorBio: text(),
    /** Published comments only: what a reader can count. */
    commentCount: integer().notNull().default(0),
    /** The imported post this thread came from: re-importing the same source adds nothing. */
    sourceKey: text(),
    createdAt: ts().notNull().defaultNow(),
    updatedAt: ts().notNull().defaultNow(),
    lastActivityAt: ts().notNull().defaultNow(),
    search: tsvector().generatedAlwaysAs(
      sql`setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', coalesce(body, '')), 'B')`,
    ),
  },
  (t) => [
    uniqueIndex('threads_slug_key').on(t.slug),
    uniqueIndex('threads_source_key').on(t.sourceKey),
    index('threads_activity_idx').on(t.lastActivityAt.desc(), t.id.desc()),
    index('threads_tags_idx').using('gin', t.tags),
    index('threads_search_idx').using('gin', t.search),
  ],
);

export const comments = pgTable(
  'comments',
  {
    id: uuid().primaryKey().defaultRandom(),
    threadId: uuid()
      .notNull()
      .references(() => threads.id, { onDelete: 'cascade' }),
    parentId: uuid().references((): AnyPgColumn => comments.id),
    /** Root first, parent last: lets one UPDATE keep every ancestor's counts right. */
    ancestorIds: uuid().array().notNull().default(sql`'{}'::uuid[]`),
    depth: integer().notNull().default(0),
    authorId: uuid()
      .notNull()
      .references(() => users.id),
    body: text().notNull(),
    bodyHtml: text().notNull(),
    state: commentState().notNull(),
    /** Published replies directly under this comment, and anywhere below it. */
    replyCount: integer().notNull().default(0),
    descendantCount: integer().notNull().default(0),
    appreciationCount: integer().notNull().default(0),
    createdAt: ts().notNull().defaultNow(),
    editedAt: ts(),
    deletedAt: ts(),
    /** The reason a reader sees on a removed comment's tombstone. */
    removedReason: text(),
    /** Set on the root of a locked sub-thread: nobody replies under it. */
    lockedAt: ts(),
    /** Keyed hash of IP and user agent: links sockpuppets without storing an address. */
    fingerprint: text(),
    /** The imported comment this row came from, unique across sources. */
    sourceKey: text(),
    search: tsvector().generatedAlwaysAs(sql`to_tsvector('english', body)`),
  },
  (t) => [
    index('comments_thread_top_idx').on(t.threadId, t.parentId, t.createdAt),
    index('comments_parent_idx').on(t.parentId, t.createdAt),
    index('comments_author_idx').on(t.authorId, t.createdAt),
    index('comments_state_idx').on(t.state, t.createdAt),
    index('comments_search_idx').using('gin', t.search),
    index('comments_fingerprint_idx').on(t.fingerprint),
    uniqueIndex('comments_source_key').on(t.sourceKey),
  ],
);

export const appreciations = pgTable(
  'appreciations',
  {
    commentId: uuid()
      .notNull()
      .references(() => comments.id, { onDelete: 'cascade' }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: ts().notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.commentId, t.userId] })],
);

/** A retried POST with the same key replays the first answer instead of writing again. */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    key: text().notNull(),
    requestHash: text().notNull(),
    status: integer().notNull(),
    response: jsonb().notNull(),
    createdAt: ts().notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.key] })],
);

