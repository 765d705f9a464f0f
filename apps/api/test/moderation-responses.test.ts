import { describe, expect, it } from 'vitest';
import type { CommentNode, MyComment } from '@forum/contracts';
import { createTestContext, type TestUser } from './context.ts';
import { postFrom, queueItem } from './moderation-helpers.ts';

const ctx = await createTestContext();
const author = await ctx.newUser('author');
const moderator = await ctx.newUser('moderator');
const second = await ctx.newUser('moderator');

const decide = (as: TestUser, id: string, body: Record<string, unknown>) => ctx.request('POST', `/api/mod/comments/${id}/decision`, { as, body });
const post = (as: TestUser, slug: string, body: string, parentId?: string) =>
  ctx.request('POST', `/api/threads/${slug}/comments`, { as, body: { body, ...(parentId ? { parentId } : {}) } });

async function myComment(as: TestUser, id: string): Promise<MyComment> {
  const res = await ctx.request('GET', '/api/me/comments?limit=100', { as });
  expect(res.statusCode).toBe(200);
  return (res.json().comments as MyComment[]).find((c) => c.id === id)!;
}

const flatten = (nodes: CommentNode[]): CommentNode[] => nodes.flatMap((n) => [n, ...flatten(n.replies)]);
const readTree = async (slug: string) => {
  const body = (await ctx.request('GET', `/api/threads/${slug}`)).json();
  return { nodes: flatten(body.comments), count: body.thread.commentCount as number };
};

describe('return for revision', () => {
  it('sends the comment back with a note; the edited comment re-enters the queue', async () => {
    const thread = await ctx.newThread(author, { moderationMode: 'pre' });
    const writer = await ctx.newUser();
    const held = await postFrom(ctx, writer, thread.slug, 'HSCT cures MS, full stop');
    const res = await decide(moderator, held.id, { action: 'revise', note: 'Please add a source for "cures"', expectedState: 'pending' });
    expect(res.json().state).toBe('revision');
    expect(await queueItem(ctx, moderator, held.id)).toBeUndefined();
    expect(await myComment(writer, held.id)).toMatchObject({ state: 'revision', moderation: { action: 'revise', note: 'Please add a source for "cures"' } });

    const edit = await ctx.request('PATCH', `/api/comments/${held.id}`, { as: writer, body: { body: 'HSCT stopped progression for most people in the MIST trial (doi.org/10.1001/jama.2019.0175)' } });
    expect(edit.statusCode).toBe(200);
    expect(edit.json().state).toBe('pending');
    expect((await queueItem(ctx, moderator, held.id))!.comment.body).toContain('MIST trial');
    const log = (await ctx.request('GET', `/api/mod/log?comment=${held.id}`, { as: moderator })).json();
    expect(log.entries[0]).toMatchObject({ action: 'resubmit', fromState: 'revision', toState: 'pending' });
  });

  it('needs a note to return a comment', async () => {
    const thread = await ctx.newThread(author, { moderationMode: 'pre' });
    const held = await postFrom(ctx, await ctx.newUser(), thread.slug, 'Something vague');
    const res = await decide(moderator, held.id, { action: 'revise', expectedState: 'pending' });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('body.note');
  });
});

describe('slow mode', () => {
  it('allows one comment per member every N minutes, answering 429 with the wait', async () => {
    const thread = await ctx.newThread(author);
    const set = await ctx.request('PUT', `/api/mod/threads/${thread.id}/slow-mode`, { as: moderator, body: { minutes: 10 } });
    expect(set.json()).toEqual({ threadId: thread.id, minutes: 10 });
    const member = await ctx.newUser();
    expect((await post(member, thread.slug, 'First thought')).statusCode).toBe(201);
    ctx.clock.now = new Date(ctx.clock.now.getTime() + 4 * 60_000);
    try {
      const again = await post(member, thread.slug, 'Second thought');
      expect(again.statusCode).toBe(429);
      expect(again.headers['retry-after']).toBe('360');
      expect(again.json().detail).toContain('360 seconds');
      expect((await post(await ctx.newUser(), thread.slug, 'Someone else')).statusCode).toBe(201);
      ctx.clock.now = new Date(ctx.clock.now.getTime() + 6 * 60_000);
      expect((await post(member, thread.slug, 'Second thought')).statusCode).toBe(201);
    } finally {
      ctx.clock.now = new Date();
    }
  });
});

describe('warnings', () => {
  it('keeps a warned member from posting until they acknowledge the warning', async () => {
    const thread = await ctx.newThread(author);
    const member = await ctx.newUser();
    const warn = await ctx.request('POST', `/api/mod/users/${member.id}/warn`, { as: moderator, body: { message: 'Calling people trolls breaks rule 2' } });
    expect(warn.statusCode).toBe(201);
    const blocked = await post(member, thread.slug, 'Still here');
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json()).toMatchObject({ code: 'WARNING_UNACKNOWLEDGED' });
    expect(blocked.json().detail).toContain('Calling people trolls breaks rule 2');

    const { warnings } = (await ctx.request('GET', '/api/me/warnings', { as: member })).json();
    expect(warnings.map((w: { id: string }) => w.id)).toEqual([warn.json().id]);
    const stranger = await ctx.request('POST', `/api/me/warnings/${warn.json().id}/ack`, { as: await ctx.newUser() });
    expect(stranger.statusCode).toBe(404);
    expect((await ctx.request('POST', `/api/me/warnings/${warn.json().id}/ack`, { as: member })).statusCode).toBe(204);
    expect((await post(member, thread.slug, 'Understood, sorry')).statusCode).toBe(201);
  });
});

describe('per-member pre-moderation', () => {
  it('holds every comment of one member, even in a thread that publishes straight away', async () => {
    const thread = await ctx.newThread(author, { moderationMode: 'post' });
    const member = await ctx.newUser();
    const on = await ctx.request('PUT', `/api/mod/users/${member.id}/premoderation`, { as: moderator, body: { enabled: true } });
    expect(on.json().isPremoderated).toBe(true);
    const held = await postFrom(ctx, member, thread.slug, 'My view on the trial');
    expect(held.state).toBe('pending');
    expect((await queueItem(ctx, moderator, held.id))!.routing!.rule).toBe('user.premoderated');
    await ctx.request('PUT', `/api/mod/users/${member.id}/premoderation`, { as: moderator, body: { enabled: false } });
    expect((await postFrom(ctx, member, thread.slug, 'And another')).state).toBe('approved');
  });
});

describe('sub-thread actions and tombstones', () => {
  async function heatedSubthread() {
    const thread = await ctx.newThread(author);
    const [a, b] = [await ctx.newUser(), await ctx.newUser()];
    const root = await postFrom(ctx, a, thread.slug, 'You are a troll');
    const reply = await postFrom(ctx, b, thread.slug, 'No, you are', { parentId: root.id });
    const deeper = await postFrom(ctx, a, thread.slug, 'Jerk', { parentId: reply.id });
    const calm = await postFrom(ctx, b, thread.slug, 'Back on topic: any news on the Swedish trial?');
    return { thread, a, b, root, reply, deeper, calm };
  }

  it('locks a sub-thread against new replies anywhere under its root, and unlocks it', async () => {
    const { thread, b, root, deeper, calm } = await heatedSubthread();
    const lock = await ctx.request('POST', `/api/mod/comments/${root.id}/subthread`, { as: moderator, body: { action: 'lock', reason: 'Cooling off' } });
    expect(lock.json()).toMatchObject({ locked: true, changed: 1 });
    const refused = await post(b, thread.slug, 'One more jab', deeper.id);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().detail).toMatch(/locked/);
    expect((await post(b, thread.slug, 'Elsewhere is fine', calm.id)).statusCode).toBe(201);
    await ctx.request('POST', `/api/mod/comments/${root.id}/subthread`, { as: moderator, body: { action: 'unlock' } });
    expect((await post(b, thread.slug, 'Sorry everyone', deeper.id)).statusCode).toBe(201);
  });

  it('hides a whole sub-thread from its root, or moves it back to pending, logging each comment', async () => {
    const { thread, root, reply, deeper, calm } = await heatedSubthread();
    const hide = await ctx.request('POST', `/api/mod/comments/${root.id}/subthread`, { as: moderator, body: { action: 'hide' } });
    expect(hide.json().changed).toBe(3);
    const { nodes, count } = await readTree(thread.slug);
    expect(nodes.map((n) => n.id)).toEqual([calm.id]);
    expect(count).toBe(1);

    const hold = await ctx.request('POST', `/api/mod/comments/${root.id}/subthread`, { as: moderator, body: { action: 'pending' } });
    expect(hold.json().changed).toBe(3);
    for (const id of [root.id, reply.id, deeper.id]) expect((await queueItem(ctx, moderator, id))?.comment.state).toBe('pending');
    const log = (await ctx.request('GET', `/api/mod/log?comment=${deeper.id}`, { as: moderator })).json();
    expect(log.entries.slice(0, 2).map((e: { action: string; rule: string }) => [e.action, e.rule])).toEqual([
      ['hold', 'subthread.pending'],
      ['hide', 'subthread.hide'],
    ]);
  });

  it('leaves a tombstone with the reason in place of a rejected comment, keeping its replies', async () => {
    const { thread, root, reply } = await heatedSubthread();
    await decide(moderator, root.id, { action: 'reject', reason: 'Personal attack', expectedState: 'approved' });
    const { nodes } = await readTree(thread.slug);
    const tombstone = nodes.find((n) => n.id === root.id)!;
    expect(tombstone).toMatchObject({ visibility: 'removed', removedReason: 'removed by a moderator: Personal attack', bodyHtml: null, author: null });
    expect(tombstone.replies.map((r) => r.id)).toEqual([reply.id]);
  });
});

describe('appeals', () => {
  it('takes one appeal per rejection and routes it to a moderator who did not reject it', async () => {
    const thread = await ctx.newThread(author, { moderationMode: 'pre' });
    const writer = await ctx.newUser();
    const held = await postFrom(ctx, writer, thread.slug, 'My neurologist is wrong about HSCT');
    await decide(moderator, held.id, { action: 'reject', reason: 'Medical misinformation', note: 'Needs a source', expectedState: 'pending' });
    expect(await myComment(writer, held.id)).toMatchObject({ state: 'rejected', canAppeal: true, moderation: { reason: 'Medical misinformation', note: 'Needs a source' } });

    const notMine = await ctx.request('POST', `/api/comments/${held.id}/appeal`, { as: await ctx.newUser(), body: { note: 'Me too' } });
    expect(notMine.statusCode).toBe(403);
    const appeal = await ctx.request('POST', `/api/comments/${held.id}/appeal`, { as: writer, body: { note: 'It was my own experience, not advice' } });
    expect(appeal.statusCode).toBe(201);
    expect(appeal.json().assignedTo.id).toBe(second.id);
    const again = await ctx.request('POST', `/api/comments/${held.id}/appeal`, { as: writer, body: { note: 'Please' } });
    expect(again.statusCode).toBe(409);

    const theirs = (await ctx.request('GET', '/api/mod/appeals', { as: second })).json().appeals.map((a: { id: string }) => a.id);
    const mine = (await ctx.request('GET', '/api/mod/appeals', { as: moderator })).json().appeals.map((a: { id: string }) => a.id);
    expect(theirs).toContain(appeal.json().id);
    expect(mine).not.toContain(appeal.json().id);
    const everyone = (await ctx.request('GET', '/api/mod/appeals?all=true', { as: moderator })).json().appeals.map((a: { id: string }) => a.id);
    expect(everyone).toContain(appeal.json().id);
    const byRejecter = await ctx.request('POST', `/api/mod/appeals/${appeal.json().id}/decision`, { as: moderator, body: { outcome: 'granted' } });
    expect(byRejecter.statusCode).toBe(403);

    const granted = await ctx.request('POST', `/api/mod/appeals/${appeal.json().id}/decision`, { as: second, body: { outcome: 'granted', note: 'Fair: it is framed as experience' } });
    expect(granted.json()).toMatchObject({ outcome: 'granted', comment: { state: 'approved' } });
    expect(await myComment(writer, held.id)).toMatchObject({ state: 'approved', canAppeal: false, appeal: { outcome: 'granted' }, moderation: { action: 'restore', note: 'Fair: it is framed as experience' } });
  });

  it('refuses an appeal of a comment that was not rejected', async () => {
    const thread = await ctx.newThread(author);
    const writer = await ctx.newUser();
    const published = await postFrom(ctx, writer, thread.slug, 'Published fine');
    const res = await ctx.request('POST', `/api/comments/${published.id}/appeal`, { as: writer, body: { note: 'Why?' } });
    expect(res.statusCode).toBe(409);
  });
});

describe('the author\'s activity', () => {
  it('lists the author\'s comments with their states and counts "I just disagree" for them alone', async () => {
    const thread = await ctx.newThread(author);
    const writer = await ctx.newUser();
    const published = await postFrom(ctx, writer, thread.slug, 'An unpopular opinion about Ocrevus');
    for (let i = 0; i < 2; i++) await ctx.request('POST', `/api/comments/${published.id}/reports`, { as: await ctx.newUser(), body: { reason: 'disagree' } });
    expect(await myComment(writer, published.id)).toMatchObject({ state: 'approved', disagreeCount: 2, moderation: null, thread: { slug: thread.slug } });
    expect(await queueItem(ctx, moderator, published.id, 'reported')).toBeUndefined();
    const other = await ctx.request('GET', '/api/me/comments', { as: await ctx.newUser() });
    expect(other.json().comments).toEqual([]);
  });
});
