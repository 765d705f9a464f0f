/** A W3C Web Annotation TextQuoteSelector: the quoted text plus a little context either side. */
export type QuoteSelector = { type?: 'TextQuoteSelector'; exact: string; prefix?: string; suffix?: string };

export type TextRange = { start: number; end: number };

/** A selector for text.slice(start, end), carrying up to contextChars of context either side. */
export function quoteSelectorFor(text: string, start: number, end: number, contextChars = 32): Required<QuoteSelector> {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    throw new RangeError(`cannot quote ${start}..${end} of a ${text.length}-character text`);
  }
  return {
    type: 'TextQuoteSelector',
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - contextChars), start),
    suffix: text.slice(end, end + contextChars),
  };
}

/**
 * Where the quote sits in the (possibly edited) text, or null when the quoted words are gone.
 * When the words occur more than once, the occurrence whose surroundings best resemble prefix and suffix wins.
 */
export function anchorQuote(text: string, selector: QuoteSelector): TextRange | null {
  const { exact, prefix = '', suffix = '' } = selector;
  let best: { range: TextRange; distance: number } | null = null;
  for (const start of occurrences(text, exact)) {
    const end = start + exact.length;
    const distance =
      editDistance(prefix, text.slice(Math.max(0, start - prefix.length), start)) +
      editDistance(suffix, text.slice(end, end + suffix.length));
    if (!best || distance < best.distance) best = { range: { start, end }, distance };
  }
  return best?.range ?? null;
}

function occurrences(text: string, exact: string): number[] {
  const found: number[] = [];
  if (exact === '') return found;
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) found.push(at);
  return found;
}

/** Levenshtein distance; context strings are short, so the quadratic table is cheap. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
