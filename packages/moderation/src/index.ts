export { type ModerationSettings, DEFAULT_SETTINGS } from './settings.ts';
export {
  COMMENT_STATES,
  type CommentState,
  DECISIONS,
  DECISION_OF_ACTION,
  type Decision,
  type Transition,
  applyDecision,
  resubmitAfterRevision,
  hideAfterReports,
} from './states.ts';
export {
  type ModerationMode,
  type SpamResult,
  type RouteInput,
  type RoutingRule,
  type Reason,
  type Route,
  routeComment,
} from './routing.ts';
export { ALWAYS_RESEARCH_DOMAINS, isResearchLink, riskyLinks } from './links.ts';
export { findListedWord } from './words.ts';
export {
  REPORT_REASONS,
  type ReportReason,
  type QueueReportReason,
  type Reporter,
  type WeightedReport,
  isQueueReport,
  reporterWeight,
  shouldHide,
} from './reports.ts';
export { slowModeWait, canEditComment } from './timing.ts';
export { canAppeal, pickAppealModerator } from './appeals.ts';
