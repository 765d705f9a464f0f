import { error, redirect } from '@sveltejs/kit';
import type { Me, Role } from '@forum/contracts';

const RANK: Record<Role, number> = { member: 0, author: 1, moderator: 2, admin: 3 };

/** A page for a role and above: a visitor signs in first, a member without the role gets 403. */
export function requireRole(user: Me | null, url: URL, role: Role, what: string): Me {
  if (!user) redirect(303, `/login?next=${encodeURIComponent(url.pathname + url.search)}`);
  if (RANK[user.role] < RANK[role]) error(403, `Only ${role}s can see ${what}.`);
  return user;
}
