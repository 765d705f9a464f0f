import { orderedUuid } from '../../lib/ordered-id.ts';
import type { ImportedUser } from '@forum/importers';
import type { Db } from '@forum/db';
import { rowKey } from './keys.ts';
import { findUsers, takenNames, type NewUser } from './queries.ts';

export type AuthorRequest = { key: string; name: string; email?: string | undefined; user?: ImportedUser };

type Existing = Awaited<ReturnType<typeof findUsers>>[number];

/** Finds or plans an account for every author key; new ones are placeholders that cannot log in. */
export async function planUsers(db: Db, requests: AuthorRequest[], at: Date) {
  // The first request for a key wins: the export's own user list comes before the authors' names.
  const firsts = new Map<string, AuthorRequest>();
  for (const r of requests) if (!firsts.has(r.key)) firsts.set(r.key, r);
  const unique = [...firsts.values()];
  const keys = unique.map((r) => rowKey(r.key));
  const emails = unique.flatMap((r) => (r.email ? [r.email.toLowerCase()] : []));
  const existing = await findUsers(db, {
    ids: keys.flatMap((k) => (k.id ? [k.id] : [])),
    sourceKeys: keys.flatMap((k) => (k.sourceKey ? [k.sourceKey] : [])),
    emails,
  });
  const takenHandles = await takenNames(db, 'handle', unique.map(handleStem));
  const takenEmails = new Set(existing.flatMap((u) => (u.email ? [u.email.toLowerCase()] : [])));
  const idByKey = new Map<string, string>();
  const created: NewUser[] = [];
  for (const request of unique) {
    const found = findExisting(existing, request);
    if (found) {
      idByKey.set(request.key, found.id);
      continue;
    }
    const key = rowKey(request.key);
    const email = request.email && !takenEmails.has(request.email.toLowerCase()) ? request.email : null;
    if (email) takenEmails.add(email.toLowerCase());
    const row: NewUser = {
      id: key.id ?? orderedUuid(),
      sourceKey: key.sourceKey,
      handle: freeName(handleStem(request), takenHandles, '_'),
      displayName: request.user?.displayName ?? request.name,
      email,
      role: request.user?.role ?? 'member',
      status: request.user?.status ?? 'active',
      // No password travels with an import: the account waits to be claimed by a register with its email.
      isPlaceholder: true,
      createdAt: request.user?.createdAt ?? at,
    };
    created.push(row);
    idByKey.set(request.key, row.id!);
  }
  return { idByKey, created };
}

function findExisting(existing: Existing[], request: AuthorRequest): Existing | undefined {
  const key = rowKey(request.key);
  const email = request.email?.toLowerCase();
  return (
    existing.find((u) => (key.id ? u.id === key.id : u.sourceKey === key.sourceKey)) ??
    // Another source's placeholder with the same email is the same person; a member's account is not taken over.
    existing.find((u) => email && u.isPlaceholder && u.email?.toLowerCase() === email)
  );
}

function handleStem(request: AuthorRequest): string {
  const base = (request.user?.handle ?? request.name)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 24);
  return base.length >= 3 ? base : `${base}_member`.replace(/^_/, '');
}

/** The stem itself, or the stem with the lowest free number; records the name as taken. */
export function freeName(stem: string, taken: Set<string>, separator: string): string {
  let name = stem;
  for (let n = 2; taken.has(name); n++) name = `${stem}${separator}${n}`;
  taken.add(name);
  return name;
}
