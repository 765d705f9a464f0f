import { eq } from 'drizzle-orm';
import { applyDecision } from '@forum/moderation';
import { schema } from '@forum/db';
import type { SlowMode, SlowModeInput, SubthreadInput, SubthreadOutcome } from '@forum/contracts';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../lib/access.ts';
import { AppError } from '../../lib/app-error.ts';
import { lockComment, lockSubthread, setLocked } from './decision-queries.ts';
import { recordDecision } from './log.ts';
import { applyToComment } from './service.ts';
import { withEvents } from '../live/outbox.ts';

const DECISION = { hide: 'hide', pending: 'hold' } as const;

/**
 * Acts on a heated sub-thread from its root. Locking stops new replies anywhere below the root;
 * hiding or holding moves every comment the rules allow, each logged on its own.
 */
export async function actOnSubthread(deps: Deps, moderator: Actor, rootId: string, input: SubthreadInput): Promise<SubthreadOutcome> {
  const now = deps.now();
  return withEvents(deps.db, async (tx) => {
    const root = await lockComment(tx, rootId);
    if (!root || root.deletedAt) throw new AppError('NOT_FOUND', 'No such comment');
    const rule = `subthread.${input.action}`;
    if (input.action === 'lock' || input.action === 'unlock') {
      const locked = input.action === 'lock';
      await setLocked(tx, root.id, locked ? now : null);
      await recordDecision(tx, { comment: root, moderatorId: moderator.id, action: input.action, rule, reason: input.reason, fromState: root.state, toState: root.state, at: now });
      return { rootId, changed: Number(locked !== (root.lockedAt !== null)), locked };
    }
    let changed = 0;
    for (const comment of await lockSubthread(tx, root.id)) {
      const transition = applyDecision(comment.state, DECISION[input.action]);
      if (!transition.ok) continue;
      await applyToComment(tx, moderator.id, comment, transition.to, { action: DECISION[input.action], rule, reason: input.reason, details: { rootId } }, now);
      changed += 1;
    }
    return { rootId, changed, locked: root.lockedAt !== null };
  });
}

/** Slow mode on a heated thread: each member may post once every `minutes`; 0 turns it off. */
export async function setSlowMode(deps: Deps, threadId: string, input: SlowModeInput): Promise<SlowMode> {
  const [row] = await deps.db
    .update(schema.threads)
    .set({ slowModeMinutes: input.minutes, updatedAt: deps.now() })
    .where(eq(schema.threads.id, threadId))
    .returning({ minutes: schema.threads.slowModeMinutes });
  if (!row) throw new AppError('NOT_FOUND', 'No such thread');
  return { threadId, minutes: row.minutes };
}
