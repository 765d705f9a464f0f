import { riskyLinks } from './links.ts';
import type { ModerationSettings } from './settings.ts';
import type { CommentState } from './states.ts';
import { findListedWord } from './words.ts';

export type ModerationMode = 'pre' | 'post' | 'auto';

export type SpamResult = {
  score: number;
  verdict: 'ham' | 'suspect' | 'spam';
  reasons: Array<{ code: string; detail: string; weight: number }>;
};

export type RouteInput = {
  mode: ModerationMode;
  text: string;
  links: readonly string[];
  author: { approvedCount: number; isPremoderated: boolean };
  spam: SpamResult;
  settings: ModerationSettings;
};

export type RoutingRule =
  | 'mode.pre'
  | 'mode.post'
  | 'user.premoderated'
  | 'auto.banned_word'
  | 'auto.spam_score'
  | 'auto.new_member'
  | 'auto.links_from_new_member'
  | 'auto.suspect_score'
  | 'auto.suspect_word'
  | 'auto.clean';

export type Reason = { code: string; detail: string };

export type Route = {
  state: Extract<CommentState, 'approved' | 'pending' | 'spam' | 'rejected'>;
  rule: RoutingRule;
  reasons: Reason[];
};

/** A check either says where the comment should go and why, or has nothing to say. */
type Check = (input: RouteInput) => Route | null;

const route = (state: Route['state'], rule: RoutingRule, detail: string, extra: Reason[] = []): Route => ({
  state,
  rule,
  reasons: [{ code: rule, detail }, ...extra],
});

const spamReasons = (spam: SpamResult): Reason[] =>
  spam.reasons.map((r) => ({ code: `spam.${r.code}`, detail: r.detail }));

const bannedWord: Check = ({ text, settings }) => {
  const word = findListedWord(text, settings.bannedWords);
  return word === null ? null : route('rejected', 'auto.banned_word', `contains banned word "${word}"`);
};

/**
 * The filter only gives a spam verdict when evidence beyond wording backs the score (a phone
 * number, a solicitation, a link): a high score from vocabulary alone waits for a moderator.
 */
const isSpam = (spam: SpamResult, settings: ModerationSettings) => spam.score >= settings.spamThresholds.spam && spam.verdict === 'spam';

const spamScore: Check = ({ spam, settings }) => {
  if (!isSpam(spam, settings)) return null;
  return route('spam', 'auto.spam_score', `spam score ${spam.score} is at least ${settings.spamThresholds.spam}`, spamReasons(spam));
};

const premoderatedAuthor: Check = ({ author }) =>
  author.isPremoderated ? route('pending', 'user.premoderated', 'author is on pre-moderation') : null;

const newMember: Check = ({ author, settings }) => {
  const min = settings.newMemberApprovedMin;
  if (author.approvedCount >= min) return null;
  return route('pending', 'auto.new_member', `author has ${author.approvedCount} approved comments, fewer than ${min}`);
};

const linksFromNewMember: Check = ({ links, author, settings }) => {
  const min = settings.linkTrustApprovedMin;
  if (author.approvedCount >= min) return null;
  const risky = riskyLinks(links, settings);
  if (risky.length === 0) return null;
  return route(
    'pending',
    'auto.links_from_new_member',
    `links outside research sources (${risky.join(', ')}) from an author with fewer than ${min} approved comments`,
  );
};

const suspectScore: Check = ({ spam, settings }) => {
  const low = settings.spamThresholds.suspect;
  if (spam.score < low || isSpam(spam, settings)) return null;
  return route('pending', 'auto.suspect_score', `spam score ${spam.score} is at least ${low}`, spamReasons(spam));
};

const suspectWord: Check = ({ text, settings }) => {
  const word = findListedWord(text, settings.suspectWords);
  return word === null ? null : route('pending', 'auto.suspect_word', `contains suspect word "${word}"`);
};

type ModeRules = { checks: readonly Check[]; otherwise: () => Route };

const MODES: Record<ModerationMode, ModeRules> = {
  pre: { checks: [], otherwise: () => route('pending', 'mode.pre', 'every comment waits for a moderator') },
  post: {
    checks: [premoderatedAuthor],
    otherwise: () => route('approved', 'mode.post', 'comments are published straight away'),
  },
  auto: {
    checks: [bannedWord, spamScore, premoderatedAuthor, newMember, linksFromNewMember, suspectScore, suspectWord],
    otherwise: () => route('approved', 'auto.clean', 'passed every automatic check'),
  },
};

/**
 * Where a new comment goes. Every check of the mode runs; the first one that fires
 * decides the state and rule, and the reasons of all that fired are kept so the
 * moderator sees every concern at once.
 */
export function routeComment(input: RouteInput): Route {
  const { checks, otherwise } = MODES[input.mode];
  const fired = checks.map((check) => check(input)).filter((r): r is Route => r !== null);
  const [first] = fired;
  if (first === undefined) return otherwise();
  return { ...first, reasons: fired.flatMap((r) => r.reasons) };
}
