import { describe, expect, it } from 'vitest';
import { applyDecision, COMMENT_STATES as STATES, DECISION_OF_ACTION } from '@forum/moderation';
import type { CommentState } from '@forum/contracts';
import { actionFor, undoOf, VERBS } from './queue-actions';

describe('queue card actions', () => {
  it('offers only actions the moderation rules allow from the comment state', () => {
    for (const state of STATES)
      for (const verb of VERBS) {
        const action = actionFor(verb, state);
        if (action) expect(applyDecision(state, DECISION_OF_ACTION[action]).ok, `${verb} on ${state}`).toBe(true);
      }
  });

  it('approves held comments, keeps reported ones and restores removed ones', () => {
    expect(['pending', 'hidden', 'approved', 'spam', 'rejected'].map((s) => actionFor('keep', s as CommentState))).toEqual(['approve', 'approve', 'dismiss', 'restore', 'restore']);
    expect(actionFor('reject', 'spam')).toBeNull();
  });

  it('undoes every decision the queue makes by a move the rules allow, back to where the comment was when they can', () => {
    for (const from of STATES)
      for (const verb of VERBS) {
        const action = actionFor(verb, from);
        if (!action) continue;
        const moved = applyDecision(from, DECISION_OF_ACTION[action]);
        if (!moved.ok) continue;
        const undo = undoOf({ id: 'c', from, to: moved.to });
        if (moved.to === from) {
          expect(undo).toBeNull();
          continue;
        }
        expect(undo!.expectedState).toBe(moved.to);
        const back = applyDecision(moved.to, DECISION_OF_ACTION[undo!.action]);
        expect(back.ok, `undo ${action} from ${from}`).toBe(true);
        if (from === 'pending' || from === 'approved' || from === 'spam') expect(back.ok && back.to).toBe(from);
      }
  });
});
