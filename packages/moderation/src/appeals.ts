import type { CommentState } from './states.ts';

/** Only a rejection can be appealed, and only once. */
export function canAppeal(comment: { state: CommentState; appealCount: number }): boolean {
  return comment.state === 'rejected' && comment.appealCount === 0;
}

/**
 * A second pair of eyes: the first candidate who did not make the original call.
 * Callers order candidates (e.g. by workload); with nobody else, the same moderator reviews.
 */
export function pickAppealModerator(candidates: readonly string[], decidedBy: string): string {
  return candidates.find((c) => c !== decidedBy) ?? decidedBy;
}
