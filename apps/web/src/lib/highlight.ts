const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

export type Segment = { text: string; isMatch: boolean };

/**
 * Splits the API's escaped snippet with <mark> around matches into plain text segments, so the
 * page renders the highlight itself and never inserts the snippet as HTML.
 */
export function snippetSegments(snippetHtml: string): Segment[] {
  const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity]!);
  const segments: Segment[] = [];
  snippetHtml.split(/(<mark>.*?<\/mark>)/s).forEach((part) => {
    if (!part) return;
    const match = /^<mark>(.*)<\/mark>$/s.exec(part);
    segments.push({ text: decode(match ? match[1]! : part), isMatch: match !== null });
  });
  return segments;
}
