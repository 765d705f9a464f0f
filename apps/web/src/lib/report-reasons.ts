import type { ReportReason } from '@forum/contracts';

/** The report dialog's choices, in the members' words; "disagree" never reaches moderators. */
export const REPORT_REASON_LABEL: Record<ReportReason, string> = {
  spam: 'Spam or advertising',
  incivility: 'Uncivil or a personal attack',
  misinformation: 'Medical misinformation',
  off_topic: 'Off-topic',
  other: 'Something else',
  disagree: 'I just disagree',
};

/** In the dialog's order; a plain list, so the comment page ships no zod. */
export const REPORT_REASONS = Object.keys(REPORT_REASON_LABEL) as ReportReason[];
