import { eq } from 'drizzle-orm';
import { hideAfterReports, isQueueReport, reporterWeight, shouldHide, type ReportReason } from '@forum/moderation';
import { schema, type Db } from '@forum/db';
import type { ModerationSettings, ReportCreated, ReportInput } from '@forum/contracts';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../lib/access.ts';
import { AppError } from '../../lib/app-error.ts';
import { authorStats, isPublished, shiftPublishedCounts, type CommentRow } from '../comments/queries.ts';
import { lockComment } from '../moderation/decision-queries.ts';
import { recordDecision } from '../moderation/log.ts';
import { loadModerationSettings } from '../moderation/settings.ts';
import { insertReport, openQueueReports, reporterRecord } from './queries.ts';
import { announce, withEvents } from '../live/outbox.ts';

async function weightOf(deps: Deps, reporter: Actor, settings: ModerationSettings): Promise<number> {
  const [stats, record] = await Promise.all([authorStats(deps.db, reporter.id, deps.now()), reporterRecord(deps.db, reporter.id)]);
  return reporterWeight({ ...stats, ...record }, settings);
}

/** Takes a published comment down once trusted reports weigh enough; it then waits for a moderator. */
async function hideIfOutweighed(tx: Db, comment: CommentRow, settings: ModerationSettings, at: Date): Promise<boolean> {
  const transition = hideAfterReports(comment.state);
  if (!transition.ok || comment.deletedAt) return false;
  const reports = await openQueueReports(tx, comment.id);
  if (!shouldHide(reports.map((r) => ({ weight: r.weight, reason: r.reason as ReportReason })), settings)) return false;
  await tx.update(schema.comments).set({ state: transition.to }).where(eq(schema.comments.id, comment.id));
  if (isPublished(comment)) {
    await shiftPublishedCounts(tx, comment, -1, at);
    await announce(tx, `thread:${comment.threadId}`, { type: 'comment.removed', threadId: comment.threadId, commentId: comment.id, reason: 'removed' });
  }
  const weight = reports.reduce((sum, r) => sum + r.weight, 0);
  await recordDecision(tx, {
    comment,
    moderatorId: null,
    action: 'hide',
    rule: 'reports.weight',
    fromState: comment.state,
    toState: transition.to,
    details: { reasons: [{ code: 'reports.weight', detail: `${reports.length} reports weighing ${weight.toFixed(2)}, at least ${settings.reportHideWeight}` }] },
    at,
  });
  return true;
}

export async function reportComment(deps: Deps, reporter: Actor, commentId: string, input: ReportInput): Promise<ReportCreated> {
  const settings = await loadModerationSettings(deps.db);
  // "I just disagree" carries no weight: disagreement must never hide an opinion.
  const weight = isQueueReport(input.reason) ? await weightOf(deps, reporter, settings) : 0;
  const now = deps.now();
  return withEvents(deps.db, async (tx) => {
    const comment = await lockComment(tx, commentId);
    if (!comment || !['approved', 'hidden'].includes(comment.state) || comment.deletedAt) throw new AppError('NOT_FOUND', 'No such comment');
    if (comment.authorId === reporter.id) throw new AppError('FORBIDDEN', 'You cannot report your own comment');
    const report = await insertReport(tx, { commentId, reporterId: reporter.id, reason: input.reason, note: input.note ?? null, weight, createdAt: now });
    if (!report) throw new AppError('CONFLICT', 'You have already reported this comment');
    const commentHidden = isQueueReport(input.reason) ? await hideIfOutweighed(tx, comment, settings, now) : false;
    if (isQueueReport(input.reason)) await announce(tx, 'queue', { type: 'report.added', threadId: comment.threadId, commentId });
    return { id: report.id, commentHidden };
  });
}
