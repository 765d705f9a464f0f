import { describe, expect, it } from 'vitest';
import { createTestContext } from './context.ts';

const ctx = await createTestContext();
const author = await ctx.newUser('author');
const later = (ms: number) => (ctx.clock.now = new Date(ctx.clock.now.getTime() + ms));

describe('a member profile', () => {
  it('shows public fields and only the comments everyone can read, newest first', async () => {
    const member = await ctx.newUser('member', { displayName: 'Petra Profile' });
    const open = await ctx.newThread(author);
    const moderated = await ctx.newThread(author, { moderationMode: 'pre' });
    const first = await ctx.newComment(member, open.slug, 'My first thoughts on the trial.');
    later(1000);
    const held = await ctx.newComment(member, moderated.slug, 'Waiting for a moderator.');
    later(1000);
    const deleted = await ctx.newComment(member, open.slug, 'Something I took back.');
    expect((await ctx.request('DELETE', `/api/comments/${deleted.id}`, { as: member })).statusCode).toBe(204);
    later(1000);
    const second = await ctx.newComment(member, open.slug, 'A **later** thought.');
    expect(held.visibility).toBe('awaiting_moderation');

    const res = await ctx.request('GET', `/api/users/${member.handle}`);
    expect(res.statusCode).toBe(200);
    const profile = res.json();
    expect(profile.user).toEqual({ id: member.id, handle: member.handle, displayName: 'Petra Profile', role: 'member', joinedAt: member.createdAt.toISOString(), publishedCommentCount: 2 });
    expect(profile.comments.map((c: { id: string }) => c.id)).toEqual([second.id, first.id]);
    expect(profile.comments[0]).toMatchObject({ thread: { slug: open.slug, title: open.title }, bodyHtml: expect.stringContaining('<strong>later</strong>') });
    expect(res.body).not.toContain(member.email);
  });

  it('pages through the comments with the cursor it hands out', async () => {
    const member = await ctx.newUser();
    const thread = await ctx.newThread(author);
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      later(1000);
      ids.unshift((await ctx.newComment(member, thread.slug, `Comment ${i}`)).id);
    }
    const first = (await ctx.request('GET', `/api/users/${member.handle}?limit=3`)).json();
    expect(first.comments.map((c: { id: string }) => c.id)).toEqual(ids.slice(0, 3));
    const rest = (await ctx.request('GET', `/api/users/${member.handle}?limit=3&cursor=${first.nextCursor}`)).json();
    expect(rest.comments.map((c: { id: string }) => c.id)).toEqual(ids.slice(3));
    expect(rest.nextCursor).toBeNull();
  });

  it('answers 404 for an unknown handle and 400 naming the field for a malformed one', async () => {
    const missing = await ctx.request('GET', '/api/users/nobody_here');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().code).toBe('NOT_FOUND');
    const malformed = await ctx.request('GET', '/api/users/Not%20A%20Handle');
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().errors[0].path).toMatch('handle');
    const badCursor = await ctx.request('GET', `/api/users/${author.handle}?cursor=nonsense`);
    expect(badCursor.statusCode).toBe(400);
    expect(badCursor.json().errors[0].path).toBe('querystring.cursor');
  });
});
