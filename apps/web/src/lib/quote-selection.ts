import type { Quote } from '@forum/contracts';

const CONTEXT = 32;

/** A TextQuoteSelector for text[start, end), with the white space at either edge of the selection left out. */
export function selectorFor(text: string, start: number, end: number): Quote | null {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (start >= end) return null;
  return { exact: text.slice(start, end), prefix: text.slice(Math.max(0, start - CONTEXT), start), suffix: text.slice(end, end + CONTEXT) };
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The same words as they stand in the comment's Markdown source, which is what the API anchors on:
 * the page shows one line break where the source has a blank line, and hides emphasis marks.
 */
export function alignToSource(source: string, quote: Quote): Quote {
  if (source.includes(quote.exact)) return quote;
  const words = quote.exact.split(/\s+/).filter(Boolean);
  const pattern = new RegExp(words.map((word) => [...word].map(escapeRegExp).join('[*_`]*')).join('[\\s*_`>#-]+'));
  const match = pattern.exec(source);
  if (!match) return quote;
  const start = match.index;
  const end = start + match[0].length;
  return { exact: match[0], prefix: source.slice(Math.max(0, start - CONTEXT), start), suffix: source.slice(end, end + CONTEXT) };
}

/** Tags the page adds after claims are not the comment's words, so they stay out of quotes. */
const ADDED = '.cite-tag, .ask-tag';

function textNodes(root: Node): Text[] {
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest(ADDED) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

/** The selected words of one comment's text as a quote, or null when the selection is empty or leaves it. */
export function quoteFromSelection(body: HTMLElement, selection: Selection | null): Quote | null {
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!body.contains(range.commonAncestorContainer)) return null;
  let text = '';
  let start = -1;
  let end = -1;
  for (const node of textNodes(body)) {
    const from = text.length;
    text += node.data;
    if (start === -1 && range.intersectsNode(node)) start = from + (node === range.startContainer ? range.startOffset : 0);
    if (range.intersectsNode(node)) end = from + (node === range.endContainer ? range.endOffset : node.data.length);
  }
  return start === -1 ? null : selectorFor(text, start, end);
}
