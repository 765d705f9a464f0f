import { tokensOf } from './tokens.ts';
import type { Label, LearnedCounts } from './types.ts';

export function emptyCounts(): LearnedCounts {
  return { spamDocs: 0, hamDocs: 0, tokens: new Map() };
}

/** What to add to the stored counts when a moderator labels `text`: one document, +1 per feature. */
export function learningDelta(text: string, label: Label): LearnedCounts {
  const isSpam = label === 'spam' ? 1 : 0;
  const tokens = new Map(tokensOf(text).map((token) => [token, { spam: isSpam, ham: 1 - isSpam }]));
  return { spamDocs: isSpam, hamDocs: 1 - isSpam, tokens };
}

/** Adds `delta` into `counts` in place. */
export function addCounts(counts: LearnedCounts, delta: LearnedCounts): void {
  counts.spamDocs += delta.spamDocs;
  counts.hamDocs += delta.hamDocs;
  for (const [token, add] of delta.tokens) {
    const current = counts.tokens.get(token);
    if (current) {
      current.spam += add.spam;
      current.ham += add.ham;
    } else {
      counts.tokens.set(token, { spam: add.spam, ham: add.ham });
    }
  }
}

export type Learner = {
  readonly counts: LearnedCounts;
  /** Adds a delta, e.g. one read back from the database. */
  apply(delta: LearnedCounts): void;
  learn(text: string, label: Label): void;
};

/** Learned counts kept in memory, as the database keeps them for the API. */
export function createLearner(counts: LearnedCounts = emptyCounts()): Learner {
  const apply = (delta: LearnedCounts) => addCounts(counts, delta);
  return { counts, apply, learn: (text, label) => apply(learningDelta(text, label)) };
}
