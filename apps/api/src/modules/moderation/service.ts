import { eq } from 'drizzle-orm';
import { applyDecision, DECISION_OF_ACTION } from '@forum/moderation';
import { schema, type Db } from '@forum/db';
import type { BulkDecisionInput, BulkDecisionOutcome, DecisionInput, DecisionOutcome, LogPage, LogQuery } from '@forum/contracts';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../lib/access.ts';
import { AppError } from '../../lib/app-error.ts';
import { decodeCursor, encodeCursor } from '../../lib/cursor.ts';
import { isPublished, shiftPublishedCounts, type CommentRow } from '../comments/queries.ts';
import { resolveReports } from '../reports/queries.ts';
import { lastTaughtState, latestDecision, lockComment, logPage } from './decision-queries.ts';
import { recordDecision } from './log.ts';
import { loadModerationSettings } from './settings.ts';
import { learnFromDecision } from './spam-learning.ts';
import { announce, withEvents } from '../live/outbox.ts';


const invalid = (path: string, message: string) => new AppError('VALIDATION_FAILED', message, [{ path, message }]);

async function assertInputFits(db: Db, input: DecisionInput) {
  if (input.action === 'reject') {
    const { rejectReasons } = await loadModerationSettings(db);
    if (!input.reason || !rejectReasons.includes(input.reason)) {
      throw invalid('body.reason', `Choose a reason: ${rejectReasons.join(', ')}`);
    }
  }
  if (input.action === 'revise' && !input.note) throw invalid('body.note', 'Tell the author what to change');
}

async function conflict(db: Db, comment: CommentRow): Promise<AppError> {
  const last = await latestDecision(db, comment.id);
  const who = last?.moderator ? `@${last.moderator.handle}` : `the system (${last?.rule ?? 'routing'})`;
  const when = last ? ` at ${last.at.toISOString()}` : '';
  return new AppError('CONFLICT', `This comment is now ${comment.state}: ${who} decided "${last?.action ?? 'route'}"${when}`);
}

// Hiding or holding is not yet a verdict on the reports; the final decision settles them.
const REPORT_OUTCOME: Partial<Record<CommentRow['state'], 'upheld' | 'dismissed'>> = {
  approved: 'dismissed',
  rejected: 'upheld',
  spam: 'upheld',
  revision: 'upheld',
};

const labelOf = (state: CommentRow['state'] | null) => (state === 'approved' ? 'ham' : state === 'spam' ? 'spam' : null);

/**
 * What the decision tells the spam filter: approvals teach ham, spam decisions teach spam, and a
 * comment sent back to the queue takes the last lesson back, since nobody has judged it now.
 */
async function teachSpamFilter(tx: Db, comment: CommentRow, toState: CommentRow['state']) {
  const label = labelOf(toState);
  if (label === null && toState !== 'pending') return;
  await learnFromDecision(tx, comment.body, label, labelOf(await lastTaughtState(tx, comment.id)));
}

export type AppliedDecision = { action: string; reason?: string; note?: string; rule?: string; details?: unknown };

/**
 * Moves one locked comment through a decision the rules allow: state, published counts,
 * spam-filter lesson, report outcomes and the log entry, all in the caller's transaction.
 */
export async function applyToComment(tx: Db, moderatorId: string, comment: CommentRow, to: CommentRow['state'], decision: AppliedDecision, now: Date): Promise<number> {
  const isRemoval = to === 'rejected' || to === 'spam';
  const [updated] = await tx
    .update(schema.comments)
    .set({ state: to, removedReason: isRemoval ? (decision.reason ?? (to === 'spam' ? 'spam' : null)) : null })
    .where(eq(schema.comments.id, comment.id))
    .returning();
  const delta = Number(isPublished(updated!)) - Number(isPublished(comment));
  if (delta !== 0) await shiftPublishedCounts(tx, comment, delta as 1 | -1, now);
  await teachSpamFilter(tx, comment, to);
  const outcome = REPORT_OUTCOME[to];
  if (outcome) await resolveReports(tx, comment.id, outcome, now);
  await announceDecision(tx, comment, updated!);
  return recordDecision(tx, { comment, moderatorId, ...decision, fromState: comment.state, toState: to, at: now });
}

/** Readers see a comment appear or go; its author learns the fate of one only they could see; moderators see it leave its queue tab. */
async function announceDecision(tx: Db, before: CommentRow, after: CommentRow) {
  const on = { threadId: before.threadId, commentId: before.id };
  const [was, is] = [isPublished(before), isPublished(after)];
  if (!was && is) await announce(tx, `thread:${before.threadId}`, { type: 'comment.published', ...on, parentId: before.parentId });
  if (was && !is) await announce(tx, `thread:${before.threadId}`, { type: 'comment.removed', ...on, reason: 'removed' });
  if (!was && !is) await announce(tx, `user:${before.authorId}`, { type: 'comment.decided', ...on, toState: after.state });
  await announce(tx, 'queue', { type: 'queue.item_decided', ...on, toState: after.state });
}

/**
 * One moderator decision. The comment row is locked and checked against the state the moderator
 * saw, so of two moderators deciding at once the second learns who was first instead of overwriting.
 */
export async function decideComment(deps: Deps, moderator: Actor, id: string, input: DecisionInput): Promise<DecisionOutcome> {
  await assertInputFits(deps.db, input);
  return decideChecked(deps, moderator, id, input);
}

async function decideChecked(deps: Deps, moderator: Actor, id: string, input: DecisionInput): Promise<DecisionOutcome> {
  const now = deps.now();
  return withEvents(deps.db, async (tx) => {
    const comment = await lockComment(tx, id);
    if (!comment || comment.deletedAt) throw new AppError('NOT_FOUND', 'No such comment');
    if (comment.state !== input.expectedState) throw await conflict(tx, comment);
    const transition = applyDecision(comment.state, DECISION_OF_ACTION[input.action]);
    if (!transition.ok) throw invalid('body.action', transition.reason);
    const decisionId = await applyToComment(tx, moderator.id, comment, transition.to, { action: input.action, reason: input.reason, note: input.note }, now);
    return { id, state: transition.to, decisionId };
  });
}

/** Each comment is decided on its own: one that changed meanwhile does not hold up the rest. */
export async function decideMany(deps: Deps, moderator: Actor, input: BulkDecisionInput): Promise<BulkDecisionOutcome> {
  const { ids, ...decision } = input;
  await assertInputFits(deps.db, decision);
  const results: BulkDecisionOutcome['results'] = [];
  for (const id of new Set(ids)) {
    try {
      results.push({ ...(await decideChecked(deps, moderator, id, decision)), ok: true });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      results.push({ id, ok: false, code: error.code, detail: error.message });
    }
  }
  return { results };
}

export async function readLog(deps: Deps, query: LogQuery): Promise<LogPage> {
  const cursor = decodeCursor(query.cursor, 1) as [number] | null;
  if (cursor && !Number.isInteger(cursor[0])) decodeCursor('!', 1);
  const rows = await logPage(deps.db, {
    action: query.action,
    moderator: query.moderator,
    commentId: query.comment,
    threadId: query.thread,
    beforeId: cursor?.[0] ?? null,
    limit: query.limit,
  });
  const page = rows.slice(0, query.limit);
  return {
    entries: page.map(({ entry, moderator, comment }) => ({
      id: entry.id,
      at: entry.createdAt.toISOString(),
      action: entry.action,
      rule: entry.rule,
      reason: entry.reason,
      note: entry.note,
      fromState: entry.fromState,
      toState: entry.toState,
      moderator,
      comment,
      details: entry.details,
    })),
    nextCursor: rows.length > query.limit ? encodeCursor([page.at(-1)!.entry.id]) : null,
  };
}
