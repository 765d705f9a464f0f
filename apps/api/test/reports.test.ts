import { describe, expect, it } from 'vitest';
import { createTestContext, type TestUser } from './context.ts';
import { postFrom, queueItem, withApprovedComments } from './moderation-helpers.ts';

const ctx = await createTestContext();
const author = await ctx.newUser('author');
const moderator = await ctx.newUser('moderator');
const thread = await ctx.newThread(author, { moderationMode: 'post' });

const published = async (text = 'HSCT is overhyped and the risks are understated') => postFrom(ctx, await ctx.newUser(), thread.slug, text);
const trusted = async () => withApprovedComments(ctx, await ctx.newUser(), 3, author);

function report(as: TestUser, commentId: string, reason: string, note?: string) {
  return ctx.request('POST', `/api/comments/${commentId}/reports`, { as, body: { reason, ...(note ? { note } : {}) } });
}

async function decide(commentId: string, action: string, expectedState: string, reason?: string) {
  const res = await ctx.request('POST', `/api/mod/comments/${commentId}/decision`, { as: moderator, body: { action, expectedState, ...(reason ? { reason } : {}) } });
  expect(res.statusCode).toBe(200);
}

/** A reporter whose earlier reports moderators upheld (or dismissed) `n` times. */
async function reporterWithRecord(n: number, outcome: 'upheld' | 'dismissed') {
  const reporter = await trusted();
  for (let i = 0; i < n; i++) {
    const target = await published(`Another heated remark number ${i}`);
    expect((await report(reporter, target.id, 'incivility')).statusCode).toBe(201);
    if (outcome === 'upheld') await decide(target.id, 'reject', 'approved', 'Personal attack');
    else await decide(target.id, 'dismiss', 'approved');
  }
  return reporter;
}

const commentCount = async () => (await ctx.request('GET', `/api/threads/${thread.slug}`)).json().thread.commentCount as number;

describe('reports', () => {
  it('hides a comment once reports from reporters with a good record weigh 3, and it waits in the reported tab', async () => {
    const reporters = [await reporterWithRecord(1, 'upheld'), await reporterWithRecord(1, 'upheld'), await reporterWithRecord(1, 'upheld')];
    const target = await published('You sound like a jerk, troll');
    const countBefore = await commentCount();
    expect((await report(reporters[0]!, target.id, 'incivility', 'name-calling')).json().commentHidden).toBe(false);
    expect((await report(reporters[1]!, target.id, 'incivility')).json().commentHidden).toBe(false);
    const third = await report(reporters[2]!, target.id, 'other');
    expect(third.statusCode).toBe(201);
    expect(third.json().commentHidden).toBe(true);
    expect(await commentCount()).toBe(countBefore - 1);

    const item = await queueItem(ctx, moderator, target.id, 'reported');
    expect(item!.comment.state).toBe('hidden');
    expect(item!.reports.map((r) => [r.reporter.id, r.reason])).toEqual([
      [reporters[0]!.id, 'incivility'],
      [reporters[1]!.id, 'incivility'],
      [reporters[2]!.id, 'other'],
    ]);
    expect(item!.reports[0]!.note).toBe('name-calling');
    expect(item!.reports[0]!.weight).toBeCloseTo(7 / 6);
    expect(item!.routing).toMatchObject({ rule: 'reports.weight' });
  });

  it('does not let the same number of reports from reporters moderators disagreed with hide a comment', async () => {
    const reporters = [await reporterWithRecord(2, 'dismissed'), await reporterWithRecord(2, 'dismissed'), await reporterWithRecord(2, 'dismissed')];
    const target = await published();
    for (const r of reporters) expect((await report(r, target.id, 'misinformation')).json().commentHidden).toBe(false);
    const item = await queueItem(ctx, moderator, target.id, 'reported');
    expect(item!.comment.state).toBe('approved');
    expect(item!.reports).toHaveLength(3);
  });

  it('lets no number of new accounts hide a comment, though their reports reach the reported tab', async () => {
    const target = await published('Ocrevus worked better for me than HSCT would have');
    for (let i = 0; i < 8; i++) expect((await report(await ctx.newUser(), target.id, 'spam')).json().commentHidden).toBe(false);
    const item = await queueItem(ctx, moderator, target.id, 'reported');
    expect(item!.comment.state).toBe('approved');
    expect(item!.reports).toHaveLength(8);
    expect(item!.reports.every((r) => r.weight === 0)).toBe(true);
  });

  it('keeps "I just disagree" out of the queue', async () => {
    const target = await published('Stem cells are not the answer for progressive MS');
    const res = await report(await trusted(), target.id, 'disagree');
    expect(res.statusCode).toBe(201);
    expect(await queueItem(ctx, moderator, target.id, 'reported')).toBeUndefined();
  });

  it('settles the reports when a moderator restores a hidden comment, and the reporters lose weight', async () => {
    const reporters = [await trusted(), await trusted(), await trusted()];
    const target = await published('Bring back the old forum rules');
    for (const r of reporters) await report(r, target.id, 'off_topic');
    expect((await queueItem(ctx, moderator, target.id, 'reported'))!.comment.state).toBe('hidden');
    await decide(target.id, 'approve', 'hidden');
    expect(await queueItem(ctx, moderator, target.id, 'reported')).toBeUndefined();

    const next = await published('Another opinion on the forum rules');
    await report(reporters[0]!, next.id, 'off_topic');
    expect((await queueItem(ctx, moderator, next.id, 'reported'))!.reports[0]!.weight).toBeCloseTo(0.25 + 1.5 / 3);
  });

  it('takes one report per member, none on their own comment, and names a bad reason', async () => {
    const reporter = await trusted();
    const target = await published();
    expect((await report(reporter, target.id, 'spam')).statusCode).toBe(201);
    expect((await report(reporter, target.id, 'spam')).statusCode).toBe(409);
    const own = await postFrom(ctx, reporter, thread.slug, 'My own words');
    expect((await report(reporter, own.id, 'spam')).statusCode).toBe(403);
    const bad = await report(reporter, target.id, 'boring');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('body.reason');
  });

  it('follows the configured hiding weight', async () => {
    const current = (await ctx.request('GET', '/api/mod/settings', { as: moderator })).json();
    await ctx.request('PUT', '/api/mod/settings', { as: moderator, body: { ...current, reportHideWeight: 1 } });
    const target = await published();
    expect((await report(await trusted(), target.id, 'incivility')).json().commentHidden).toBe(true);
    await ctx.request('PUT', '/api/mod/settings', { as: moderator, body: current });
  });
});
