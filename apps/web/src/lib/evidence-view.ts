import type { CommentNode, Me, Quote, StudySummary } from '@forum/contracts';

/** A suggestion made ready for a one-click form: the words it matched, as a quote of the comment. */
export type CiteSuggestion =
  | { kind: 'known_study'; study: StudySummary; quote: Quote }
  | { kind: 'new_study'; label: string; newStudyHref: string; quote: Quote };

/** The open "Cite a study" form under a comment: the claim, the study search and what it found. */
export type CiteState = { commentId: string; quote: Quote; q: string; studies: StudySummary[]; picked: StudySummary | null };

/** Everything the citation parts of a thread page need, beside the comments themselves. */
export type EvidenceView = {
  citing: CiteState | null;
  asking: { commentId: string; quote: Quote } | null;
  suggestions: Record<string, CiteSuggestion[]>;
  /** Comments the viewer may link a study to, and comments they may ask the source of. */
  citeable: string[];
  askable: string[];
};

/** What a failed citation form sent back; `target` is the comment whose form failed. */
export type EvidenceFormResult = {
  action?: string;
  target?: string;
  values?: Record<string, string>;
  errors?: Record<string, string>;
  message?: string | null;
} | null;

/** The parameters that open the citation forms; they are dropped from the address forms return to. */
export const CITE_PARAMS = ['cite', 'ask', 'studyq', 'picked', 'exact', 'prefix', 'suffix'] as const;

const isShown = (c: CommentNode) => c.bodyHtml !== null && c.visibility !== 'deleted' && c.visibility !== 'removed';

/** Its author may cite on their own comment; authors, moderators and admins on any. */
export function canCite(user: Me | null, c: CommentNode): boolean {
  if (!user || !isShown(c)) return false;
  return c.author?.id === user.id || (user.role !== 'member' && c.visibility === 'published');
}

/** Any member may ask the source of a claim in someone else's published comment. */
export function canAsk(user: Me | null, c: CommentNode): boolean {
  return !!user && isShown(c) && c.visibility === 'published' && c.author?.id !== user.id;
}

/** Who may take a link off: the comment's author and moderators (the API also lets whoever made it). */
export function canUncite(user: Me | null, c: CommentNode): boolean {
  return !!user && (c.author?.id === user.id || user.role === 'moderator' || user.role === 'admin');
}

export function walk(nodes: CommentNode[]): CommentNode[] {
  return nodes.flatMap((node) => [node, ...walk(node.replies)]);
}

/** `?cite=<comment>&exact=…`: the address that opens the cite form under a comment, with the claim filled in. */
export function citeHref(returnTo: string, commentId: string, quote?: Quote | null): string {
  const url = new URL(returnTo, 'http://x');
  for (const key of CITE_PARAMS) url.searchParams.delete(key);
  url.searchParams.set('cite', commentId);
  if (quote) {
    url.searchParams.set('exact', quote.exact);
    if (quote.prefix) url.searchParams.set('prefix', quote.prefix);
    if (quote.suffix) url.searchParams.set('suffix', quote.suffix);
  }
  return `${url.pathname}${url.search}#cite-${commentId}`;
}

export function askHref(returnTo: string, commentId: string, quote: Quote | null): string {
  const url = new URL(citeHref(returnTo, commentId, quote), 'http://x');
  url.searchParams.delete('cite');
  url.searchParams.set('ask', commentId);
  return `${url.pathname}${url.search}#ask-${commentId}`;
}

/** The current address without the switches that only open citation forms. */
export function withoutCiteParams(path: string): string {
  const url = new URL(path, 'http://x');
  for (const key of CITE_PARAMS) url.searchParams.delete(key);
  return `${url.pathname}${url.search}`;
}
