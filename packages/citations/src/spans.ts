export type Span = { start: number; end: number };

/** Where spans overlap, keeps the longest (the earliest on a tie), returned in reading order. */
export function keepLongestSpans<T extends Span>(spans: T[]): T[] {
  const longestFirst = [...spans].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: T[] = [];
  for (const span of longestFirst) {
    if (!kept.some((other) => span.start < other.end && other.start < span.end)) kept.push(span);
  }
  return kept.sort((a, b) => a.start - b.start);
}
