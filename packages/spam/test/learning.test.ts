import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLearner, learningDelta, score, tokensOf } from '../src/index.ts';
import type { LearnedCounts } from '../src/index.ts';
import { VOCABULARY_MAX } from '../src/classifier.ts';

describe('tokensOf', () => {
  it('lists each feature once', () => {
    fc.assert(fc.property(fc.string(), (text) => {
      const tokens = tokensOf(text);
      expect(new Set(tokens).size).toBe(tokens.length);
    }));
  });

  it('sees words, word pairs and pieces of words', () => {
    const tokens = tokensOf('Subscribe to my channel');
    expect(tokens).toEqual(expect.arrayContaining(['w:subscribe', 'b:my channel', 'c:subs']));
  });
});

describe('learningDelta', () => {
  it('adds one document and one count per feature of the label', () => {
    const delta = learningDelta('cheap loans here', 'spam');
    expect([delta.spamDocs, delta.hamDocs]).toEqual([1, 0]);
    expect([...delta.tokens.keys()].sort()).toEqual(tokensOf('cheap loans here').sort());
    expect([...delta.tokens.values()].every((c) => c.spam === 1 && c.ham === 0)).toBe(true);
  });
});

describe('createLearner', () => {
  it('accumulates deltas the way the database upserts them', () => {
    const learner = createLearner();
    learner.apply(learningDelta('cheap loans here', 'spam'));
    learner.learn('cheap seats at the conference', 'ham');
    expect([learner.counts.spamDocs, learner.counts.hamDocs]).toEqual([1, 1]);
    expect(learner.counts.tokens.get('w:cheap')).toEqual({ spam: 1, ham: 1 });
  });
});

describe('learning from moderators', () => {
  const campaign = [
    'Zorblax kettles are the best kettles, zorblax boils water in seconds',
    'Everyone in my street owns a zorblax kettle now, the zorblax kettle is amazing',
    'My zorblax kettle arrived today and it boils water so quietly',
  ];
  const similar = 'The zorblax kettle boils water quietly';

  it('raises the score of text like the spam it was taught', () => {
    const learner = createLearner();
    const before = score({ text: similar }, {}, learner.counts).score;
    for (const text of campaign) learner.learn(text, 'spam');
    expect(score({ text: similar }, {}, learner.counts).score).toBeGreaterThan(before + 0.2);
  });

  it('lowers the score of text like the ham it was taught', () => {
    const learner = createLearner();
    const text = 'Grab a cheap deal on the hotel near the clinic';
    const before = score({ text }, {}, learner.counts).score;
    learner.learn('The hotel near the clinic does a cheap deal for patients', 'ham');
    learner.learn('Cheap hotel deal near the transplant clinic, ask for the patient rate', 'ham');
    expect(score({ text }, {}, learner.counts).score).toBeLessThan(before - 0.2);
  });

  it('needs only the counts of the comment\'s own features, as the API loads them', () => {
    const learner = createLearner();
    for (const text of campaign) learner.learn(text, 'spam');
    learner.learn('Thanks for the post, my MRI is stable', 'ham');
    const wanted = new Set(tokensOf(similar));
    const loaded: LearnedCounts = {
      spamDocs: learner.counts.spamDocs,
      hamDocs: learner.counts.hamDocs,
      tokens: new Map([...learner.counts.tokens].filter(([token]) => wanted.has(token))),
    };
    expect(score({ text: similar }, {}, loaded)).toEqual(score({ text: similar }, {}, learner.counts));
  });

  it('never lets learned vocabulary alone reach a spam verdict', () => {
    const learner = createLearner();
    for (let i = 0; i < 30; i++) learner.learn(`zorblax kettle boils water quietly ${i}`, 'spam');
    const result = score({ text: similar }, {}, learner.counts);
    expect(result.reasons.map((r) => r.code)).toEqual(['vocabulary.spam']);
    expect(result.reasons[0]!.weight).toBeLessThanOrEqual(VOCABULARY_MAX);
    expect(result.verdict).toBe('suspect');
    const lenient = score({ text: similar }, {}, learner.counts, { thresholds: { spam: 0.6 } });
    expect(lenient.verdict).toBe('suspect');
  });
});
