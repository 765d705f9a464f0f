import type { CitationTag, CommentNode, SourceRequest } from '@forum/contracts';
import { tagText } from '$lib/study-view';

/** A text character of the rendered comment and where it sits in the HTML; -1 for a break between blocks. */
type Char = { ch: string; at: number; end: number };

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
const BLOCK = /^<\/?(p|br|li|ul|ol|blockquote|h[1-6]|pre|hr|div)\b/i;

function decodeEntity(entity: string): string {
  const name = entity.slice(1, -1);
  if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
  if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
  return ENTITIES[name] ?? entity;
}

/** The comment's visible text with every run of white space as one space, mapped back into the HTML. */
function visibleText(html: string): Char[] {
  const chars: Char[] = [];
  const push = (ch: string, at: number, end: number) => {
    const isSpace = /\s/.test(ch);
    if (isSpace && (chars.length === 0 || chars[chars.length - 1]!.ch === ' ')) return;
    chars.push({ ch: isSpace ? ' ' : ch, at, end });
  };
  for (let i = 0; i < html.length; ) {
    if (html[i] === '<') {
      const close = html.indexOf('>', i);
      const end = close === -1 ? html.length : close + 1;
      if (BLOCK.test(html.slice(i, end))) push(' ', -1, -1);
      i = end;
    } else if (html[i] === '&') {
      const entity = /^&(#\d+|#x[0-9a-f]+|[a-z]+);/i.exec(html.slice(i, i + 12));
      const raw = entity ? entity[0] : '&';
      for (const ch of entity ? decodeEntity(raw) : '&') push(ch, i, i + raw.length);
      i += raw.length;
    } else {
      push(html[i]!, i, i + 1);
      i += 1;
    }
  }
  return chars;
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Where the quote shows in the rendered text; the prefix decides between repeats. Markdown marks in the quote are tried without. */
function findQuote(text: string, quote: { exact: string; prefix: string }): { start: number; end: number } | null {
  for (const exact of [squash(quote.exact), squash(quote.exact.replace(/[*_`]+/g, ''))]) {
    if (!exact) continue;
    const starts: number[] = [];
    for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) starts.push(at);
    if (!starts.length) continue;
    const before = squash(quote.prefix).slice(-16);
    const start = starts.find((s) => before && text.slice(0, s).trimEnd().endsWith(before.trimEnd())) ?? starts[0]!;
    return { start, end: start + exact.length };
  }
  return null;
}

/** Just past the claim, but outside any link it ends in (a link cannot hold a link) and its closing inline tags. */
function tagSpot(html: string, at: number): number {
  let spot = at;
  if (html.lastIndexOf('<a ', spot) > html.lastIndexOf('</a>', spot)) {
    const close = html.indexOf('</a>', spot);
    if (close !== -1) spot = close + 4;
  }
  for (let next = /^<\/(a|em|strong|code|b|i|s|del)>/i.exec(html.slice(spot)); next; next = /^<\/(a|em|strong|code|b|i|s|del)>/i.exec(html.slice(spot))) spot += next[0].length;
  return spot;
}

const escape = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

type Claim = { start: number; end: number; id: string; kind: 'cited' | 'asked'; after: string };

/**
 * Highlights each quoted claim in a comment's rendered HTML and puts its tag right after it
 * ("Muraro 2017 · cohort study · n=281 · supports", a link to the study). A claim that spans
 * several elements is marked piece by piece, so the HTML stays well formed. Quotes that cannot be
 * found (orphaned, or hidden by Markdown) are left for the list under the comment.
 */
export function highlightClaims(html: string, citations: CitationTag[], requests: SourceRequest[]): string {
  const chars = visibleText(html);
  const text = chars.map((c) => c.ch).join('');
  const claims: Claim[] = [];
  const place = (quote: { exact: string; prefix: string }, id: string, kind: Claim['kind'], after: string) => {
    const found = findQuote(text, quote);
    if (!found) return;
    const same = claims.find((c) => c.start === found.start && c.end === found.end);
    if (same) same.after += after;
    else if (!claims.some((c) => found.start < c.end && c.start < found.end)) claims.push({ ...found, id, kind, after });
  };
  for (const tag of citations) {
    if (!tag.quote || tag.isOrphaned) continue;
    place(tag.quote, tag.id, 'cited', ` <a class="cite-tag stance-${tag.stance}" href="/studies/${escape(tag.study.id)}" data-citation="${escape(tag.id)}">${escape(tagText(tag))}</a>`);
  }
  for (const request of requests) place(request.quote, request.id, 'asked', ` <span class="ask-tag">source requested</span>`);

  // rank orders what lands on one spot: a closing mark, then a tag, then an opening mark.
  const inserts: Array<{ at: number; html: string; rank: number }> = [];
  for (const claim of claims) {
    const open = `<mark class="claim ${claim.kind}" data-claim="${escape(claim.id)}">`;
    // One mark per stretch of text between tags, so no mark straddles an element boundary.
    let runStart: Char | null = null;
    let previous: Char | null = null;
    const closeRun = () => {
      if (runStart && previous) {
        inserts.push({ at: runStart.at, html: open, rank: 2 }, { at: previous.end, html: '</mark>', rank: 0 });
      }
      runStart = null;
    };
    for (let i = claim.start; i < claim.end; i++) {
      const c = chars[i]!;
      const isContiguous = previous !== null && !html.slice(previous.end, c.at).includes('<');
      if (c.at === -1) {
        closeRun();
        previous = null;
        continue;
      }
      if (!runStart || !isContiguous) {
        closeRun();
        runStart = c;
      }
      previous = c;
    }
    closeRun();
    const last = previous as Char | null;
    if (last) inserts.push({ at: tagSpot(html, last.end), html: claim.after, rank: 1 });
  }
  // From the end backwards, so earlier positions stay valid; on one spot the last to land goes first.
  inserts.sort((a, b) => b.at - a.at || b.rank - a.rank);
  let out = html;
  for (const insert of inserts) out = out.slice(0, insert.at) + insert.html + out.slice(insert.at);
  return out;
}

/** Every comment on the page with its claims highlighted, replies included. */
export function highlightComments(nodes: CommentNode[]): CommentNode[] {
  return nodes.map((node) => ({
    ...node,
    bodyHtml: node.bodyHtml === null ? null : highlightClaims(node.bodyHtml, node.citations, node.sourceRequests),
    replies: highlightComments(node.replies),
  }));
}
