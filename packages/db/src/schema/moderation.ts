import { index, integer, jsonb, pgEnum, pgTable, real, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { ts } from './columns.ts';
import { users } from './accounts.ts';
import { commentState, comments } from './discussion.ts';

export const spamScores = pgTable('spam_scores', {
  commentId: uuid()
    .primaryKey()
    .references(() => comments.id, { onDelete: 'cascade' }),
  score: real().notNull(),
  verdict: text().notNull(),
  reasons: jsonb().notNull(),
});

/** Append-only: every human decision and every automated routing, with the state before and after. */
export const moderationDecisions = pgTable(
  'moderation_decisions',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    commentId: uuid()
      .notNull()
      .references(() => comments.id, { onDelete: 'cascade' }),
    /** Null when the system routed the comment by a rule. */
    moderatorId: uuid().references(() => users.id),
    action: text().notNull(),
    rule: text(),
    reason: text(),
    note: text(),
    fromState: commentState(),
    toState: commentState().notNull(),
    details: jsonb(),
    createdAt: ts().notNull().defaultNow(),
  },
  (t) => [index('moderation_decisions_comment_idx').on(t.commentId, t.id), index('moderation_decisions_created_idx').on(t.createdAt)],
);

/** Small named documents: moderation settings, the fingerprint key. */
export const settings = pgTable('settings', {
  key: text().primaryKey(),
  value: jsonb().notNull(),
  updatedAt: ts().notNull().defaultNow(),
});

/**
 * What this forum's moderators taught the spam filter, on top of the shipped model.
 * The row with the empty feature holds the document totals.
 */
export const spamFeatureCounts = pgTable('spam_feature_counts', {
  feature: text().primaryKey(),
  spam: integer().notNull().default(0),
  ham: integer().notNull().default(0),
});

export const reportResolution = pgEnum('report_resolution', ['upheld', 'dismissed']);

/** One report per member per comment; a moderator's decision on the comment resolves it. */
export const reports = pgTable(
  'reports',
  {
    id: uuid().primaryKey().defaultRandom(),
    commentId: uuid()
      .notNull()
      .references(() => comments.id, { onDelete: 'cascade' }),
    reporterId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    reason: text().notNull(),
    note: text(),
    /** The reporter's hiding weight when they reported, so later history does not rewrite why a comment was hidden. */
    weight: real().notNull(),
    resolution: reportResolution(),
    resolvedAt: ts(),
    createdAt: ts().notNull().defaultNow(),
  },
  (t) => [uniqueIndex('reports_comment_reporter_key').on(t.commentId, t.reporterId), index('reports_reporter_idx').on(t.reporterId)],
);

/** Append-only: what moderators did to a member's account, and the notes they wrote about them. */
export const userActions = pgTable(
  'user_actions',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    moderatorId: uuid()
      .notNull()
      .references(() => users.id),
    action: text().notNull(),
    /** The reason for a sanction, or the text of a note. */
    reason: text(),
    until: ts(),
    createdAt: ts().notNull().defaultNow(),
  },
  (t) => [index('user_actions_user_idx').on(t.userId, t.id)],
);

/** A moderator's warning; the member must acknowledge it before posting again. */
export const warnings = pgTable(
  'warnings',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    moderatorId: uuid()
      .notNull()
      .references(() => users.id),
    message: text().notNull(),
    commentId: uuid().references(() => comments.id, { onDelete: 'set null' }),
    createdAt: ts().notNull().defaultNow(),
    acknowledgedAt: ts(),
  },
  (t) => [index('warnings_user_idx').on(t.userId, t.acknowledgedAt)],
);

export const appealOutcome = pgEnum('appeal_outcome', ['granted', 'denied']);

/** At most one appeal per comment; it goes to a moderator other than the one who rejected it. */
export const appeals = pgTable(
  'appeals',
  {
    id: uuid().primaryKey().defaultRandom(),
    commentId: uuid()
      .notNull()
      .references(() => comments.id, { onDelete: 'cascade' }),
    authorId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    note: text().notNull(),
    /** Who rejected the comment, and who reviews the appeal. */
    rejectedBy: uuid().references(() => users.id),
    assignedTo: uuid()
      .notNull()
      .references(() => users.id),
    outcome: appealOutcome(),
    resolvedBy: uuid().references(() => users.id),
    resolvedAt: ts(),
    createdAt: ts().notNull().defaultNow(),
  },
  (t) => [uniqueIndex('appeals_comment_key').on(t.commentId), index('appeals_assigned_idx').on(t.assignedTo, t.outcome)],
);
