import { describe, expect, it } from 'vitest';
import type { UserHistory } from '@forum/contracts';
import { createTestContext, type TestUser } from './context.ts';
import { postFrom } from './moderation-helpers.ts';

const ctx = await createTestContext();
const author = await ctx.newUser('author');
const moderator = await ctx.newUser('moderator');
const admin = await ctx.newUser('admin');
const open = await ctx.newThread(author, { moderationMode: 'post' });
const held = await ctx.newThread(author, { moderationMode: 'pre' });

const act = (as: TestUser, user: TestUser, what: string, body: unknown = {}) => ctx.request('POST', `/api/mod/users/${user.id}/${what}`, { as, body });
const tryPost = (user: TestUser) => ctx.request('POST', `/api/threads/${open.slug}/comments`, { as: user, body: { body: 'Checking in after my second round' } });

async function history(user: TestUser): Promise<UserHistory> {
  const res = await ctx.request('GET', `/api/mod/users/${user.id}`, { as: moderator });
  expect(res.statusCode).toBe(200);
  return res.json();
}

describe('member sanctions', () => {
  it('bans a member, who then gets 403 on posting, and rejects their pending comments in the same action', async () => {
    const troll = await ctx.newUser();
    const waiting = [await postFrom(ctx, troll, held.slug, 'You are all shills'), await postFrom(ctx, troll, held.slug, 'Trolls, the lot of you')];
    const res = await act(moderator, troll, 'ban', { reason: 'Repeated personal attacks', rejectPending: true });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'banned', rejectedComments: 2 });

    const post = await tryPost(troll);
    expect(post.statusCode).toBe(403);
    expect(post.json().code).toBe('ACCOUNT_RESTRICTED');

    const { comments, actions } = await history(troll);
    expect(comments.map((c) => c.state)).toEqual(['rejected', 'rejected']);
    expect(actions[0]).toMatchObject({ action: 'ban', reason: 'Repeated personal attacks', moderator: { id: moderator.id } });
    const log = (await ctx.request('GET', `/api/mod/log?comment=${waiting[0]!.id}`, { as: moderator })).json();
    expect(log.entries[0]).toMatchObject({ action: 'reject', rule: 'user.ban', reason: 'Account banned', fromState: 'pending', toState: 'rejected' });
  });

  it('suspends until a time, after which the member may post again', async () => {
    const heated = await ctx.newUser();
    const until = new Date(ctx.clock.now.getTime() + 3 * 86_400_000);
    const res = await act(moderator, heated, 'suspend', { until: until.toISOString(), reason: 'Cool off' });
    expect(res.json()).toMatchObject({ status: 'suspended', suspendedUntil: until.toISOString(), rejectedComments: 0 });
    expect((await tryPost(heated)).statusCode).toBe(403);
    ctx.clock.now = new Date(until.getTime() + 1000);
    try {
      expect((await tryPost(heated)).statusCode).toBe(201);
    } finally {
      ctx.clock.now = new Date();
    }
  });

  it('lifts a ban', async () => {
    const member = await ctx.newUser();
    await act(moderator, member, 'ban', { reason: 'Spam account' });
    expect((await act(moderator, member, 'lift', { reason: 'Appeal accepted by email' })).json().status).toBe('active');
    expect((await tryPost(member)).statusCode).toBe(201);
    expect((await history(member)).actions.map((a) => a.action)).toEqual(['lift', 'ban']);
  });

  it('names the field when a suspension ends in the past or has no reason', async () => {
    const member = await ctx.newUser();
    const past = await act(moderator, member, 'suspend', { until: new Date(Date.now() - 1000).toISOString(), reason: 'x' });
    expect(past.statusCode).toBe(400);
    expect(past.json().errors[0].path).toBe('body.until');
    const noReason = await act(moderator, member, 'ban', {});
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors[0].path).toBe('body.reason');
  });

  it('lets an admin but not a moderator ban a moderator, and nobody ban themselves', async () => {
    const colleague = await ctx.newUser('moderator');
    expect((await act(moderator, colleague, 'ban', { reason: 'Disagreement' })).statusCode).toBe(403);
    expect((await act(moderator, moderator, 'ban', { reason: 'Oops' })).statusCode).toBe(403);
    expect((await act(admin, colleague, 'ban', { reason: 'Abuse of powers' })).statusCode).toBe(200);
  });
});

describe('member history', () => {
  it('shows counts, comments, notes and the accounts sharing a fingerprint', async () => {
    const [main, alt, unrelated] = [await ctx.newUser(), await ctx.newUser(), await ctx.newUser()];
    const device = { ip: '192.0.2.10', ua: 'Mozilla/5.0 Shared/1' };
    await postFrom(ctx, main, open.slug, 'Posting from my laptop', device);
    await postFrom(ctx, alt, open.slug, 'I agree with the previous poster', device);
    await postFrom(ctx, unrelated, open.slug, 'Different person entirely', { ip: '192.0.2.11', ua: device.ua });
    const note = await ctx.request('POST', `/api/mod/users/${main.id}/notes`, { as: moderator, body: { body: 'Probably runs the alt account too' } });
    expect(note.statusCode).toBe(204);

    const h = await history(main);
    expect(h.author).toMatchObject({ approvedCount: 1, rejectedCount: 0, spamCount: 0, status: 'active' });
    expect(h.comments).toHaveLength(1);
    expect(h.linkedAccounts).toEqual([{ user: expect.objectContaining({ id: alt.id }), sharedFingerprints: 1 }]);
    expect(h.actions[0]).toMatchObject({ action: 'note', reason: 'Probably runs the alt account too' });

    const empty = await ctx.request('POST', `/api/mod/users/${main.id}/notes`, { as: moderator, body: { body: '  ' } });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().errors[0].path).toBe('body.body');
  });

  it('answers 404 for an unknown user', async () => {
    const res = await ctx.request('GET', '/api/mod/users/00000000-0000-4000-8000-000000000000', { as: moderator });
    expect(res.statusCode).toBe(404);
  });
});
