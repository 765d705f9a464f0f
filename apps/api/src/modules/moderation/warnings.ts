import type { Warning, WarnInput } from '@forum/contracts';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../lib/access.ts';
import { AppError } from '../../lib/app-error.ts';
import { findComment } from '../comments/queries.ts';
import { targetOf } from './users.ts';
import { recordUserAction } from './user-queries.ts';
import { acknowledgeWarning, findWarning, insertWarning, unacknowledgedWarnings } from './warning-queries.ts';

const toWarning = (row: Awaited<ReturnType<typeof insertWarning>>): Warning => ({
  id: row.id,
  message: row.message,
  commentId: row.commentId,
  createdAt: row.createdAt.toISOString(),
});

export async function warnUser(deps: Deps, moderator: Actor, id: string, input: WarnInput): Promise<Warning> {
  const user = await targetOf(deps.db, moderator, id);
  if (input.commentId) {
    const comment = await findComment(deps.db, input.commentId);
    if (comment?.authorId !== user.id) {
      throw new AppError('VALIDATION_FAILED', 'Not a comment of this member', [{ path: 'body.commentId', message: 'Not a comment of this member' }]);
    }
  }
  const now = deps.now();
  return deps.db.transaction(async (tx) => {
    const warning = await insertWarning(tx, { userId: user.id, moderatorId: moderator.id, message: input.message, commentId: input.commentId ?? null, createdAt: now });
    await recordUserAction(tx, { userId: user.id, moderatorId: moderator.id, action: 'warn', reason: input.message, createdAt: now });
    return toWarning(warning);
  });
}

export async function myWarnings(deps: Deps, actor: Actor): Promise<Warning[]> {
  return (await unacknowledgedWarnings(deps.db, actor.id)).map(toWarning);
}

export async function acknowledge(deps: Deps, actor: Actor, id: string): Promise<void> {
  if (await acknowledgeWarning(deps.db, id, actor.id, deps.now())) return;
  const warning = await findWarning(deps.db, id);
  if (!warning || warning.userId !== actor.id) throw new AppError('NOT_FOUND', 'No such warning');
}

/** Posting waits until the member has read every warning they were given. */
export async function assertNoOpenWarning(deps: Deps, actor: Actor): Promise<void> {
  const [first] = await unacknowledgedWarnings(deps.db, actor.id);
  if (first) throw new AppError('WARNING_UNACKNOWLEDGED', `A moderator warned you: "${first.message}". Acknowledge it (warning ${first.id}) before posting again`);
}
