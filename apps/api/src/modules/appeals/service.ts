import { canAppeal, pickAppealModerator } from '@forum/moderation';
import type { Appeal, AppealDecisionInput, AppealInput, AppealList } from '@forum/contracts';
import type { Deps } from '../../deps.ts';
import { hasRole, type Actor } from '../../lib/access.ts';
import { AppError } from '../../lib/app-error.ts';
import { findComment } from '../comments/queries.ts';
import { lockComment } from '../moderation/decision-queries.ts';
import { recordDecision } from '../moderation/log.ts';
import { applyToComment } from '../moderation/service.ts';
import { appealReviewers, appealsFor, insertAppeal, listAppeals, rejectedBy, resolveAppeal } from './queries.ts';
import { withEvents } from '../live/outbox.ts';

type AppealRow = Awaited<ReturnType<typeof listAppeals>>[number];

const toAppeal = (row: AppealRow): Appeal => ({
  id: row.appeal.id,
  note: row.appeal.note,
  outcome: row.appeal.outcome,
  createdAt: row.appeal.createdAt.toISOString(),
  assignedTo: row.assignedTo,
  author: row.author,
  comment: row.comment,
});

/** The author asks once for a second look; it goes to a moderator who did not reject it, when there is one. */
export async function appealRejection(deps: Deps, author: Actor, commentId: string, input: AppealInput): Promise<Appeal> {
  const comment = await findComment(deps.db, commentId);
  if (!comment || comment.deletedAt) throw new AppError('NOT_FOUND', 'No such comment');
  if (comment.authorId !== author.id) throw new AppError('FORBIDDEN', 'Only the author can appeal a decision on a comment');
  const previous = await appealsFor(deps.db, commentId);
  if (!canAppeal({ state: comment.state, appealCount: previous.length })) {
    throw new AppError('CONFLICT', previous.length > 0 ? 'This comment was already appealed' : `Only a rejected comment can be appealed; this one is ${comment.state}`);
  }
  const decidedBy = await rejectedBy(deps.db, commentId);
  const reviewers = await appealReviewers(deps.db, author.id);
  const assignedTo = reviewers.length > 0 ? pickAppealModerator(reviewers, decidedBy ?? '') : decidedBy;
  if (!assignedTo) throw new AppError('SERVICE_UNAVAILABLE', 'No moderator can review appeals right now');
  const now = deps.now();
  const id = await deps.db.transaction(async (tx) => {
    const appeal = await insertAppeal(tx, { commentId, authorId: author.id, note: input.note, rejectedBy: decidedBy, assignedTo, createdAt: now });
    if (!appeal) throw new AppError('CONFLICT', 'This comment was already appealed');
    await recordDecision(tx, { comment, moderatorId: null, action: 'appeal', note: input.note, fromState: comment.state, toState: comment.state, details: { appealId: appeal.id, assignedTo }, at: now });
    return appeal.id;
  });
  return toAppeal((await listAppeals(deps.db, { id, openOnly: false }))[0]!);
}

export async function readAppeals(deps: Deps, moderator: Actor, all: boolean): Promise<AppealList> {
  const rows = await listAppeals(deps.db, { assignedTo: all ? undefined : moderator.id, openOnly: true });
  return { appeals: rows.map(toAppeal) };
}

/** Only the assigned reviewer, or an admin, settles an appeal; granting it restores the comment. */
export async function decideAppeal(deps: Deps, moderator: Actor, id: string, input: AppealDecisionInput): Promise<Appeal> {
  const [row] = await listAppeals(deps.db, { id, openOnly: false });
  if (!row) throw new AppError('NOT_FOUND', 'No such appeal');
  if (row.assignedTo.id !== moderator.id && !hasRole(moderator, 'admin')) {
    throw new AppError('FORBIDDEN', `This appeal is assigned to @${row.assignedTo.handle}`);
  }
  const now = deps.now();
  await withEvents(deps.db, async (tx) => {
    if (!(await resolveAppeal(tx, id, { outcome: input.outcome, resolvedBy: moderator.id, resolvedAt: now }))) {
      throw new AppError('CONFLICT', 'This appeal was already decided');
    }
    const comment = (await lockComment(tx, row.comment.id))!;
    const decision = { rule: `appeal.${input.outcome}`, note: input.note, details: { appealId: id } };
    if (input.outcome === 'granted' && comment.state === 'rejected') {
      await applyToComment(tx, moderator.id, comment, 'approved', { action: 'restore', ...decision }, now);
    } else {
      await recordDecision(tx, { comment, moderatorId: moderator.id, action: 'appeal_denied', ...decision, fromState: comment.state, toState: comment.state, at: now });
    }
  });
  return toAppeal((await listAppeals(deps.db, { id, openOnly: false }))[0]!);
}
