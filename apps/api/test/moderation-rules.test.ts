import { describe, expect, it } from 'vitest';
import type { ModerationSettings } from '@forum/contracts';
import { createTestContext } from './context.ts';
import { postFrom, queueItem, withApprovedComments } from './moderation-helpers.ts';

const ctx = await createTestContext();
const author = await ctx.newUser('author');
const moderator = await ctx.newUser('moderator');
const auto = await ctx.newThread(author, { moderationMode: 'auto' });

const member = async (approved: number) => withApprovedComments(ctx, await ctx.newUser(), approved, author);

async function routed(approved: number, text: string, slug = auto.slug) {
  const posted = await postFrom(ctx, await member(approved), slug, text);
  const item = await queueItem(ctx, moderator, posted.id, posted.state);
  return { state: posted.state, rule: item?.routing?.rule, reasons: item?.routing?.reasons ?? [] };
}

async function changeSettings(change: Partial<ModerationSettings>) {
  const current = (await ctx.request('GET', '/api/mod/settings', { as: moderator })).json();
  const res = await ctx.request('PUT', '/api/mod/settings', { as: moderator, body: { ...current, ...change } });
  expect(res.statusCode).toBe(200);
  return current as ModerationSettings;
}

const plain = 'My fatigue improved a lot in the second year after HSCT';

describe('routing in auto mode', () => {
  it('holds a member with fewer than 3 approved comments, and publishes one with 3', async () => {
    expect(await routed(2, plain)).toMatchObject({ state: 'pending', rule: 'auto.new_member' });
    expect(await routed(3, plain)).toMatchObject({ state: 'approved', rule: 'auto.clean' });
  });

  it('holds links from a member with fewer than 10 approved comments, but not from one with 10', async () => {
    const text = 'Our support group meets here https://www.facebook.com/groups/hsct-support';
    const held = await routed(5, text);
    expect(held).toMatchObject({ state: 'pending', rule: 'auto.links_from_new_member' });
    expect(held.reasons[0]!.detail).toContain('facebook.com');
    expect(await routed(10, text)).toMatchObject({ state: 'approved', rule: 'auto.clean' });
  });

  it('never counts research sources as risky links', async () => {
    for (const link of [
      'https://doi.org/10.1001/jama.2019.0175',
      'https://pubmed.ncbi.nlm.nih.gov/30667506/',
      'https://www.ncbi.nlm.nih.gov/pmc/articles/PMC6439700/',
      'https://clinicaltrials.gov/study/NCT00273364',
      'https://www.thelancet.com/journals/laneur/article/PIIS1474-4422(20)30120-6',
    ]) {
      expect(await routed(4, `The trial results are here: ${link}`), link).toMatchObject({ state: 'approved', rule: 'auto.clean' });
    }
  });

  it('follows the journal allowlist in the settings', async () => {
    const link = 'https://journals.example-neuro.org/article/123';
    expect((await routed(4, `New study: ${link}`)).state).toBe('pending');
    const before = await changeSettings({ researchDomains: ['example-neuro.org'] });
    expect((await routed(4, `New study: ${link}`)).state).toBe('approved');
    await changeSettings({ researchDomains: before.researchDomains });
  });

  it('sends a spam score at or above the high threshold to spam, even from an established member', async () => {
    const prophet = 'I want to thank prophet jeremiah omoto for my pregnancy. Contact him on whatsapp +2348012345678 or marcylandtv com';
    const result = await routed(12, prophet);
    expect(result).toMatchObject({ state: 'spam', rule: 'auto.spam_score' });
    expect(result.reasons.map((r) => r.code)).toContain('spam.contact.phone');
  });

  it('holds a spam score between the thresholds', async () => {
    const result = await routed(12, 'Cheap loans helped me pay for HSCT, anyone can apply');
    expect(result).toMatchObject({ state: 'pending', rule: 'auto.suspect_score' });
  });

  it('rejects a banned word and holds a suspect word', async () => {
    const before = await changeSettings({ bannedWords: ['pharma shill'] });
    expect(await routed(12, 'Your neurologist is a Pharma  Shill')).toMatchObject({ state: 'rejected', rule: 'auto.banned_word' });
    await changeSettings({ bannedWords: before.bannedWords });
    const held = await routed(12, 'HSCT was a miracle cure for my walking');
    expect(held).toMatchObject({ state: 'pending', rule: 'auto.suspect_word' });
    expect(held.reasons[0]!.detail).toBe('contains suspect word "miracle cure"');
  });
});

describe('routing in pre and post modes', () => {
  it('holds everything in pre mode, even from an established member', async () => {
    const pre = await ctx.newThread(author, { moderationMode: 'pre' });
    expect(await routed(12, plain, pre.slug)).toMatchObject({ state: 'pending', rule: 'mode.pre' });
  });

  it('publishes everything in post mode, even from a brand-new member with a link', async () => {
    const post = await ctx.newThread(author, { moderationMode: 'post' });
    expect(await routed(0, 'See https://www.change.org/p/fund-hsct', post.slug)).toMatchObject({ state: 'approved', rule: 'mode.post' });
  });
});

describe('moderation settings', () => {
  it('refuses a suspect threshold above the spam threshold, naming the field', async () => {
    const current = (await ctx.request('GET', '/api/mod/settings', { as: moderator })).json();
    const res = await ctx.request('PUT', '/api/mod/settings', { as: moderator, body: { ...current, spamThresholds: { suspect: 0.9, spam: 0.8 } } });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('body.spamThresholds.suspect');
  });

  it('applies new thresholds to the next comment', async () => {
    const text = 'Cheap loans helped me pay for HSCT, anyone can apply';
    const before = await changeSettings({ spamThresholds: { suspect: 0.5, spam: 0.6 } });
    expect((await routed(12, text)).state).toBe('spam');
    await changeSettings({ spamThresholds: before.spamThresholds });
  });
});
