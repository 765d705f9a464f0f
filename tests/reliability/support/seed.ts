import { schema, type Db } from '@forum/db';
import { loadConfig } from '../../../apps/api/src/config.ts';
import type { Deps } from '../../../apps/api/src/deps.ts';
import { createUser, startSession } from '../../../apps/api/src/modules/auth/service.ts';
import { createThread } from '../../../apps/api/src/modules/threads/service.ts';
import { ORIGIN } from './server.ts';

export type Member = { id: string; cookie: string };
export type Forum = { thread: { id: string; slug: string }; members: Member[] };

/**
 * One author's post-moderated thread and `members` signed-in members. Members share the
 * author's password hash: 200 argon2 hashes would take longer than the load itself.
 */
export async function seedForum(db: Db, members: number): Promise<Forum> {
  const deps: Deps = { db, config: loadConfig({ PUBLIC_ORIGIN: ORIGIN, DEMO_DATA: 'false' }), now: () => new Date() };
  const run = `${process.pid}_${Date.now().toString(36)}`;
  const author = await createUser(deps, { handle: `author_${run}`, displayName: 'Thread author', email: `author_${run}@example.org`, password: 'author-password-long', role: 'author' });
  const thread = await createThread(deps, author, { title: 'Reliability under load', body: 'Comments posted by the reliability suite.', tags: [], moderationMode: 'post' });
  const rows = Array.from({ length: members }, (_, i) => ({
    handle: `m${i}_${run}`.slice(0, 30),
    displayName: `Member ${i}`,
    email: `m${i}_${run}@example.org`,
    passwordHash: author.passwordHash,
  }));
  const users = rows.length ? await db.insert(schema.users).values(rows).returning({ id: schema.users.id }) : [];
  const seeded: Member[] = [];
  for (const user of users) seeded.push({ id: user.id, cookie: `forum_session=${(await startSession(deps, user.id)).token}` });
  return { thread: { id: thread.id, slug: thread.slug }, members: seeded };
}
