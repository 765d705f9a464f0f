import type { CommentState, DecisionAction } from '@forum/contracts';

/** What a moderator does from a queue card, whichever tab it sits in; the state picks the API action. */
export const VERBS = ['keep', 'reject', 'spam', 'revise'] as const;
export type Verb = (typeof VERBS)[number];

const KEEP: Partial<Record<CommentState, DecisionAction>> = {
  pending: 'approve',
  hidden: 'approve',
  approved: 'dismiss',
  spam: 'restore',
  rejected: 'restore',
};
const REMOVABLE: readonly CommentState[] = ['pending', 'hidden', 'approved'];

export function actionFor(verb: Verb, state: CommentState): DecisionAction | null {
  if (verb === 'keep') return KEEP[state] ?? null;
  if (verb === 'reject') return REMOVABLE.includes(state) ? 'reject' : null;
  if (verb === 'spam') return REMOVABLE.includes(state) || state === 'rejected' ? 'spam' : null;
  return state === 'pending' || state === 'hidden' ? 'revise' : null;
}

export const ACTION_LABEL: Record<DecisionAction, string> = {
  approve: 'Approve',
  dismiss: 'Keep published',
  restore: 'Restore',
  reject: 'Reject',
  spam: 'Spam',
  revise: 'Return for revision',
  requeue: 'Back to the queue',
};

export const DONE_LABEL: Record<DecisionAction, string> = {
  approve: 'Approved',
  dismiss: 'Kept published',
  restore: 'Restored',
  reject: 'Rejected',
  spam: 'Marked as spam',
  revise: 'Returned for revision',
  requeue: 'Sent back to the queue',
};

/** One comment a decision moved, as the undo form carries it. */
export type Decided = { id: string; from: CommentState; to: CommentState };

/**
 * The decision that takes another back: a removal of a published comment is restored, a comment
 * that was spam goes back to spam, and anything else returns to the queue to be judged again.
 * Settled reports stay settled, so keeping a reported comment has nothing to undo.
 */
export function undoOf(d: Decided): { action: DecisionAction; expectedState: CommentState } | null {
  if (d.from === d.to) return null;
  if (d.from === 'approved') return { action: 'restore', expectedState: d.to };
  if (d.from === 'spam') return { action: 'spam', expectedState: d.to };
  return { action: 'requeue', expectedState: d.to };
}

export const encodeDecided = (d: Decided) => `${d.id}|${d.from}|${d.to}`;
