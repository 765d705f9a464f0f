import { z } from 'zod';
import { AccountStatus, PublicUser } from './users.ts';
import { CommentState } from './comments.ts';

const words = z.array(z.string().trim().min(1).max(100)).max(500);

export const ModerationSettings = z
  .object({
    spamThresholds: z.object({ suspect: z.number().min(0).max(1), spam: z.number().min(0).max(1) }),
    newMemberApprovedMin: z.number().int().min(0).max(1000),
    linkTrustApprovedMin: z.number().int().min(0).max(1000),
    bannedWords: words,
    suspectWords: words,
    researchDomains: z.array(z.string().trim().toLowerCase().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, 'Not a domain')).max(500),
    rejectReasons: z.array(z.string().trim().min(1).max(120)).min(1).max(50),
    reportHideWeight: z.number().min(0.5).max(100),
    reportMinAccountAgeDays: z.number().min(0).max(365),
    reportMinApprovedCount: z.number().int().min(0).max(1000),
    slowModeMinutes: z.number().int().min(0).max(1440),
  })
  .refine((s) => s.spamThresholds.suspect <= s.spamThresholds.spam, {
    message: 'The suspect threshold must not exceed the spam threshold',
    path: ['spamThresholds', 'suspect'],
  });
export type ModerationSettings = z.infer<typeof ModerationSettings>;

export const SpamReason = z.object({ code: z.string(), detail: z.string(), weight: z.number() });
export const SpamAssessment = z.object({
  score: z.number(),
  verdict: z.enum(['ham', 'suspect', 'spam']),
  reasons: z.array(SpamReason),
});
export type SpamAssessment = z.infer<typeof SpamAssessment>;

export const QueueState = z.enum(['pending', 'reported', 'spam', 'rejected', 'approved']);
export type QueueState = z.infer<typeof QueueState>;

export const QueueQuery = z.object({
  state: QueueState.default('pending'),
  thread: z.uuid('Not a thread id').optional(),
  cursor: z.string().max(300).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});
export type QueueQuery = z.infer<typeof QueueQuery>;

export const QueueCounts = z.object({
  pending: z.number().int(),
  reported: z.number().int(),
  spam: z.number().int(),
  rejected: z.number().int(),
  approved: z.number().int(),
});
export type QueueCounts = z.infer<typeof QueueCounts>;

export const AuthorHistory = z.object({
  user: PublicUser,
  status: AccountStatus,
  isPremoderated: z.boolean(),
  accountAgeDays: z.number(),
  approvedCount: z.number().int(),
  rejectedCount: z.number().int(),
  spamCount: z.number().int(),
});
export type AuthorHistory = z.infer<typeof AuthorHistory>;

export const QueueReport = z.object({
  reason: z.string(),
  note: z.string().nullable(),
  reporter: PublicUser,
  weight: z.number(),
  createdAt: z.string(),
});
export type QueueReport = z.infer<typeof QueueReport>;

export const QueueItem = z.object({
  comment: z.object({
    id: z.string(),
    body: z.string(),
    bodyHtml: z.string(),
    state: CommentState,
    createdAt: z.string(),
    editedAt: z.string().nullable(),
  }),
  thread: z.object({ id: z.string(), slug: z.string(), title: z.string() }),
  parent: z.object({ id: z.string(), bodyHtml: z.string(), author: PublicUser }).nullable(),
  author: AuthorHistory,
  spam: SpamAssessment.nullable(),
  /** Why the system routed it where it is: the latest automated entry of the log. */
  routing: z.object({ rule: z.string().nullable(), reasons: z.array(z.object({ code: z.string(), detail: z.string() })) }).nullable(),
  reports: z.array(QueueReport),
  /** Other accounts that posted from the same network and device fingerprint. */
  alsoPostsAs: z.array(PublicUser),
});
export type QueueItem = z.infer<typeof QueueItem>;

export const QueuePage = z.object({ items: z.array(QueueItem), nextCursor: z.string().nullable() });
export type QueuePage = z.infer<typeof QueuePage>;

/**
 * `revise` returns the comment to its author with the note; `dismiss` keeps a reported comment
 * published; `requeue` takes a decision back, so the comment waits in the queue again.
 */
export const DecisionAction = z.enum(['approve', 'reject', 'spam', 'restore', 'revise', 'dismiss', 'requeue']);
export type DecisionAction = z.infer<typeof DecisionAction>;

const decisionFields = {
  action: DecisionAction,
  reason: z.string().trim().min(1).max(120).optional(),
  /** Shown to the author. */
  note: z.string().trim().min(1).max(2000).optional(),
  /** The state the moderator saw: a decision on a comment that changed since is refused with 409. */
  expectedState: CommentState,
};

export const DecisionInput = z.object(decisionFields);
export type DecisionInput = z.infer<typeof DecisionInput>;

export const BulkDecisionInput = z.object({ ids: z.array(z.uuid('Not a comment id')).min(1).max(100), ...decisionFields });
export type BulkDecisionInput = z.infer<typeof BulkDecisionInput>;

export const DecisionOutcome = z.object({ id: z.string(), state: CommentState, decisionId: z.number().int() });
export type DecisionOutcome = z.infer<typeof DecisionOutcome>;

export const BulkDecisionOutcome = z.object({
  results: z.array(
    z.union([
      DecisionOutcome.extend({ ok: z.literal(true) }),
      z.object({ id: z.string(), ok: z.literal(false), code: z.string(), detail: z.string() }),
    ]),
  ),
});
export type BulkDecisionOutcome = z.infer<typeof BulkDecisionOutcome>;

export const LogQuery = z.object({
  action: z.string().trim().min(1).max(40).optional(),
  /** A moderator's id, or `system` for entries no moderator made: automated routings, and authors' resubmissions and appeals. */
  moderator: z.union([z.uuid(), z.literal('system')], 'Give a moderator id or "system"').optional(),
  comment: z.uuid('Not a comment id').optional(),
  thread: z.uuid('Not a thread id').optional(),
  cursor: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type LogQuery = z.infer<typeof LogQuery>;

export const LogEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  action: z.string(),
  rule: z.string().nullable(),
  reason: z.string().nullable(),
  note: z.string().nullable(),
  fromState: CommentState.nullable(),
  toState: CommentState,
  moderator: PublicUser.nullable(),
  comment: z.object({ id: z.string(), threadId: z.string(), threadTitle: z.string() }),
  details: z.unknown(),
});
export type LogEntry = z.infer<typeof LogEntry>;

export const LogPage = z.object({ entries: z.array(LogEntry), nextCursor: z.string().nullable() });
export type LogPage = z.infer<typeof LogPage>;

/** "disagree" is the dialog's "I just disagree": counted for the author, never sent to moderators. */
export const ReportReason = z.enum(['spam', 'incivility', 'misinformation', 'off_topic', 'other', 'disagree']);
export type ReportReason = z.infer<typeof ReportReason>;

export const ReportInput = z.object({
  reason: ReportReason,
  note: z.string().trim().min(1).max(1000).optional(),
});
export type ReportInput = z.infer<typeof ReportInput>;

export const ReportCreated = z.object({ id: z.string(), commentHidden: z.boolean() });
export type ReportCreated = z.infer<typeof ReportCreated>;

const sanctionReason = z.string().trim().min(1, 'Give a reason').max(500);

export const SuspendInput = z.object({
  until: z.iso.datetime({ offset: true, message: 'Give a date and time, e.g. 2026-01-31T18:00:00Z' }),
  reason: sanctionReason,
  /** Reject everything of theirs still waiting in the queue, in the same action. */
  rejectPending: z.boolean().default(false),
});
export type SuspendInput = z.infer<typeof SuspendInput>;

export const BanInput = z.object({ reason: sanctionReason, rejectPending: z.boolean().default(false) });
export type BanInput = z.infer<typeof BanInput>;

export const LiftInput = z.object({ reason: sanctionReason.optional() });
export type LiftInput = z.infer<typeof LiftInput>;

export const UserNoteInput = z.object({ body: z.string().trim().min(1, 'Write the note').max(2000) });
export type UserNoteInput = z.infer<typeof UserNoteInput>;

export const UserStanding = z.object({
  id: z.string(),
  status: AccountStatus,
  suspendedUntil: z.string().nullable(),
  isPremoderated: z.boolean(),
  rejectedComments: z.number().int(),
});
export type UserStanding = z.infer<typeof UserStanding>;

export const UserAction = z.object({
  id: z.number().int(),
  action: z.string(),
  reason: z.string().nullable(),
  until: z.string().nullable(),
  moderator: PublicUser,
  at: z.string(),
});
export type UserAction = z.infer<typeof UserAction>;

export const UserHistory = z.object({
  author: AuthorHistory.extend({ suspendedUntil: z.string().nullable() }),
  comments: z.array(
    z.object({ id: z.string(), threadSlug: z.string(), threadTitle: z.string(), state: CommentState, bodyHtml: z.string(), createdAt: z.string() }),
  ),
  actions: z.array(UserAction),
  /** Accounts that posted from a network and device fingerprint this member also used. */
  linkedAccounts: z.array(z.object({ user: PublicUser, sharedFingerprints: z.number().int() })),
});
export type UserHistory = z.infer<typeof UserHistory>;

export const WarnInput = z.object({
  message: z.string().trim().min(1, 'Write the warning').max(2000),
  commentId: z.uuid('Not a comment id').optional(),
});
export type WarnInput = z.infer<typeof WarnInput>;

export const Warning = z.object({ id: z.string(), message: z.string(), commentId: z.string().nullable(), createdAt: z.string() });
export type Warning = z.infer<typeof Warning>;

export const WarningList = z.object({ warnings: z.array(Warning) });
export type WarningList = z.infer<typeof WarningList>;

export const WarningIdParams = z.object({ id: z.uuid('Not a warning id') });

export const PremoderationInput = z.object({ enabled: z.boolean() });
export type PremoderationInput = z.infer<typeof PremoderationInput>;

/** Acts from a root comment on it and every reply below it. */
export const SubthreadInput = z.object({
  action: z.enum(['lock', 'unlock', 'hide', 'pending']),
  reason: z.string().trim().min(1).max(120).optional(),
});
export type SubthreadInput = z.infer<typeof SubthreadInput>;

export const SubthreadOutcome = z.object({ rootId: z.string(), changed: z.number().int(), locked: z.boolean() });
export type SubthreadOutcome = z.infer<typeof SubthreadOutcome>;

export const ThreadIdParams = z.object({ id: z.uuid('Not a thread id') });

export const SlowModeInput = z.object({ minutes: z.number().int().min(0).max(1440) });
export type SlowModeInput = z.infer<typeof SlowModeInput>;
export const SlowMode = SlowModeInput.extend({ threadId: z.string() });
export type SlowMode = z.infer<typeof SlowMode>;

export const AppealInput = z.object({ note: z.string().trim().min(1, 'Say why the decision should change').max(2000) });
export type AppealInput = z.infer<typeof AppealInput>;

export const AppealOutcome = z.enum(['granted', 'denied']);

export const Appeal = z.object({
  id: z.string(),
  note: z.string(),
  outcome: AppealOutcome.nullable(),
  createdAt: z.string(),
  assignedTo: PublicUser,
  author: PublicUser,
  comment: z.object({ id: z.string(), bodyHtml: z.string(), state: CommentState, removedReason: z.string().nullable(), threadSlug: z.string(), threadTitle: z.string() }),
});
export type Appeal = z.infer<typeof Appeal>;

export const AppealQuery = z.object({ all: z.stringbool().default(false) });
export const AppealList = z.object({ appeals: z.array(Appeal) });
export type AppealList = z.infer<typeof AppealList>;

export const AppealIdParams = z.object({ id: z.uuid('Not an appeal id') });
export const AppealDecisionInput = z.object({ outcome: AppealOutcome, note: z.string().trim().min(1).max(2000).optional() });
export type AppealDecisionInput = z.infer<typeof AppealDecisionInput>;

export const MyComment = z.object({
  id: z.string(),
  thread: z.object({ slug: z.string(), title: z.string() }),
  state: CommentState,
  bodyHtml: z.string(),
  createdAt: z.string(),
  editedAt: z.string().nullable(),
  /** The latest moderator decision, with the note written for the author. */
  moderation: z.object({ action: z.string(), reason: z.string().nullable(), note: z.string().nullable(), at: z.string() }).nullable(),
  canAppeal: z.boolean(),
  appeal: z.object({ outcome: AppealOutcome.nullable(), createdAt: z.string() }).nullable(),
  /** "I just disagree" reports: for the author's information only. */
  disagreeCount: z.number().int(),
});
export type MyComment = z.infer<typeof MyComment>;

export const MyCommentsQuery = z.object({ cursor: z.string().max(300).optional(), limit: z.coerce.number().int().min(1).max(100).default(25) });
export type MyCommentsQuery = z.infer<typeof MyCommentsQuery>;
export const MyCommentsPage = z.object({ comments: z.array(MyComment), nextCursor: z.string().nullable() });
export type MyCommentsPage = z.infer<typeof MyCommentsPage>;
