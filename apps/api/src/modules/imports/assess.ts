import { routeComment, type ModerationSettings, type Reason } from '@forum/moderation';
import { score, type LearnedCounts } from '@forum/spam';
import type { CommentState as SourceState } from '@forum/importers';
import type { SpamAssessment } from '@forum/contracts';
import { linksIn } from '../../lib/markdown.ts';

type ForumState = 'pending' | 'approved' | 'rejected' | 'spam' | 'hidden' | 'revision';

export type ImportAssessment = { state: ForumState; rule: string; reasons: Reason[]; spam: SpamAssessment };

export type AssessInput = {
  text: string;
  sourceState: SourceState;
  thread: { title: string; body: string };
  parentText: string | null;
  /** The forum's own export carries its moderators' decisions: they are kept, only scored. */
  isTrusted: boolean;
};

/**
 * Blog history was already moderated by its owner, so the holds for new members and for
 * pre-moderation do not apply; the content checks of `auto` do. The author's posting rate is
 * left out: in a page capture hundreds of people share the name "Anonymous".
 */
const HISTORY_AUTHOR = { approvedCount: Number.POSITIVE_INFINITY, isPremoderated: false };

export function assessImported(input: AssessInput, settings: ModerationSettings, learned: LearnedCounts): ImportAssessment {
  const spam = score(
    { text: input.text },
    { thread: input.thread, ...(input.parentText ? { parent: { text: input.parentText } } : {}) },
    learned,
    { thresholds: settings.spamThresholds },
  );
  const kept = keptState(input.sourceState);
  const keep = (rule: string): ImportAssessment => ({ state: kept, rule, reasons: [{ code: rule, detail: `was ${input.sourceState} in the source` }], spam });
  if (input.isTrusted || input.sourceState === 'deleted' || input.sourceState === 'spam') return keep('import.source_state');
  const route = routeComment({ mode: 'auto', text: input.text, links: linksIn(input.text), author: HISTORY_AUTHOR, spam, settings });
  // The filter can only hold back what the source published, never publish what it held.
  if (input.sourceState === 'pending' && route.state === 'approved') return keep('import.source_state');
  return { state: route.state, rule: route.rule, reasons: route.reasons, spam };
}

function keptState(state: SourceState): ForumState {
  return state === 'deleted' ? 'rejected' : state;
}

/** Shown on the tombstone of a comment that was deleted before it came here. */
export const DELETED_AT_SOURCE = 'deleted on the original site';
