import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type RouteInput, type SpamResult, routeComment } from './routing.ts';
import { DEFAULT_SETTINGS } from './settings.ts';

const ham: SpamResult = { score: 0.05, verdict: 'ham', reasons: [] };
const settings = { ...DEFAULT_SETTINGS, bannedWords: ['pharma shill'], suspectWords: ['miracle cure'] };

function comment(overrides: Partial<RouteInput> = {}): RouteInput {
  return {
    mode: 'auto',
    text: 'The Mancardi cohort had 74 patients, so the 2.7% mortality figure is not small.',
    links: [],
    author: { approvedCount: 25, isPremoderated: false },
    spam: ham,
    settings,
    ...overrides,
  };
}

describe('routeComment in auto mode', () => {
  it('approves a clean comment from an established member', () => {
    expect(routeComment(comment())).toMatchObject({ state: 'approved', rule: 'auto.clean' });
  });

  it('rejects a banned word and names it', () => {
    const result = routeComment(comment({ text: 'Spoken like a true PHARMA   SHILL' }));
    expect(result).toMatchObject({ state: 'rejected', rule: 'auto.banned_word' });
    expect(result.reasons[0]).toEqual({ code: 'auto.banned_word', detail: 'contains banned word "pharma shill"' });
  });

  it('sends a high spam score to spam with the classifier reasons', () => {
    const spam: SpamResult = {
      score: 0.93,
      verdict: 'spam',
      reasons: [{ code: 'phone_number', detail: 'contains a phone number', weight: 0.4 }],
    };
    const result = routeComment(comment({ spam }));
    expect(result).toMatchObject({ state: 'spam', rule: 'auto.spam_score' });
    expect(result.reasons.map((r) => r.code)).toEqual(['auto.spam_score', 'spam.phone_number']);
  });

  it('checks banned words before the spam score', () => {
    const spam: SpamResult = { score: 0.99, verdict: 'spam', reasons: [] };
    expect(routeComment(comment({ text: 'pharma shill', spam })).rule).toBe('auto.banned_word');
  });

  it('holds a comment from a pre-moderated member', () => {
    const result = routeComment(comment({ author: { approvedCount: 50, isPremoderated: true } }));
    expect(result).toMatchObject({ state: 'pending', rule: 'user.premoderated' });
  });

  it('holds a comment from a member with fewer than 3 approved comments', () => {
    const result = routeComment(comment({ author: { approvedCount: 2, isPremoderated: false } }));
    expect(result).toMatchObject({ state: 'pending', rule: 'auto.new_member' });
    expect(routeComment(comment({ author: { approvedCount: 3, isPremoderated: false } })).state).toBe('approved');
  });

  it('holds risky links from a member with fewer than 10 approved comments', () => {
    const result = routeComment(
      comment({ links: ['https://www.facebook.com/groups/hsct'], author: { approvedCount: 9, isPremoderated: false } }),
    );
    expect(result).toMatchObject({ state: 'pending', rule: 'auto.links_from_new_member' });
    expect(result.reasons[0]?.detail).toContain('www.facebook.com');
  });

  it('trusts the same links from a member with 10 approved comments', () => {
    const links = ['https://www.facebook.com/groups/hsct'];
    expect(routeComment(comment({ links, author: { approvedCount: 10, isPremoderated: false } })).state).toBe(
      'approved',
    );
  });

  it('does not hold research links from a newish member', () => {
    const links = ['https://www.ncbi.nlm.nih.gov/pubmed/22128143', 'https://doi.org/10.1177/1352458511427512'];
    expect(routeComment(comment({ links, author: { approvedCount: 4, isPremoderated: false } })).state).toBe(
      'approved',
    );
  });

  it('holds a lookalike research domain from a newish member', () => {
    const links = ['https://ncbi.nlm.nih.gov.evil.com/pubmed/1'];
    expect(routeComment(comment({ links, author: { approvedCount: 4, isPremoderated: false } })).rule).toBe(
      'auto.links_from_new_member',
    );
  });

  it('holds a spam score between the thresholds', () => {
    const spam: SpamResult = { score: 0.6, verdict: 'suspect', reasons: [] };
    expect(routeComment(comment({ spam }))).toMatchObject({ state: 'pending', rule: 'auto.suspect_score' });
    expect(routeComment(comment({ spam: { ...spam, score: 0.5 } })).rule).toBe('auto.suspect_score');
    expect(routeComment(comment({ spam: { ...spam, score: 0.85, verdict: 'spam' } })).rule).toBe('auto.spam_score');
  });

  it('holds rather than condemns a high score the filter did not call spam (wording alone)', () => {
    const spam: SpamResult = { score: 0.95, verdict: 'suspect', reasons: [{ code: 'vocabulary.spam', detail: 'reads like spam', weight: 4.5 }] };
    expect(routeComment(comment({ spam }))).toMatchObject({ state: 'pending', rule: 'auto.suspect_score' });
  });

  it('holds a suspect word and names it', () => {
    const result = routeComment(comment({ text: 'Stem cells in Mexico were a Miracle  Cure for me' }));
    expect(result).toMatchObject({ state: 'pending', rule: 'auto.suspect_word' });
    expect(result.reasons[0]?.detail).toBe('contains suspect word "miracle cure"');
  });

  it('keeps the reasons of every check that fired, first one deciding', () => {
    const result = routeComment(
      comment({
        text: 'miracle cure, message me',
        links: ['http://example.com'],
        author: { approvedCount: 0, isPremoderated: false },
      }),
    );
    expect(result.rule).toBe('auto.new_member');
    expect(result.reasons.map((r) => r.code)).toEqual([
      'auto.new_member',
      'auto.links_from_new_member',
      'auto.suspect_word',
    ]);
  });

  it('uses the thresholds and counts from settings', () => {
    const strict = { ...settings, spamThresholds: { suspect: 0.1, spam: 0.2 }, newMemberApprovedMin: 30 };
    expect(routeComment(comment({ settings: strict })).rule).toBe('auto.new_member');
    expect(routeComment(comment({ settings: strict, spam: { ...ham, score: 0.3, verdict: 'spam' } })).state).toBe('spam');
  });
});

describe('routeComment in pre and post modes', () => {
  const spam: SpamResult = { score: 0.99, verdict: 'spam', reasons: [] };

  it('holds everything in pre mode', () => {
    expect(routeComment(comment({ mode: 'pre' }))).toMatchObject({ state: 'pending', rule: 'mode.pre' });
    expect(routeComment(comment({ mode: 'pre', text: 'pharma shill', spam })).state).toBe('pending');
  });

  it('publishes everything in post mode, even what auto would stop', () => {
    expect(routeComment(comment({ mode: 'post', text: 'pharma shill', spam }))).toMatchObject({
      state: 'approved',
      rule: 'mode.post',
    });
  });

  it('still holds a pre-moderated member in post mode', () => {
    const author = { approvedCount: 40, isPremoderated: true };
    expect(routeComment(comment({ mode: 'post', author }))).toMatchObject({
      state: 'pending',
      rule: 'user.premoderated',
    });
  });

  it('never approves or removes anything in pre mode', () => {
    fc.assert(
      fc.property(fc.string(), fc.double({ min: 0, max: 1, noNaN: true }), fc.nat(100), (text, score, approved) => {
        const author = { approvedCount: approved, isPremoderated: false };
        const input = comment({ mode: 'pre', text, spam: { ...ham, score }, author });
        return routeComment(input).state === 'pending';
      }),
    );
  });
});
