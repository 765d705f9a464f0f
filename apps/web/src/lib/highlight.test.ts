import { describe, expect, it } from 'vitest';
import { snippetSegments } from './highlight';

describe('snippetSegments', () => {
  it('marks the matched words and keeps the rest as text', () => {
    expect(snippetSegments('after <mark>HSCT</mark> my <mark>EDSS</mark> fell')).toEqual([
      { text: 'after ', isMatch: false },
      { text: 'HSCT', isMatch: true },
      { text: ' my ', isMatch: false },
      { text: 'EDSS', isMatch: true },
      { text: ' fell', isMatch: false },
    ]);
  });

  it('turns escaped markup back into the characters a person typed, never into tags', () => {
    const segments = snippetSegments('&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; <mark>trial</mark> &amp; more');
    expect(segments[0]).toEqual({ text: "<script>alert('x')</script> ", isMatch: false });
    expect(segments.filter((s) => s.isMatch).map((s) => s.text)).toEqual(['trial']);
  });
});
