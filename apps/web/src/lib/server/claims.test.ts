import { describe, expect, it } from 'vitest';
import type { CitationTag, SourceRequest } from '@forum/contracts';
import { highlightClaims } from './claims';

const study = { id: 'study-1', shortName: 'Muraro 2017', title: 'Long-term outcomes', journal: 'JAMA Neurology', year: 2017, designLabel: 'cohort study', sampleSize: 281, evidence: null };
const tag = (exact: string, extra: Partial<CitationTag> = {}): CitationTag => ({ id: 'cite-1', stance: 'supports', quote: { exact, prefix: '', suffix: '' }, isOrphaned: false, study, ...extra });
const ask = (exact: string): SourceRequest => ({ id: 'ask-1', commentId: 'c', quote: { exact, prefix: '', suffix: '' }, status: 'open', requestedBy: { id: 'u', handle: 'u', displayName: 'U', role: 'member' }, createdAt: '' });

describe('highlighting cited claims', () => {
  it('marks the quoted sentence and puts its tag after it', () => {
    const html = highlightClaims('<p>I read it. Fewer than half were free of worsening. Then more.</p>', [tag('Fewer than half were free of worsening.')], []);
    expect(html).toBe(
      '<p>I read it. <mark class="claim cited" data-claim="cite-1">Fewer than half were free of worsening.</mark> <a class="cite-tag stance-supports" href="/studies/study-1" data-citation="cite-1">Muraro 2017 · cohort study · n=281 · supports</a> Then more.</p>',
    );
  });

  it('marks a claim that runs through emphasis and a link piece by piece, keeping the HTML well formed', () => {
    const html = highlightClaims('<p>It was <em>very</em> effective in <a href="https://x.org">the trial</a> overall.</p>', [tag('It was *very* effective in the trial')], []);
    expect(html).toBe(
      '<p><mark class="claim cited" data-claim="cite-1">It was </mark><em><mark class="claim cited" data-claim="cite-1">very</mark></em><mark class="claim cited" data-claim="cite-1"> effective in </mark><a href="https://x.org"><mark class="claim cited" data-claim="cite-1">the trial</mark></a> <a class="cite-tag stance-supports" href="/studies/study-1" data-citation="cite-1">Muraro 2017 · cohort study · n=281 · supports</a> overall.</p>',
    );
  });

  it('never puts the tag inside a link the claim ends in', () => {
    const html = highlightClaims('<p>See <a href="https://x.org">the trial report</a>.</p>', [tag('See the trial')], []);
    expect(html).toMatch(/report<\/a> <a class="cite-tag/);
  });

  it('finds quotes with escaped characters and across paragraphs', () => {
    const html = highlightClaims('<p>EDSS &lt; 3 at five years.</p>\n<p>Next one.</p>', [tag('EDSS < 3 at five years.\n\nNext')], []);
    expect(html).toContain('<mark class="claim cited" data-claim="cite-1">EDSS &lt; 3 at five years.</mark></p>');
    expect(html).toContain('<p><mark class="claim cited" data-claim="cite-1">Next</mark> <a class="cite-tag');
  });

  it('picks the repeat the prefix points to', () => {
    const html = highlightClaims('<p>It helps. Later: it helps.</p>', [tag('it helps', { quote: { exact: 'it helps', prefix: 'Later: ', suffix: '' } })], []);
    expect(html).toMatch(/^<p>It helps\. Later: <mark/);
  });

  it('leaves an orphaned or missing quote unmarked', () => {
    const body = '<p>Nothing here.</p>';
    expect(highlightClaims(body, [tag('Nothing here', { isOrphaned: true }), tag('gone words')], [])).toBe(body);
  });

  it('gives two studies cited for one claim one mark and two tags', () => {
    const html = highlightClaims('<p>Claim.</p>', [tag('Claim.'), tag('Claim.', { id: 'cite-2', stance: 'contradicts' })], []);
    expect(html.match(/<mark/g)).toHaveLength(1);
    expect(html).toContain('supports</a> <a class="cite-tag stance-contradicts"');
  });

  it('marks a claim someone asked the source of', () => {
    expect(highlightClaims('<p>Ten years clean.</p>', [], [ask('Ten years clean.')])).toBe('<p><mark class="claim asked" data-claim="ask-1">Ten years clean.</mark> <span class="ask-tag">source requested</span></p>');
  });

  it('writes a study name with markup as text, never as HTML', () => {
    const html = highlightClaims('<p>Claim.</p>', [tag('Claim.', { study: { ...study, id: '"><img src=x>', shortName: '<img src=x onerror=alert(1)>' } })], []);
    expect(html).not.toContain('<img');
    expect(html).toContain('&#60;img src=x onerror=alert(1)&#62;');
  });
});
