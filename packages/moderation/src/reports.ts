import type { ModerationSettings } from './settings.ts';

export const REPORT_REASONS = ['spam', 'incivility', 'misinformation', 'off_topic', 'other', 'disagree'] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];
export type QueueReportReason = Exclude<ReportReason, 'disagree'>;

/** "I just disagree" is recorded for the reporter's sake but never reaches moderators. */
export function isQueueReport(reason: string): reason is QueueReportReason {
  return reason !== 'disagree' && (REPORT_REASONS as readonly string[]).includes(reason);
}

export type Reporter = {
  accountAgeDays: number;
  approvedCount: number;
  upheldReports: number;
  dismissedReports: number;
};

/**
 * How much one report counts towards hiding a comment.
 *
 * New or unproven accounts weigh 0 so a group of fresh accounts cannot brigade a
 * comment off the page (their reports still reach the queue). Others are judged
 * on accuracy a = (upheld + 1) / (upheld + dismissed + 2), which is 0.5 with no
 * record, then mapped piecewise-linearly:
 *   a >= 0.5: 0.5 + a      (0.5 -> 1, 1 -> 1.5)
 *   a <  0.5: 0.25 + 1.5a  (0 -> 0.25, 0.5 -> 1)
 */
export function reporterWeight(reporter: Reporter, settings: ModerationSettings): number {
  if (reporter.accountAgeDays < settings.reportMinAccountAgeDays) return 0;
  if (reporter.approvedCount < settings.reportMinApprovedCount) return 0;
  const { upheldReports: upheld, dismissedReports: dismissed } = reporter;
  const accuracy = (upheld + 1) / (upheld + dismissed + 2);
  return accuracy >= 0.5 ? 0.5 + accuracy : 0.25 + 1.5 * accuracy;
}

export type WeightedReport = { weight: number; reason: ReportReason };

/** Callers pass one report per reporter; duplicates would add up. */
export function shouldHide(reports: readonly WeightedReport[], settings: ModerationSettings): boolean {
  const total = reports.filter((r) => isQueueReport(r.reason)).reduce((sum, r) => sum + r.weight, 0);
  return total >= settings.reportHideWeight;
}
