import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS, score } from '../src/index.ts';
import type { ScoringContext } from '../src/index.ts';

const codes = (text: string, context: ScoringContext = {}) => score({ text }, context).reasons.map((r) => r.code);

describe('score', () => {
  it('marks a prophet testimonial with a phone number as spam, naming the phone and the solicitation', () => {
    const text = 'I must thank prophet Adewale for what he did for my sister, after 8 years she is finally pregnant. '
      + 'Anyone who needs help should contact the man of God on +234 805 555 0147 or his email.';
    const result = score({ text }, {});
    expect(result.verdict).toBe('spam');
    const phone = result.reasons.find((r) => r.code === 'contact.phone');
    expect(phone?.detail).toContain('+234 805 555 0147');
    expect(result.reasons.some((r) => r.code === 'solicitation.testimonial')).toBe(true);
  });

  it('keeps a heated patient comment with a PubMed link and a Facebook group link as ham', () => {
    const text = 'With respect, you are cherry picking again. The registry data you quote stops in 2006, the newer '
      + 'cohort is here https://pubmed.ncbi.nlm.nih.gov/28241082/ and hundreds of us compare notes in '
      + 'https://www.facebook.com/groups/hsctworldwide/ - stop calling us trolls for reading the evidence.';
    const result = score({ text }, {});
    expect(result.verdict).toBe('ham');
    expect(result.reasons.some((r) => r.code === 'links.unknown')).toBe(false);
  });

  it('keeps a patient story about treatment abroad as ham', () => {
    const text = 'I had HSCT in Moscow in 2019 with RRMS. Two years on my EDSS is down from 4 to 2.5 and my last '
      + 'three MRIs were stable. The chemo was hard and I still get tired, but I would do it again.';
    expect(score({ text }).verdict).toBe('ham');
  });

  it('does not treat a change.org petition or a DOI as a risky link', () => {
    const text = 'Please sign https://www.change.org/p/fund-hsct-trials and read https://doi.org/10.1001/jama.2019.0001';
    expect(codes(text)).not.toContain('links.unknown');
    expect(codes(text)).toContain('links.research');
  });

  it('flags an SEO link drop dressed as praise', () => {
    const result = score({ text: 'Nice post, very informative! Visit my site for cheap essays https://essay-cheap-help.net' });
    expect(result.verdict).toBe('spam');
    expect(result.reasons.map((r) => r.code)).toEqual(expect.arrayContaining(['solicitation.promotion', 'links.unknown']));
  });

  it('flags a loan offer with a WhatsApp number', () => {
    const result = score({ text: 'Need an urgent loan? We offer loans at 3% interest, WhatsApp +44 7700 900321' });
    expect(result.verdict).toBe('spam');
    expect(result.reasons.map((r) => r.code)).toEqual(expect.arrayContaining(['contact.messenger', 'solicitation.money']));
  });

  it('flags a channel plug', () => {
    expect(score({ text: 'Hey guys check out my channel and subscribe, new videos every day!' }).verdict).not.toBe('ham');
  });

  it('never reaches a spam verdict on vocabulary alone, whatever the text', () => {
    const spammyWords = fc.constantFrom('free', 'cash', 'herbal', 'cure', 'loan', 'bitcoin', 'casino', 'prize', 'dr', 'great', 'contact');
    const text = fc.oneof(fc.string(), fc.array(spammyWords, { maxLength: 40 }).map((w) => w.join(' ')));
    fc.assert(fc.property(text, (t) => {
      const { verdict, reasons } = score({ text: t });
      const otherEvidence = reasons.some((r) => r.weight > 0 && !r.code.startsWith('vocabulary.'));
      expect(verdict !== 'spam' || otherEvidence).toBe(true);
    }));
  });

  it('scores an empty comment as ham', () => {
    expect(score({ text: '' })).toMatchObject({ verdict: 'ham' });
  });

  it('lets moderators move the thresholds', () => {
    const text = 'Check out this video about stem cells';
    const strict = score({ text }, {}, undefined, { thresholds: { suspect: 0.01, spam: 0.02 } });
    expect(DEFAULT_THRESHOLDS).toEqual({ suspect: 0.5, spam: 0.85 });
    expect(strict.verdict).not.toBe('ham');
    expect(score({ text }).verdict).toBe('ham');
  });

  it('gives every reason a readable detail and a finite weight, sorted by strength', () => {
    const { reasons } = score({ text: 'Contact Dr Ofure on whatsapp +2348135550111 for herbal cure of MS, visit drofure dot com' });
    expect(reasons.length).toBeGreaterThan(2);
    for (const r of reasons) {
      expect(r.detail.length).toBeGreaterThan(3);
      expect(Number.isFinite(r.weight)).toBe(true);
    }
    const strengths = reasons.map((r) => Math.abs(r.weight));
    expect(strengths).toEqual([...strengths].sort((a, b) => b - a));
  });
});

describe('thread context', () => {
  const thread = {
    title: 'HSCT for progressive MS: what the registry data show',
    body: 'Transplant outcomes in progressive multiple sclerosis depend on inflammation, age and disability.',
  };

  it('notices a comment that has nothing to do with its thread', () => {
    const text = 'Earn money from home with our trading platform, guaranteed weekly profit and bonus for new investors';
    expect(codes(text, { thread })).toContain('topic.off-thread');
  });

  it('credits a comment that discusses the thread', () => {
    const text = 'The registry outcomes for progressive patients look worse because of age and disability at transplant.';
    expect(codes(text, { thread })).toContain('topic.on-thread');
  });

  it('flags the same text posted in other threads', () => {
    const text = 'Wonderful news for everyone, read the whole story on my page today';
    const recentComments = ['t1', 't2'].map((threadId) => ({ text, threadId, createdAt: new Date('2024-05-01T10:00:00Z') }));
    const reason = score({ text }, { threadId: 't3', recentComments }).reasons.find((r) => r.code === 'repeat.cross-thread');
    expect(reason?.detail).toContain('2 other thread');
  });

  it('flags a burst of comments in a few minutes', () => {
    const now = new Date('2024-05-01T10:10:00Z');
    const recentComments = Array.from({ length: 8 }, (_, i) => ({
      text: `comment ${i}`, threadId: `t${i}`, createdAt: new Date(now.getTime() - i * 60_000),
    }));
    expect(codes('hello', { recentComments, now })).toContain('rate.burst');
  });

  it('gives established members the benefit of the doubt', () => {
    expect(codes('Thanks, reading it now.', { author: { accountAgeDays: 400, approvedCount: 57 } })).toContain('author.established');
  });
});
