export { score, DEFAULT_THRESHOLDS } from './score.ts';
export { tokensOf } from './tokens.ts';
export { learningDelta, createLearner } from './learning.ts';
export type { Learner } from './learning.ts';
export type {
  Comment, Label, LearnedCounts, Reason, RecentComment, ScoreOptions, ScoreResult, ScoringContext,
  Thresholds, TokenCounts, Verdict,
} from './types.ts';
