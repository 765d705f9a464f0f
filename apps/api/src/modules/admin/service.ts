import type { AdminUserList, AdminUserQuery } from '@forum/contracts';
import type { Deps } from '../../deps.ts';
import { decodeCursor, encodeCursor } from '../../lib/cursor.ts';
import { toMe } from '../auth/service.ts';
import { listUsers } from './queries.ts';

export async function findUsers(deps: Deps, query: AdminUserQuery): Promise<AdminUserList> {
  const after = decodeCursor(query.cursor, 1) as [string] | null;
  if (after && typeof after[0] !== 'string') decodeCursor('!', 1);
  const rows = await listUsers(deps.db, { q: query.q || undefined, role: query.role, afterHandle: after?.[0] ?? null, limit: query.limit });
  const page = rows.slice(0, query.limit);
  return { users: page.map(toMe), nextCursor: rows.length > query.limit ? encodeCursor([page.at(-1)!.handle]) : null };
}
