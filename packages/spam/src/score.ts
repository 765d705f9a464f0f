import { vocabularyReason } from './classifier.ts';
import { contactReasons } from './contact.ts';
import { authorReasons, crossPostReasons, postingRateReasons } from './context-signals.ts';
import { linkReasons } from './links.ts';
import { normalize } from './normalize.ts';
import { solicitationReasons } from './solicitation.ts';
import { styleReasons } from './style.ts';
import { featuresOf } from './tokens.ts';
import { topicReasons } from './topic.ts';
import type { Comment, LearnedCounts, Reason, ScoreOptions, ScoreResult, ScoringContext, Thresholds, Verdict } from './types.ts';

export const DEFAULT_THRESHOLDS: Readonly<Thresholds> = Object.freeze({ suspect: 0.5, spam: 0.85 });

/** Log-odds before any evidence: most comments on a patient forum are genuine (about 1 in 20 is spam). */
const BASE_LOG_ODDS = -3;

function signalReasons(clean: string, context: ScoringContext): Reason[] {
  const contacts = contactReasons(clean);
  // A usable phone, email or handle, not a passing mention of WhatsApp.
  const reachable = contacts.some((r) => r.weight >= 2.5);
  return [
    ...contacts,
    ...solicitationReasons(clean, reachable),
    ...linkReasons(clean),
    ...styleReasons(clean),
    ...topicReasons(clean, context),
    ...crossPostReasons(clean, context),
    ...postingRateReasons(context),
    ...authorReasons(context),
  ];
}

/** Log-odds of non-vocabulary evidence a spam verdict needs, so a style cue cannot tip wording over. */
const SPAM_NEEDS_EVIDENCE = 1;

function verdictFor(score: number, reasons: Reason[], thresholds: Thresholds): Verdict {
  // Words alone never condemn a comment, whatever the thresholds: a spam verdict needs other evidence.
  const evidence = reasons
    .filter((r) => !r.code.startsWith('vocabulary.'))
    .reduce((sum, r) => sum + Math.max(0, r.weight), 0);
  if (score >= thresholds.spam && evidence >= SPAM_NEEDS_EVIDENCE) return 'spam';
  return score >= thresholds.suspect ? 'suspect' : 'ham';
}

/**
 * Scores a comment from 0 (genuine) to 1 (spam). Every reason is a log-odds weight; they are
 * summed with the base rate and squashed. `learned` holds the moderators' labels, added to the shipped counts.
 */
export function score(
  comment: Comment,
  context: ScoringContext = {},
  learned?: LearnedCounts,
  options: ScoreOptions = {},
): ScoreResult {
  const clean = normalize(comment.text);
  const vocabulary = vocabularyReason(featuresOf(clean), learned);
  const reasons = [...signalReasons(clean, context), ...(vocabulary ? [vocabulary] : [])]
    .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
  const logOdds = reasons.reduce((sum, r) => sum + r.weight, BASE_LOG_ODDS);
  const value = 1 / (1 + Math.exp(-logOdds));
  const thresholds = { ...DEFAULT_THRESHOLDS, ...options.thresholds };
  return { score: value, verdict: verdictFor(value, reasons, thresholds), reasons };
}
