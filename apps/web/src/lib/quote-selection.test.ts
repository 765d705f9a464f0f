import { describe, expect, it } from 'vitest';
import { alignToSource, selectorFor } from './quote-selection';

describe('quotes from a selection', () => {
  it('drops the spaces a double click or a drag picks up at either edge', () => {
    const text = 'I read it. Fewer than half improved. Then more.';
    const start = text.indexOf(' Fewer');
    const end = text.indexOf('Then');
    expect(selectorFor(text, start, end)).toEqual({ exact: 'Fewer than half improved.', prefix: 'I read it. ', suffix: ' Then more.' });
    expect(selectorFor(text, 3, 3)).toBeNull();
  });

  it('finds the selected words in the Markdown the author typed', () => {
    const source = 'First paragraph ends here.\n\nIt was **very** effective.';
    expect(alignToSource(source, { exact: 'ends here.\nIt was very effective', prefix: '', suffix: '' })).toEqual({
      exact: 'ends here.\n\nIt was **very** effective',
      prefix: 'First paragraph ',
      suffix: '.',
    });
  });

  it('keeps a quote that is already word for word in the source', () => {
    const quote = { exact: 'It was', prefix: 'x', suffix: 'y' };
    expect(alignToSource('It was', quote)).toBe(quote);
  });
});
