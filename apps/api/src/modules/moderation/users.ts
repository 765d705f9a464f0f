import { eq } from 'drizzle-orm';
import { schema, type Db } from '@forum/db';
import type { BanInput, LiftInput, PremoderationInput, SuspendInput, UserHistory, UserNoteInput, UserStanding } from '@forum/contracts';
import type { Deps } from '../../deps.ts';
import { outranks, type Actor } from '../../lib/access.ts';
import { AppError } from '../../lib/app-error.ts';
import { authorStats } from '../comments/queries.ts';
import { applyToComment } from './service.ts';
import { findUser, linkedAccountsOf, lockPendingComments, recentCommentsOf, recordUserAction, userActionsOf } from './user-queries.ts';
import { withEvents } from '../live/outbox.ts';

type UserRow = typeof schema.users.$inferSelect;

/** Moderators act on members and authors; only an admin acts on a moderator; nobody on themselves or an equal. */
export async function targetOf(db: Db, moderator: Actor, id: string): Promise<UserRow> {
  const user = await findUser(db, id);
  if (!user) throw new AppError('NOT_FOUND', 'No such user');
  if (user.id === moderator.id || !outranks(moderator, user.role)) {
    throw new AppError('FORBIDDEN', `A ${moderator.role} cannot act on a ${user.role}${user.id === moderator.id ? ' (yourself)' : ''}`);
  }
  return user;
}

const toStanding = (user: UserRow, rejectedComments = 0): UserStanding => ({
  id: user.id,
  status: user.status,
  suspendedUntil: user.suspendedUntil?.toISOString() ?? null,
  isPremoderated: user.isPremoderated,
  rejectedComments,
});

async function rejectPending(tx: Db, moderator: Actor, user: UserRow, rule: string, now: Date): Promise<number> {
  const pending = await lockPendingComments(tx, user.id);
  const reason = user.status === 'banned' ? 'Account banned' : 'Account suspended';
  for (const comment of pending) await applyToComment(tx, moderator.id, comment, 'rejected', { action: 'reject', rule, reason }, now);
  return pending.length;
}

type Sanction = { action: 'suspend' | 'ban' | 'lift'; reason?: string; until?: Date; rejectPending?: boolean };

async function sanction(deps: Deps, moderator: Actor, id: string, s: Sanction): Promise<UserStanding> {
  const target = await targetOf(deps.db, moderator, id);
  const now = deps.now();
  if (s.until && s.until <= now) {
    throw new AppError('VALIDATION_FAILED', 'A suspension ends in the future', [{ path: 'body.until', message: 'Give a time in the future' }]);
  }
  const status = s.action === 'lift' ? 'active' : s.action === 'ban' ? 'banned' : 'suspended';
  return withEvents(deps.db, async (tx) => {
    const [user] = await tx.update(schema.users).set({ status, suspendedUntil: s.until ?? null }).where(eq(schema.users.id, target.id)).returning();
    await recordUserAction(tx, { userId: target.id, moderatorId: moderator.id, action: s.action, reason: s.reason ?? null, until: s.until ?? null, createdAt: now });
    const rejected = s.rejectPending ? await rejectPending(tx, moderator, user!, `user.${s.action}`, now) : 0;
    return toStanding(user!, rejected);
  });
}

export const suspendUser = (deps: Deps, moderator: Actor, id: string, input: SuspendInput) =>
  sanction(deps, moderator, id, { action: 'suspend', reason: input.reason, until: new Date(input.until), rejectPending: input.rejectPending });

export const banUser = (deps: Deps, moderator: Actor, id: string, input: BanInput) =>
  sanction(deps, moderator, id, { action: 'ban', reason: input.reason, rejectPending: input.rejectPending });

export const liftSanction = (deps: Deps, moderator: Actor, id: string, input: LiftInput) =>
  sanction(deps, moderator, id, { action: 'lift', reason: input.reason });

/** Holds every comment of this member for review, whatever the thread's mode. */
export async function setPremoderation(deps: Deps, moderator: Actor, id: string, input: PremoderationInput): Promise<UserStanding> {
  const target = await targetOf(deps.db, moderator, id);
  return deps.db.transaction(async (tx) => {
    const [user] = await tx.update(schema.users).set({ isPremoderated: input.enabled }).where(eq(schema.users.id, target.id)).returning();
    const action = input.enabled ? 'premoderate' : 'end_premoderation';
    await recordUserAction(tx, { userId: target.id, moderatorId: moderator.id, action, createdAt: deps.now() });
    return toStanding(user!);
  });
}

/** Notes are read by moderators only, so any moderator may write one about anyone. */
export async function addUserNote(deps: Deps, moderator: Actor, id: string, input: UserNoteInput): Promise<void> {
  const user = await findUser(deps.db, id);
  if (!user) throw new AppError('NOT_FOUND', 'No such user');
  await recordUserAction(deps.db, { userId: id, moderatorId: moderator.id, action: 'note', reason: input.body, createdAt: deps.now() });
}

export async function readUserHistory(deps: Deps, id: string): Promise<UserHistory> {
  const user = await findUser(deps.db, id);
  if (!user) throw new AppError('NOT_FOUND', 'No such user');
  const [stats, comments, actions, linked] = await Promise.all([
    authorStats(deps.db, id, deps.now()),
    recentCommentsOf(deps.db, id),
    userActionsOf(deps.db, id),
    linkedAccountsOf(deps.db, id),
  ]);
  return {
    author: {
      user: { id: user.id, handle: user.handle, displayName: user.displayName, role: user.role },
      status: user.status,
      suspendedUntil: user.suspendedUntil?.toISOString() ?? null,
      isPremoderated: user.isPremoderated,
      accountAgeDays: Math.floor(stats.accountAgeDays),
      approvedCount: stats.approvedCount,
      rejectedCount: stats.rejectedCount,
      spamCount: stats.spamCount,
    },
    comments: comments.map((comment) => ({ ...comment, createdAt: comment.createdAt.toISOString() })),
    actions: actions.map((action) => ({ ...action, until: action.until?.toISOString() ?? null, at: action.at.toISOString() })),
    linkedAccounts: linked,
  };
}
