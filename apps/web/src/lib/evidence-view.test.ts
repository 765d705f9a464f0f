import { describe, expect, it } from 'vitest';
import type { CommentNode, Me } from '@forum/contracts';
import { askHref, canAsk, canCite, canUncite, citeHref, withoutCiteParams } from './evidence-view';

const user = (id: string, role: Me['role'] = 'member'): Me => ({ id, handle: id, displayName: id, role, email: null, status: 'active', suspendedUntil: null, createdAt: '' });
const comment = (authorId: string, visibility: CommentNode['visibility'] = 'published'): CommentNode => ({
  id: 'c1', parentId: null, depth: 0, author: { id: authorId, handle: authorId, displayName: authorId, role: 'member' }, bodyHtml: '<p>x</p>', editableBody: null, visibility,
  removedReason: null, createdAt: '', editedAt: null, appreciationCount: 0, appreciatedByMe: false, replyCount: 0, descendantCount: 0, moreReplies: 0, citations: [], sourceRequests: [], replies: [],
});

describe('who may cite, ask and remove', () => {
  it('lets a comment’s writer cite on it, even while it awaits moderation, and authors on any published comment', () => {
    expect(canCite(user('ann'), comment('ann', 'awaiting_moderation'))).toBe(true);
    expect(canCite(user('bob'), comment('ann'))).toBe(false);
    expect(canCite(user('eve', 'author'), comment('ann'))).toBe(true);
    expect(canCite(user('eve', 'author'), comment('ann', 'awaiting_moderation'))).toBe(false);
    expect(canCite(null, comment('ann'))).toBe(false);
  });

  it('lets members ask the source on others’ published comments only', () => {
    expect(canAsk(user('bob'), comment('ann'))).toBe(true);
    expect(canAsk(user('ann'), comment('ann'))).toBe(false);
    expect(canAsk(user('bob'), comment('ann', 'removed'))).toBe(false);
  });

  it('shows removing a link to the comment’s writer and moderators', () => {
    expect(canUncite(user('ann'), comment('ann'))).toBe(true);
    expect(canUncite(user('mo', 'moderator'), comment('ann'))).toBe(true);
    expect(canUncite(user('eve', 'author'), comment('ann'))).toBe(false);
  });
});

describe('addresses that open the citation forms', () => {
  it('opens the cite form with the claim and keeps the page’s own parameters', () => {
    const href = citeHref('/t/slug?sort=newest&exact=old', 'c1', { exact: 'Fewer & fewer', prefix: 'a ', suffix: '' });
    const url = new URL(href, 'http://x');
    expect(url.pathname).toBe('/t/slug');
    expect(Object.fromEntries(url.searchParams)).toEqual({ sort: 'newest', cite: 'c1', exact: 'Fewer & fewer', prefix: 'a ' });
    expect(url.hash).toBe('#cite-c1');
  });

  it('opens the ask form instead of the cite form', () => {
    const url = new URL(askHref('/t/slug', 'c1', { exact: 'claim', prefix: '', suffix: '' }), 'http://x');
    expect(url.searchParams.has('cite')).toBe(false);
    expect(url.searchParams.get('ask')).toBe('c1');
    expect(url.hash).toBe('#ask-c1');
  });

  it('drops the form switches from where forms return to', () => {
    expect(withoutCiteParams('/t/slug?sort=newest&cite=c1&exact=x&studyq=m&picked=s')).toBe('/t/slug?sort=newest');
  });
});
