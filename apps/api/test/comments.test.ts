import { describe, expect, it } from 'vitest';
import type { CommentNode } from '@forum/contracts';
import { createTestContext } from './context.ts';

const ctx = await createTestContext();
const author = await ctx.newUser('author');

function flatten(nodes: CommentNode[]): CommentNode[] {
  return nodes.flatMap((n) => [n, ...flatten(n.replies)]);
}

async function readThread(slug: string, as?: Awaited<ReturnType<typeof ctx.newUser>>, query = '') {
  const res = await ctx.request('GET', `/api/threads/${slug}${query}`, { as: as ?? null });
  expect(res.statusCode).toBe(200);
  return res.json() as { comments: CommentNode[]; nextCursor: string | null; thread: { commentCount: number } };
}

describe('threads and nested comments', () => {
  it('accepts replies six levels deep and returns them nested', async () => {
    const thread = await ctx.newThread(author);
    const member = await ctx.newUser();
    let parentId: string | undefined;
    const ids: string[] = [];
    for (let depth = 0; depth <= 6; depth++) {
      const c = await ctx.newComment(member, thread.slug, `Reply at depth ${depth}`, parentId);
      expect(c.visibility).toBe('published');
      ids.push(c.id);
      parentId = c.id;
    }
    const { comments, thread: t } = await readThread(thread.slug);
    let node = comments[0]!;
    for (let depth = 1; depth <= 6; depth++) {
      expect(node.replies).toHaveLength(1);
      node = node.replies[0]!;
      expect(node.depth).toBe(depth);
    }
    expect(node.id).toBe(ids[6]);
    expect(comments[0]!.descendantCount).toBe(6);
    expect(t.commentCount).toBe(7);
  });

  it('orders the tree oldest first, newest first, or most appreciated first', async () => {
    const thread = await ctx.newThread(author);
    const [a, b, c] = [await ctx.newUser(), await ctx.newUser(), await ctx.newUser()];
    const first = await ctx.newComment(a, thread.slug, 'First comment');
    ctx.clock.now = new Date(Date.now() + 1000);
    const second = await ctx.newComment(b, thread.slug, 'Second comment');
    ctx.clock.now = new Date(Date.now() + 2000);
    const third = await ctx.newComment(c, thread.slug, 'Third comment');
    const reply1 = await ctx.newComment(b, thread.slug, 'Early reply', first.id);
    ctx.clock.now = new Date(Date.now() + 3000);
    const reply2 = await ctx.newComment(c, thread.slug, 'Later reply', first.id);
    ctx.clock.now = new Date();
    for (const fan of [a, c]) await ctx.request('PUT', `/api/comments/${second.id}/appreciation`, { as: fan });
    await ctx.request('PUT', `/api/comments/${third.id}/appreciation`, { as: a });

    const ids = (nodes: CommentNode[]) => nodes.map((n) => n.id);
    const oldest = await readThread(thread.slug, undefined, '?sort=oldest');
    expect(ids(oldest.comments)).toEqual([first.id, second.id, third.id]);
    expect(ids(oldest.comments[0]!.replies)).toEqual([reply1.id, reply2.id]);
    const newest = await readThread(thread.slug, undefined, '?sort=newest');
    expect(ids(newest.comments)).toEqual([third.id, second.id, first.id]);
    expect(ids(newest.comments[2]!.replies)).toEqual([reply2.id, reply1.id]);
    const appreciated = await readThread(thread.slug, undefined, '?sort=appreciated');
    expect(ids(appreciated.comments)).toEqual([second.id, third.id, first.id]);
  });

  it('shows a held comment to its author only, marked as awaiting moderation', async () => {
    const thread = await ctx.newThread(author, { moderationMode: 'pre' });
    const writer = await ctx.newUser();
    const other = await ctx.newUser();
    const posted = await ctx.newComment(writer, thread.slug, 'Please check my question about relapse rates');
    expect(posted.state).toBe('pending');
    expect(posted.visibility).toBe('awaiting_moderation');
    const own = flatten((await readThread(thread.slug, writer)).comments);
    expect(own.map((n) => [n.id, n.visibility])).toEqual([[posted.id, 'awaiting_moderation']]);
    expect((await readThread(thread.slug, other)).comments).toEqual([]);
    expect((await readThread(thread.slug)).comments).toEqual([]);
  });

  it('lets an author edit within 15 minutes and marks the comment edited, then refuses', async () => {
    const thread = await ctx.newThread(author);
    const writer = await ctx.newUser();
    const posted = await ctx.newComment(writer, thread.slug, 'Frist thoughts');
    const edit = await ctx.request('PATCH', `/api/comments/${posted.id}`, { as: writer, body: { body: 'First thoughts' } });
    expect(edit.statusCode).toBe(200);
    const node = (await readThread(thread.slug)).comments[0]!;
    expect(node.editedAt).not.toBeNull();
    expect(node.bodyHtml).toContain('First thoughts');

    ctx.clock.now = new Date(Date.now() + 16 * 60 * 1000);
    const late = await ctx.request('PATCH', `/api/comments/${posted.id}`, { as: writer, body: { body: 'Too late' } });
    ctx.clock.now = new Date();
    expect(late.statusCode).toBe(403);
    expect(late.json().code).toBe('EDIT_WINDOW_CLOSED');

    const stranger = await ctx.newUser();
    const foreign = await ctx.request('PATCH', `/api/comments/${posted.id}`, { as: stranger, body: { body: 'Hijack' } });
    expect(foreign.statusCode).toBe(403);
  });

  it('sends the markdown source of a comment to its author only, for editing', async () => {
    const thread = await ctx.newThread(author);
    const writer = await ctx.newUser();
    await ctx.newComment(writer, thread.slug, 'See **this** trial');
    expect((await readThread(thread.slug, writer)).comments[0]!.editableBody).toBe('See **this** trial');
    expect((await readThread(thread.slug, await ctx.newUser())).comments[0]!.editableBody).toBeNull();
    expect((await readThread(thread.slug)).comments[0]!.editableBody).toBeNull();
  });

  it('keeps replies under a [deleted] placeholder when their parent is deleted', async () => {
    const thread = await ctx.newThread(author);
    const [writer, replier] = [await ctx.newUser(), await ctx.newUser()];
    const parent = await ctx.newComment(writer, thread.slug, 'I regret this comment');
    const reply = await ctx.newComment(replier, thread.slug, 'But I answered it', parent.id);
    const lonely = await ctx.newComment(writer, thread.slug, 'Nobody answered this one');
    expect((await ctx.request('DELETE', `/api/comments/${parent.id}`, { as: writer })).statusCode).toBe(204);
    expect((await ctx.request('DELETE', `/api/comments/${lonely.id}`, { as: writer })).statusCode).toBe(204);
    const { comments, thread: t } = await readThread(thread.slug);
    expect(comments).toHaveLength(1);
    expect(comments[0]).toMatchObject({ id: parent.id, visibility: 'deleted', bodyHtml: null, author: null });
    expect(comments[0]!.replies.map((r) => r.id)).toEqual([reply.id]);
    expect(t.commentCount).toBe(1);
  });

  it('counts one appreciation per member per comment', async () => {
    const thread = await ctx.newThread(author);
    const [writer, fan] = [await ctx.newUser(), await ctx.newUser()];
    const posted = await ctx.newComment(writer, thread.slug, 'Appreciate me');
    const once = await ctx.request('PUT', `/api/comments/${posted.id}/appreciation`, { as: fan });
    const twice = await ctx.request('PUT', `/api/comments/${posted.id}/appreciation`, { as: fan });
    expect(once.json()).toEqual({ appreciationCount: 1, appreciatedByMe: true });
    expect(twice.json()).toEqual({ appreciationCount: 1, appreciatedByMe: true });
    const self = await ctx.request('PUT', `/api/comments/${posted.id}/appreciation`, { as: writer });
    expect(self.statusCode).toBe(403);
    const node = (await readThread(thread.slug, fan)).comments[0]!;
    expect(node).toMatchObject({ appreciationCount: 1, appreciatedByMe: true });
    const undone = await ctx.request('DELETE', `/api/comments/${posted.id}/appreciation`, { as: fan });
    expect(undone.json()).toEqual({ appreciationCount: 0, appreciatedByMe: false });
  });

  it('creates one comment for the same Idempotency-Key sent twice', async () => {
    const thread = await ctx.newThread(author);
    const writer = await ctx.newUser();
    const send = () =>
      ctx.request('POST', `/api/threads/${thread.slug}/comments`, { as: writer, headers: { 'idempotency-key': 'retry-123' }, body: { body: 'Posted on a flaky connection' } });
    const [first, second] = await Promise.all([send(), send()]);
    const third = await send();
    expect([first.statusCode, second.statusCode, third.statusCode]).toEqual([201, 201, 201]);
    expect(second.json().id).toBe(first.json().id);
    expect(third.json().id).toBe(first.json().id);
    expect((await readThread(thread.slug)).comments).toHaveLength(1);
    const different = await ctx.request('POST', `/api/threads/${thread.slug}/comments`, { as: writer, headers: { 'idempotency-key': 'retry-123' }, body: { body: 'Something else' } });
    expect(different.statusCode).toBe(409);
  });

  it('finds a comment by a word in it, with the word highlighted', async () => {
    const thread = await ctx.newThread(author);
    const writer = await ctx.newUser();
    const posted = await ctx.newComment(writer, thread.slug, 'My neurologist mentioned cladribine as an alternative.');
    const res = await ctx.request('GET', '/api/search?q=cladribine');
    expect(res.statusCode).toBe(200);
    const hit = res.json().hits.find((h: { commentId: string }) => h.commentId === posted.id);
    expect(hit.snippetHtml).toContain('<mark>cladribine</mark>');
    expect(hit.threadSlug).toBe(thread.slug);
  });

  it('renders a script tag in a comment as text, never as markup', async () => {
    const thread = await ctx.newThread(author);
    const writer = await ctx.newUser();
    await ctx.newComment(writer, thread.slug, '<script>alert(1)</script> and [a link](javascript:alert(2)) and https://pubmed.ncbi.nlm.nih.gov/25711670');
    const html = (await readThread(thread.slug)).comments[0]!.bodyHtml!;
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
    expect(html).not.toContain('href="javascript:');
    expect(html).toContain('rel="nofollow ugc noopener"');
  });

  it('refuses a reply to a comment of another thread, naming parentId', async () => {
    const [one, two] = [await ctx.newThread(author), await ctx.newThread(author)];
    const writer = await ctx.newUser();
    const elsewhere = await ctx.newComment(writer, one.slug, 'In thread one');
    const res = await ctx.request('POST', `/api/threads/${two.slug}/comments`, { as: writer, body: { body: 'Cross reply', parentId: elsewhere.id } });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('body.parentId');
  });

  it('lists threads by recent activity with counts, filters by tag, and pages by cursor', async () => {
    const tagged = await ctx.newThread(author, { tags: ['stem-cells'] });
    const writer = await ctx.newUser();
    ctx.clock.now = new Date(Date.now() + 3_600_000);
    await ctx.newComment(writer, tagged.slug, 'Bumps this thread to the top');
    ctx.clock.now = new Date();
    const list = (await ctx.request('GET', '/api/threads?limit=2')).json();
    expect(list.threads[0].slug).toBe(tagged.slug);
    expect(list.threads[0].commentCount).toBe(1);
    expect(list.nextCursor).toBeTruthy();
    const next = (await ctx.request('GET', `/api/threads?limit=2&cursor=${list.nextCursor}`)).json();
    expect(next.threads.map((t: { slug: string }) => t.slug)).not.toContain(tagged.slug);
    const byTag = (await ctx.request('GET', '/api/threads?tag=stem-cells')).json();
    expect(byTag.threads.map((t: { slug: string }) => t.slug)).toEqual([tagged.slug]);
    const bad = await ctx.request('GET', '/api/threads?cursor=garbage');
    expect(bad.statusCode).toBe(400);
  });

  it('lets only authors and admins start threads', async () => {
    const member = await ctx.newUser();
    const res = await ctx.request('POST', '/api/threads', { as: member, body: { title: 'Not allowed', body: 'x' } });
    expect(res.statusCode).toBe(403);
  });
});
