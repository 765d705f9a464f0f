import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { schema } from '@forum/db';
import type { LogEntry, LogPage } from '@forum/contracts';
import { createTestContext, type TestUser } from './context.ts';
import { postFrom, queueItem } from './moderation-helpers.ts';

const ctx = await createTestContext();
const author = await ctx.newUser('author');
const moderator = await ctx.newUser('moderator');
const other = await ctx.newUser('moderator');

function decide(as: TestUser, id: string, body: Record<string, unknown>) {
  return ctx.request('POST', `/api/mod/comments/${id}/decision`, { as, body });
}

async function readLog(query: string): Promise<LogPage> {
  const res = await ctx.request('GET', `/api/mod/log${query}`, { as: moderator });
  expect(res.statusCode).toBe(200);
  return res.json();
}

async function heldComment(text = 'Is fatigue after HSCT normal in the first year?') {
  const thread = await ctx.newThread(author, { moderationMode: 'pre' });
  const comment = await postFrom(ctx, await ctx.newUser(), thread.slug, text);
  return { thread, comment };
}

const threadCount = async (slug: string) => (await ctx.request('GET', `/api/threads/${slug}`)).json().thread.commentCount as number;

describe('moderation decisions', () => {
  it('approves a held comment, publishes it, and logs who, the action and both states', async () => {
    const { thread, comment } = await heldComment();
    const res = await decide(moderator, comment.id, { action: 'approve', note: 'Welcome!', expectedState: 'pending' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: comment.id, state: 'approved' });
    expect(await threadCount(thread.slug)).toBe(1);

    const { entries } = await readLog(`?comment=${comment.id}`);
    expect(entries.map((e) => [e.action, e.fromState, e.toState, e.moderator?.id ?? null])).toEqual([
      ['approve', 'pending', 'approved', moderator.id],
      ['route', null, 'pending', null],
    ]);
    expect(entries[0]!.note).toBe('Welcome!');
    expect(entries[1]).toMatchObject({ rule: 'mode.pre', details: { reasons: [{ code: 'mode.pre' }] } });
  });

  it('rejects only with a reason from the configured list, and leaves a tombstone with that reason', async () => {
    const { comment } = await heldComment('You sound like a jerk, troll');
    const missing = await decide(moderator, comment.id, { action: 'reject', expectedState: 'pending' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors[0].path).toBe('body.reason');
    const unknown = await decide(moderator, comment.id, { action: 'reject', reason: 'I dislike it', expectedState: 'pending' });
    expect(unknown.statusCode).toBe(400);

    const res = await decide(moderator, comment.id, { action: 'reject', reason: 'Personal attack', note: 'Please discuss the argument', expectedState: 'pending' });
    expect(res.json().state).toBe('rejected');
    const [row] = await ctx.db.select().from(schema.comments).where(eq(schema.comments.id, comment.id));
    expect(row!.removedReason).toBe('Personal attack');
    const { entries } = await readLog(`?comment=${comment.id}&action=reject`);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ reason: 'Personal attack', fromState: 'pending', toState: 'rejected' });
  });

  it('gives the second of two simultaneous decisions 409 naming the moderator who decided', async () => {
    const { comment } = await heldComment();
    const [a, b] = await Promise.all([
      decide(moderator, comment.id, { action: 'approve', expectedState: 'pending' }),
      decide(other, comment.id, { action: 'spam', expectedState: 'pending' }),
    ]);
    const statuses = [a.statusCode, b.statusCode].sort();
    expect(statuses).toEqual([200, 409]);
    const [winner, loser] = a.statusCode === 200 ? [moderator, b] : [other, a];
    expect(loser.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(loser.json()).toMatchObject({ code: 'CONFLICT' });
    expect(loser.json().detail).toContain(`@${winner.handle}`);
    const { entries } = await readLog(`?comment=${comment.id}`);
    expect(entries.filter((e) => e.moderator !== null)).toHaveLength(1);
  });

  it('refuses a decision made on a state the moderator no longer sees', async () => {
    const { comment } = await heldComment();
    await decide(moderator, comment.id, { action: 'approve', expectedState: 'pending' });
    const stale = await decide(other, comment.id, { action: 'approve', expectedState: 'pending' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().detail).toMatch(new RegExp(`now approved: @${moderator.handle} decided "approve"`));
  });

  it('refuses a move the rules do not allow, naming the action', async () => {
    const { comment } = await heldComment();
    const res = await decide(moderator, comment.id, { action: 'restore', expectedState: 'pending' });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toMatchObject({ path: 'body.action', message: 'cannot restore a comment that is pending' });
  });

  it('decides many comments at once and reports the one that changed meanwhile', async () => {
    const first = await heldComment();
    const second = await heldComment();
    const third = await heldComment();
    await decide(other, third.comment.id, { action: 'approve', expectedState: 'pending' });
    const res = await ctx.request('POST', '/api/mod/decisions', {
      as: moderator,
      body: { ids: [first.comment.id, second.comment.id, third.comment.id], action: 'spam', expectedState: 'pending' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().results.map((r: { ok: boolean; code?: string }) => r.ok || r.code)).toEqual([true, true, 'CONFLICT']);
    expect((await queueItem(ctx, moderator, first.comment.id, 'spam'))?.comment.state).toBe('spam');
  });

  it('filters the log by moderator, system, action and thread, page by page', async () => {
    const { thread, comment } = await heldComment();
    const next = await postFrom(ctx, await ctx.newUser(), thread.slug, 'Another question for the same thread');
    await decide(other, comment.id, { action: 'approve', expectedState: 'pending' });
    await decide(other, next.id, { action: 'spam', expectedState: 'pending' });

    const byThread = await readLog(`?thread=${thread.id}&limit=3`);
    expect(byThread.entries.map((e) => e.action)).toEqual(['spam', 'approve', 'route']);
    const rest = await readLog(`?thread=${thread.id}&limit=3&cursor=${byThread.nextCursor}`);
    expect(rest.entries.map((e) => e.action)).toEqual(['route']);
    expect(rest.nextCursor).toBeNull();

    const mine = await readLog(`?thread=${thread.id}&moderator=${other.id}&action=spam`);
    expect(mine.entries.map((e: LogEntry) => e.comment.id)).toEqual([next.id]);
    const system = await readLog(`?thread=${thread.id}&moderator=system`);
    expect(system.entries.every((e) => e.action === 'route' && e.rule === 'mode.pre')).toBe(true);
    expect(system.entries).toHaveLength(2);

    const bad = await ctx.request('GET', '/api/mod/log?moderator=someone', { as: moderator });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('querystring.moderator');
  });

  it('learns from spam decisions: a kettle advert scored low is caught after moderators mark three like it', async () => {
    const thread = await ctx.newThread(author, { moderationMode: 'auto' });
    const advert = 'Have a look at the zorblax kettle review https://kettlereviews.example/zorblax-review';
    const before = await postFrom(ctx, await ctx.newUser(), thread.slug, advert);
    const beforeItem = await queueItem(ctx, moderator, before.id);
    expect(beforeItem!.spam!.verdict).toBe('ham');
    expect(beforeItem!.spam!.score).toBeLessThan(0.5);

    const campaign = [
      'The zorblax kettle boils so quietly, see https://kettlereviews.example/zorblax-deal for the deal',
      'Everyone should get a zorblax kettle, https://kettlereviews.example/best-kettle',
      'My zorblax kettle review is up at https://kettlereviews.example/my-review',
    ];
    const routed: string[] = [];
    for (const text of campaign) {
      const held = await postFrom(ctx, await ctx.newUser(), thread.slug, text);
      routed.push(held.state);
      if (held.state === 'spam') continue;
      expect((await decide(moderator, held.id, { action: 'spam', expectedState: held.state })).statusCode).toBe(200);
    }
    // The first advert waited for a human; once taught, the filter catches the rest itself.
    expect(routed[0]).toBe('pending');

    const after = await postFrom(ctx, await ctx.newUser(), thread.slug, advert);
    expect(after.state).toBe('spam');
    const item = await queueItem(ctx, moderator, after.id, 'spam');
    expect(item!.spam!.verdict).toBe('spam');
    expect(item!.spam!.reasons[0]!.code).toBe('vocabulary.spam');
  });

  it('takes back a lesson when a moderator changes their mind, so the text is not counted twice', async () => {
    const counts = async () => (await ctx.db.select().from(schema.spamFeatureCounts).where(eq(schema.spamFeatureCounts.feature, '')))[0] ?? { spam: 0, ham: 0 };
    const { comment } = await heldComment('A gentle walk every morning helped my balance more than anything');
    const start = await counts();
    await decide(moderator, comment.id, { action: 'spam', expectedState: 'pending' });
    expect(await counts()).toMatchObject({ spam: start.spam + 1, ham: start.ham });
    await decide(moderator, comment.id, { action: 'restore', expectedState: 'spam' });
    expect(await counts()).toMatchObject({ spam: start.spam, ham: start.ham + 1 });
  });

  it('takes a decision back with requeue: the comment waits again, unpublished, and the filter forgets the lesson', async () => {
    const counts = async () => (await ctx.db.select().from(schema.spamFeatureCounts).where(eq(schema.spamFeatureCounts.feature, '')))[0] ?? { spam: 0, ham: 0 };
    const { thread, comment } = await heldComment('Cold showers seemed to help my fatigue, oddly');
    const start = await counts();
    await decide(moderator, comment.id, { action: 'approve', expectedState: 'pending' });
    expect(await threadCount(thread.slug)).toBe(1);
    const undo = await decide(moderator, comment.id, { action: 'requeue', expectedState: 'approved' });
    expect(undo.json()).toMatchObject({ id: comment.id, state: 'pending' });
    expect(await threadCount(thread.slug)).toBe(0);
    expect(await counts()).toMatchObject({ spam: start.spam, ham: start.ham });
    expect(await queueItem(ctx, moderator, comment.id)).toBeDefined();

    await decide(moderator, comment.id, { action: 'approve', expectedState: 'pending' });
    expect(await counts()).toMatchObject({ spam: start.spam, ham: start.ham + 1 });
    const { entries } = await readLog(`?comment=${comment.id}`);
    expect(entries.slice(0, 3).map((e) => [e.action, e.fromState, e.toState])).toEqual([
      ['approve', 'pending', 'approved'],
      ['requeue', 'approved', 'pending'],
      ['approve', 'pending', 'approved'],
    ]);
  });
});
