import { splitWords } from './tokens.ts';
import type { Reason, RecentComment, ScoringContext } from './types.ts';

const MINUTE = 60_000;
const BURST_WINDOW = 10 * MINUTE;
const SAME_TEXT = 0.8;

function wordSet(text: string): Set<string> {
  return new Set(splitWords(text).filter((w) => w.length >= 3));
}

function overlap(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}

/** The same text (near enough) already posted in other threads. */
export function crossPostReasons(text: string, context: ScoringContext): Reason[] {
  const own = wordSet(text);
  if (own.size < 4) return [];
  const threads = new Set(
    (context.recentComments ?? [])
      .filter((c) => c.threadId !== context.threadId && overlap(own, wordSet(c.text)) >= SAME_TEXT)
      .map((c) => c.threadId),
  );
  if (threads.size === 0) return [];
  const weight = threads.size >= 2 ? 3 : 1.5;
  return [{ code: 'repeat.cross-thread', detail: `same text posted in ${threads.size} other thread(s)`, weight }];
}

function newest(comments: RecentComment[]): number {
  return Math.max(...comments.map((c) => c.createdAt.getTime()));
}

/** Many comments in a few minutes is how bulk posters work. */
export function postingRateReasons(context: ScoringContext): Reason[] {
  const recent = context.recentComments ?? [];
  if (recent.length === 0) return [];
  const now = context.now?.getTime() ?? newest(recent);
  const burst = recent.filter((c) => {
    const age = now - c.createdAt.getTime();
    return age >= 0 && age <= BURST_WINDOW;
  }).length;
  if (burst < 5) return [];
  return [{ code: 'rate.burst', detail: `${burst} comments in the last 10 minutes`, weight: burst >= 10 ? 3 : 1.5 }];
}

/** Established members get some benefit of the doubt; brand-new accounts a little suspicion. */
export function authorReasons(context: ScoringContext): Reason[] {
  const author = context.author;
  if (!author) return [];
  if (author.approvedCount >= 5) {
    return [{ code: 'author.established', detail: `${author.approvedCount} approved comments`, weight: -1.5 }];
  }
  if (author.accountAgeDays < 1 && author.approvedCount === 0) {
    return [{ code: 'author.new', detail: 'account less than a day old, nothing approved yet', weight: 0.5 }];
  }
  return [];
}
