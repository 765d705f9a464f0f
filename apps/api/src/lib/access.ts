import type { AccountStatus, Role } from '@forum/contracts';
import { AppError } from './app-error.ts';

export type Actor = {
  id: string;
  handle: string;
  displayName: string;
  role: Role;
  status: AccountStatus;
  suspendedUntil: Date | null;
};

/** Who may call a route: anyone, or a signed-in user of at least this role. */
export type Access = 'public' | Role;

const rank: Record<Role, number> = { member: 0, author: 1, moderator: 2, admin: 3 };

export function hasRole(actor: Actor | null, role: Role): boolean {
  return actor !== null && rank[actor.role] >= rank[role];
}

/** Strictly above: a moderator may act on members and authors, not on another moderator. */
export function outranks(actor: Actor, role: Role): boolean {
  return rank[actor.role] > rank[role];
}

export function isRestricted(actor: Actor, now: Date): boolean {
  if (actor.status === 'banned') return true;
  if (actor.status === 'suspended') return !actor.suspendedUntil || actor.suspendedUntil > now;
  return false;
}

export function assertRole(actor: Actor | null, role: Role): asserts actor is Actor {
  if (!actor) throw new AppError('NOT_AUTHENTICATED');
  if (!hasRole(actor, role)) throw new AppError('FORBIDDEN', `This needs the ${role} role`);
}

export function assertCanWrite(actor: Actor, now: Date): void {
  if (!isRestricted(actor, now)) return;
  const until = actor.status === 'suspended' && actor.suspendedUntil ? ` until ${actor.suspendedUntil.toISOString()}` : '';
  throw new AppError('ACCOUNT_RESTRICTED', `Your account is ${actor.status}${until}`);
}
