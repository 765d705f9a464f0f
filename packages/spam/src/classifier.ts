import { CORPUS } from './corpus.ts';
import { addCounts, emptyCounts, learningDelta } from './learning.ts';
import type { LearnedCounts, Reason } from './types.ts';

/**
 * How many sightings a feature needs before its own spam rate outweighs a neutral prior
 * (Robinson's smoothing): a word seen once is weak evidence, however lopsided the classes.
 */
const PRIOR_STRENGTH = 1;
/** A moderator's decision on this forum counts as two written examples: it is local and current. */
const LEARNED_WEIGHT = 2;
/**
 * Vocabulary can lift a comment to `suspect` but never to `spam` by itself:
 * with the -3 base rate, +4.5 gives at most 0.82, under the 0.85 spam threshold.
 */
export const VOCABULARY_MAX = 4.5;
const VOCABULARY_MIN = -2;

let shipped: LearnedCounts | undefined;

/** Counts from the shipped corpus, computed once on first use. */
export function shippedCounts(): LearnedCounts {
  if (!shipped) {
    shipped = emptyCounts();
    for (const { text, label } of CORPUS) addCounts(shipped, learningDelta(text, label));
  }
  return shipped;
}

type Evidence = { feature: string; logRatio: number };

function evidenceFor(features: string[], learned?: LearnedCounts): Evidence[] {
  const base = shippedCounts();
  const spamDocs = Math.max(1, base.spamDocs + LEARNED_WEIGHT * (learned?.spamDocs ?? 0));
  const hamDocs = Math.max(1, base.hamDocs + LEARNED_WEIGHT * (learned?.hamDocs ?? 0));
  const out: Evidence[] = [];
  for (const feature of features) {
    const own = base.tokens.get(feature);
    const extra = learned?.tokens.get(feature);
    const spam = (own?.spam ?? 0) + LEARNED_WEIGHT * (extra?.spam ?? 0);
    const ham = (own?.ham ?? 0) + LEARNED_WEIGHT * (extra?.ham ?? 0);
    if (spam + ham === 0) continue;
    const spamRate = spam / spamDocs;
    const share = spamRate / (spamRate + ham / hamDocs);
    const p = (PRIOR_STRENGTH * 0.5 + (spam + ham) * share) / (PRIOR_STRENGTH + spam + ham);
    out.push({ feature, logRatio: Math.log(p / (1 - p)) });
  }
  return out;
}

function telltaleWords(evidence: Evidence[], sign: 1 | -1): string {
  return evidence
    .filter((e) => e.feature.startsWith('w:') && e.logRatio * sign > 0)
    .sort((a, b) => (b.logRatio - a.logRatio) * sign)
    .slice(0, 4)
    .map((e) => `"${e.feature.slice(2)}"`)
    .join(', ');
}

/** The word model's opinion as a log-odds contribution, bounded so it cannot decide alone. */
export function vocabularyReason(features: string[], learned?: LearnedCounts): Reason | undefined {
  const evidence = evidenceFor(features, learned);
  if (evidence.length === 0) return undefined;
  // A word yields itself, a pair and its 4-letter pieces; these agree with each other, so the
  // naive-Bayes sum is rescaled to count each word's evidence about once.
  const wordCount = features.filter((f) => f.startsWith('w:')).length;
  const total = evidence.reduce((sum, e) => sum + e.logRatio, 0) * (wordCount / features.length);
  const weight = Math.max(VOCABULARY_MIN, Math.min(VOCABULARY_MAX, total));
  const spammy = weight > 0;
  const words = telltaleWords(evidence, spammy ? 1 : -1);
  return {
    code: spammy ? 'vocabulary.spam' : 'vocabulary.ham',
    detail: `${spammy ? 'reads like spam' : 'reads like community discussion'}${words ? `: ${words}` : ''}`,
    weight,
  };
}
