import { eq } from 'drizzle-orm';
import { schema } from '@forum/db';
import type { QueueItem, QueuePage } from '@forum/contracts';
import type { TestContext, TestUser } from './context.ts';

/** A posted comment, from a given address and browser so tests control the device fingerprint. */
export async function postFrom(ctx: TestContext, author: TestUser, slug: string, body: string, from: { ip?: string; ua?: string; parentId?: string } = {}) {
  const res = await ctx.request('POST', `/api/threads/${slug}/comments`, {
    as: author,
    body: { body, ...(from.parentId ? { parentId: from.parentId } : {}) },
    remoteAddress: from.ip ?? `198.51.100.${Math.floor(Math.random() * 250) + 1}`,
    headers: { 'user-agent': from.ua ?? `Browser/${Math.random()}` },
  });
  if (res.statusCode !== 201) throw new Error(`post failed: ${res.statusCode} ${res.body}`);
  return res.json() as { id: string; state: string; visibility: string };
}

const DAY_MS = 86_400_000;

/** A member with a track record: an account 60 days old with n comments approved a month ago. */
export async function withApprovedComments(ctx: TestContext, user: TestUser, n: number, threadAuthor: TestUser) {
  const thread = await ctx.newThread(threadAuthor, { moderationMode: 'pre' });
  const ids: string[] = [];
  for (let i = 0; i < n; i++) ids.push((await postFrom(ctx, user, thread.slug, `Earlier thoughts on my relapse, part ${i}`)).id);
  const monthAgo = new Date(ctx.clock.now.getTime() - 30 * DAY_MS);
  for (const id of ids) await ctx.db.update(schema.comments).set({ state: 'approved', createdAt: monthAgo }).where(eq(schema.comments.id, id));
  const createdAt = new Date(ctx.clock.now.getTime() - 60 * DAY_MS);
  await ctx.db.update(schema.users).set({ createdAt }).where(eq(schema.users.id, user.id));
  return { ...user, createdAt };
}

export async function readQueue(ctx: TestContext, moderator: TestUser, query = ''): Promise<QueuePage> {
  const res = await ctx.request('GET', `/api/mod/queue${query}`, { as: moderator });
  if (res.statusCode !== 200) throw new Error(`queue failed: ${res.statusCode} ${res.body}`);
  return res.json();
}

export async function queueItem(ctx: TestContext, moderator: TestUser, commentId: string, state = 'pending'): Promise<QueueItem | undefined> {
  const items: QueueItem[] = [];
  let cursor: string | null = null;
  do {
    const page: QueuePage = await readQueue(ctx, moderator, `?state=${state}&limit=100${cursor ? `&cursor=${cursor}` : ''}`);
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items.find((item) => item.comment.id === commentId);
}
