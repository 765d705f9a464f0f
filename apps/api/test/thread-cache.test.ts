import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { CommentNode, ThreadWithComments } from '@forum/contracts';
import { createDb, queryRows, schema } from '@forum/db';
import { buildApp } from '../src/app.ts';
import { createThreadCache } from '../src/modules/comments/thread-cache.ts';
import { createTestContext, type TestUser } from './context.ts';
import { testDatabaseUrl } from './databases.ts';
import { listenOnLoopback } from './live-client.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function flatten(nodes: CommentNode[]): CommentNode[] {
  return nodes.flatMap((n) => [n, ...flatten(n.replies)]);
}

describe('thread pages served from the cache', async () => {
  const ctx = await createTestContext();
  const author = await ctx.newUser('author');
  const moderator = await ctx.newUser('moderator');

  async function read(slug: string, as: TestUser | null = null) {
    const res = await ctx.request('GET', `/api/threads/${slug}`, { as });
    expect(res.statusCode).toBe(200);
    return res.json() as ThreadWithComments;
  }
  /** Waits until this instance's hub has read every event, so a later invalidation cannot come from an earlier write. */
  async function settled() {
    for (let i = 0; i < 500; i++) {
      const [row] = await queryRows<{ newest: number; pending: number }>(
        ctx.db,
        sql`select coalesce((select max(id) from outbox_events), 0)::float8 as newest, (select count(*) from pending_events)::int as pending`,
      );
      if (row!.pending === 0 && ctx.app.live.hub.lastId >= row!.newest) return;
      await sleep(10);
    }
    throw new Error('the hub did not catch up with the outbox');
  }
  const node = async (slug: string, id: string, as: TestUser | null = null) => flatten((await read(slug, as)).comments).find((n) => n.id === id);

  it('keeps serving the anonymous page until an event on the thread arrives', async () => {
    const thread = await ctx.newThread(author, { moderationMode: 'post' });
    const comment = await ctx.newComment(await ctx.newUser(), thread.slug, 'My EDSS has been stable since HSCT.');
    await settled();
    expect((await node(thread.slug, comment.id))?.bodyHtml).toContain('stable');
    // Changed behind the API's back, with no event: the cached page is still what readers get.
    await ctx.db.update(schema.comments).set({ bodyHtml: '<p>changed silently</p>' }).where(eq(schema.comments.id, comment.id));
    expect((await node(thread.slug, comment.id))?.bodyHtml).toContain('stable');
    await ctx.newComment(await ctx.newUser(), thread.slug, 'A second comment announces a change on the thread.');
    expect((await node(thread.slug, comment.id))?.bodyHtml).toContain('changed silently');
  });

  it('shows a moderator decision, an edit, an appreciation and a deletion on the next anonymous read', async () => {
    const thread = await ctx.newThread(author, { moderationMode: 'pre' });
    const member = await ctx.newUser();
    const held = await ctx.newComment(member, thread.slug, 'Held until a moderator looks at it.');
    expect(await node(thread.slug, held.id)).toBeUndefined();

    const decided = await ctx.request('POST', `/api/mod/comments/${held.id}/decision`, { as: moderator, body: { action: 'approve', expectedState: 'pending' } });
    expect(decided.statusCode).toBe(200);
    expect((await node(thread.slug, held.id))?.visibility).toBe('published');

    const edited = await ctx.request('PATCH', `/api/comments/${held.id}`, { as: member, body: { body: 'Edited: the trial was in relapsing MS.' } });
    expect(edited.statusCode).toBe(200);
    const afterEdit = await node(thread.slug, held.id);
    // A published edit on a pre-moderated thread may be held again; either way the old text is gone.
    expect(afterEdit?.bodyHtml ?? 'gone from the public page').not.toContain('Held until');

    const reader = await ctx.newUser();
    const visible = await ctx.newComment(member, thread.slug, 'Another one to appreciate.');
    await ctx.request('POST', `/api/mod/comments/${visible.id}/decision`, { as: moderator, body: { action: 'approve', expectedState: 'pending' } });
    expect((await node(thread.slug, visible.id))?.appreciationCount).toBe(0);
    expect((await ctx.request('PUT', `/api/comments/${visible.id}/appreciation`, { as: reader })).statusCode).toBe(200);
    expect((await node(thread.slug, visible.id))?.appreciationCount).toBe(1);

    expect((await ctx.request('DELETE', `/api/comments/${visible.id}`, { as: member })).statusCode).toBe(204);
    expect(await node(thread.slug, visible.id)).toBeUndefined();
  });

  it('shows the signed-in author their held comment, and no one else', async () => {
    const thread = await ctx.newThread(author, { moderationMode: 'pre' });
    const member = await ctx.newUser();
    await read(thread.slug);
    const held = await ctx.newComment(member, thread.slug, 'Waiting for a moderator.');
    expect((await node(thread.slug, held.id, member))?.visibility).toBe('awaiting_moderation');
    expect((await node(thread.slug, held.id, member))?.editableBody).toBe('Waiting for a moderator.');
    expect(await node(thread.slug, held.id, await ctx.newUser())).toBeUndefined();
    expect(await node(thread.slug, held.id)).toBeUndefined();
  });

  it('never shows one viewer’s appreciations or editable bodies to another', async () => {
    const thread = await ctx.newThread(author, { moderationMode: 'post' });
    const [first, second] = [await ctx.newUser(), await ctx.newUser()];
    const theirs = await ctx.newComment(second, thread.slug, 'Second member’s comment.');
    const mine = await ctx.newComment(first, thread.slug, 'First member’s comment.');
    expect((await ctx.request('PUT', `/api/comments/${theirs.id}/appreciation`, { as: first })).statusCode).toBe(200);

    const seenByFirst = flatten((await read(thread.slug, first)).comments);
    expect(seenByFirst.find((n) => n.id === theirs.id)?.appreciatedByMe).toBe(true);
    expect(seenByFirst.find((n) => n.id === mine.id)?.editableBody).toBe('First member’s comment.');
    expect(seenByFirst.find((n) => n.id === theirs.id)?.editableBody).toBeNull();

    for (const viewer of [second, null]) {
      const seen = flatten((await read(thread.slug, viewer)).comments);
      expect(seen.find((n) => n.id === theirs.id)?.appreciatedByMe).toBe(false);
      expect(seen.find((n) => n.id === mine.id)?.editableBody).toBeNull();
      expect(seen.find((n) => n.id === theirs.id)?.editableBody).toBe(viewer ? 'Second member’s comment.' : null);
    }
    expect(flatten((await read(thread.slug, first)).comments).find((n) => n.id === theirs.id)?.appreciatedByMe).toBe(true);
  });
});

describe.skipIf(!testDatabaseUrl)('thread pages cached on two instances (needs TEST_DATABASE_URL: PGlite is one in-process connection)', async () => {
  const ctx = await createTestContext();
  const author = await ctx.newUser('author');

  it('shows a comment posted through one instance in a fresh read on the other within 1 s', async () => {
    const other = await createDb({ kind: 'postgres', url: ctx.database.url! });
    const b = await buildApp({ deps: { ...ctx.deps, db: other.db, threadCache: createThreadCache() } });
    const origin = new URL((await listenOnLoopback(b)).replace(/^ws/, 'http')).origin;
    const readOnB = async (slug: string) => ((await (await fetch(`${origin}/api/threads/${slug}`)).json()) as ThreadWithComments).comments.map((c) => c.id);
    try {
      const thread = await ctx.newThread(author, { moderationMode: 'post' });
      const member = await ctx.newUser();
      const delays: number[] = [];
      for (let i = 0; i < 5; i++) {
        await readOnB(thread.slug);
        const comment = await ctx.newComment(member, thread.slug, `Posted through instance A, number ${i}.`);
        const postedAt = performance.now();
        while (!(await readOnB(thread.slug)).includes(comment.id) && performance.now() - postedAt < 5000) await sleep(5);
        delays.push(performance.now() - postedAt);
      }
      expect(Math.max(...delays), `delays ${delays.map((d) => d.toFixed(0)).join(', ')} ms`).toBeLessThan(1000);
    } finally {
      await b.close();
      await other.close();
    }
  });
});
