import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '@forum/db';
import { createTestContext } from './context.ts';
import { postFrom, queueItem, readQueue } from './moderation-helpers.ts';

const ctx = await createTestContext();
const author = await ctx.newUser('author');
const moderator = await ctx.newUser('moderator');

describe('moderation queue', () => {
  it('lists held comments oldest first with thread, parent, author history and spam reasons, page by page', async () => {
    const thread = await ctx.newThread(author, { title: 'Relapse after HSCT in Moscow' });
    const writer = await ctx.newUser();
    const parent = await postFrom(ctx, author, thread.slug, 'Has anyone had a relapse two years after?');
    await ctx.request('PATCH', `/api/threads/${thread.slug}`, { as: author, body: { moderationMode: 'pre' } });
    const ids: string[] = [];
    for (let i = 1; i <= 3; i++) {
      ctx.clock.now = new Date(Date.now() + i * 1000);
      ids.push((await postFrom(ctx, writer, thread.slug, `Reply number ${i} about my own relapse`, { parentId: parent.id })).id);
    }
    ctx.clock.now = new Date();

    const first = await readQueue(ctx, moderator, `?state=pending&thread=${thread.id}&limit=2`);
    const second = await readQueue(ctx, moderator, `?state=pending&thread=${thread.id}&limit=2&cursor=${first.nextCursor}`);
    expect([...first.items, ...second.items].map((i) => i.comment.id)).toEqual(ids);
    expect(second.nextCursor).toBeNull();

    const reply = second.items.at(-1)!;
    expect(reply.thread.title).toBe('Relapse after HSCT in Moscow');
    expect(reply.parent).toMatchObject({ id: parent.id, author: { id: author.id } });
    expect(reply.parent!.bodyHtml).toContain('relapse two years after');
    expect(reply.author).toMatchObject({ user: { id: writer.id }, accountAgeDays: 0, approvedCount: 0, rejectedCount: 0, spamCount: 0, status: 'active' });
    expect(reply.spam).toMatchObject({ verdict: 'ham' });
    expect(reply.routing).toMatchObject({ rule: 'mode.pre' });
    expect(reply.routing!.reasons[0]!.detail).toMatch(/waits for a moderator/);
  });

  it('shows the spam score with reasons naming the phone number on the prophet post', async () => {
    const thread = await ctx.newThread(author, { moderationMode: 'auto' });
    const spammer = await ctx.newUser();
    const posted = await postFrom(ctx, spammer, thread.slug, 'I want to thank prophet jeremiah omoto for my pregnancy after years of trying. Contact him on whatsapp +2348012345678 or visit marcylandtv com, he will help you too');
    expect(posted.state).toBe('spam');
    const item = await queueItem(ctx, moderator, posted.id, 'spam');
    expect(item!.spam!.verdict).toBe('spam');
    expect(item!.spam!.reasons.map((r) => r.code).join(' ')).toMatch(/phone/);
    expect(item!.routing!.rule).toBe('auto.spam_score');
  });

  it('links two accounts posting from the same address and browser, storing only a keyed hash', async () => {
    const thread = await ctx.newThread(author, { moderationMode: 'pre' });
    const [sock, puppet, stranger] = [await ctx.newUser(), await ctx.newUser(), await ctx.newUser()];
    const device = { ip: '203.0.113.77', ua: 'Mozilla/5.0 (X11; Linux) SockBrowser/1' };
    const a = await postFrom(ctx, sock, thread.slug, 'HSCT is the only real option, everyone knows it', device);
    const b = await postFrom(ctx, puppet, thread.slug, 'I agree completely, HSCT is the only option', device);
    const c = await postFrom(ctx, stranger, thread.slug, 'I am not so sure, my neurologist disagrees', { ip: '203.0.113.78', ua: device.ua });

    expect((await queueItem(ctx, moderator, a.id))!.alsoPostsAs.map((u) => u.id)).toEqual([puppet.id]);
    expect((await queueItem(ctx, moderator, b.id))!.alsoPostsAs.map((u) => u.id)).toEqual([sock.id]);
    expect((await queueItem(ctx, moderator, c.id))!.alsoPostsAs).toEqual([]);
    const raw = await queryRows<{ n: number }>(ctx.db, sql`select count(*)::int as n from comments where fingerprint like '%203.0.113%'`);
    expect(raw[0]!.n).toBe(0);
  });

  it('counts each tab', async () => {
    const before = (await ctx.request('GET', '/api/mod/queue/counts', { as: moderator })).json();
    const thread = await ctx.newThread(author, { moderationMode: 'pre' });
    await postFrom(ctx, await ctx.newUser(), thread.slug, 'One more question for the queue');
    const after = (await ctx.request('GET', '/api/mod/queue/counts', { as: moderator })).json();
    expect(after.pending).toBe(before.pending + 1);
    expect(Object.keys(after).sort()).toEqual(['approved', 'pending', 'rejected', 'reported', 'spam']);
  });

  it('refuses a cursor it did not issue, naming the field', async () => {
    const res = await ctx.request('GET', '/api/mod/queue?cursor=bogus', { as: moderator });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('querystring.cursor');
  });

  it('does not answer a member', async () => {
    const res = await ctx.request('GET', '/api/mod/queue', { as: await ctx.newUser() });
    expect(res.statusCode).toBe(403);
  });
});
