import type { DecisionAction } from '@forum/contracts';

/**
 * Where a comment stands in moderation. Deletion by its author is a separate
 * flag kept alongside the state, so a deleted comment keeps its moderation history.
 */
export const COMMENT_STATES = ['pending', 'approved', 'rejected', 'spam', 'hidden', 'revision'] as const;
export type CommentState = (typeof COMMENT_STATES)[number];

export const DECISIONS = ['approve', 'reject', 'spam', 'restore', 'return_for_revision', 'dismiss_reports', 'hide', 'hold', 'requeue'] as const;
export type Decision = (typeof DECISIONS)[number];

export type Transition = { ok: true; to: CommentState } | { ok: false; reason: string };

const RULES: Record<Decision, { from: readonly CommentState[]; to: CommentState }> = {
  approve: { from: ['pending', 'hidden', 'spam', 'rejected'], to: 'approved' },
  reject: { from: ['pending', 'hidden', 'approved'], to: 'rejected' },
  spam: { from: ['pending', 'hidden', 'approved', 'rejected'], to: 'spam' },
  // Undo a removal.
  restore: { from: ['rejected', 'spam'], to: 'approved' },
  return_for_revision: { from: ['pending', 'hidden'], to: 'revision' },
  // Reports were unfounded: the comment stays, or comes back, published.
  dismiss_reports: { from: ['approved', 'hidden'], to: 'approved' },
  // Taking a heated sub-thread out of view, or back into the queue, while it is looked at.
  hide: { from: ['approved'], to: 'hidden' },
  hold: { from: ['approved', 'hidden'], to: 'pending' },
  // A moderator takes a decision back (the queue's undo): the comment waits to be judged again.
  requeue: { from: ['approved', 'rejected', 'spam', 'revision'], to: 'pending' },
};

function move(current: CommentState, from: readonly CommentState[], to: CommentState, what: string): Transition {
  if (from.includes(current)) return { ok: true, to };
  return { ok: false, reason: `cannot ${what} a comment that is ${current}` };
}

/** The decision behind each action a moderator sends to the API. */
export const DECISION_OF_ACTION: Record<DecisionAction, Decision> = {
  approve: 'approve',
  reject: 'reject',
  spam: 'spam',
  restore: 'restore',
  revise: 'return_for_revision',
  dismiss: 'dismiss_reports',
  requeue: 'requeue',
};

/** A moderator's decision on a comment. */
export function applyDecision(current: CommentState, decision: Decision): Transition {
  const rule = RULES[decision];
  return move(current, rule.from, rule.to, decision.replaceAll('_', ' '));
}

/** The author sends a comment returned for revision back to the queue. */
export function resubmitAfterRevision(current: CommentState): Transition {
  return move(current, ['revision'], 'pending', 'resubmit');
}

/** Reports from trusted members took a published comment down until a moderator looks. */
export function hideAfterReports(current: CommentState): Transition {
  return move(current, ['approved'], 'hidden', 'hide');
}
