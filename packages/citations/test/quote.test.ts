import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchorQuote, quoteSelectorFor } from '../src/index.ts';

const comment = 'My neuro says HSCT is too risky. Mortality was 2.8% in the older registry data, but it fell later on.';
const quoted = 'Mortality was 2.8%';
const select = (text: string, exact: string) => quoteSelectorFor(text, text.indexOf(exact), text.indexOf(exact) + exact.length);
const slice = (text: string, range: { start: number; end: number } | null) => (range ? text.slice(range.start, range.end) : null);

describe('quoteSelectorFor', () => {
  it('builds a W3C TextQuoteSelector with context either side', () => {
    expect(quoteSelectorFor(comment, 33, 51, 10)).toEqual({
      type: 'TextQuoteSelector',
      exact: quoted,
      prefix: 'oo risky. ',
      suffix: ' in the ol',
    });
  });

  it('takes what context there is at the edges', () => {
    expect(quoteSelectorFor('short', 0, 5)).toEqual({ type: 'TextQuoteSelector', exact: 'short', prefix: '', suffix: '' });
  });

  it.each([
    [-1, 3],
    [3, 3],
    [4, 2],
    [0, 999],
    [0.5, 2],
  ])('refuses the range %d..%d', (start, end) => {
    expect(() => quoteSelectorFor(comment, start, end)).toThrow(RangeError);
  });
});

describe('anchorQuote', () => {
  const selector = select(comment, quoted);

  it('anchors in the unchanged text', () => {
    expect(anchorQuote(comment, selector)).toEqual({ start: 33, end: 51 });
  });

  it('stays anchored when text is added before and after the quote', () => {
    const edited = `EDIT: added a link below.\n\n${comment}\n\nhttps://doi.org/10.1001/jamaneurol.2016.5867`;
    expect(slice(edited, anchorQuote(edited, selector))).toBe(quoted);
  });

  it('stays anchored when the words right next to the quote change', () => {
    const edited = comment.replace('too risky.', 'far too risky!').replace('in the older', 'in the much older');
    expect(slice(edited, anchorQuote(edited, selector))).toBe(quoted);
  });

  it('picks the occurrence whose surroundings match prefix and suffix', () => {
    const text = 'In RRMS the risk was low. In SPMS the risk was low too, they said. In PPMS the risk was low, apparently.';
    const second = text.indexOf('the risk was low', text.indexOf('SPMS'));
    const selector = quoteSelectorFor(text, second, second + 'the risk was low'.length, 12);
    expect(anchorQuote(text, selector)).toEqual({ start: second, end: second + 16 });

    const edited = `Summary first. ${text.replace('In SPMS', 'For SPMS')}`;
    const moved = edited.indexOf('the risk was low', edited.indexOf('SPMS'));
    expect(anchorQuote(edited, selector)).toEqual({ start: moved, end: moved + 16 });
  });

  it('picks the first occurrence when nothing tells them apart', () => {
    expect(anchorQuote('low, low, low', { exact: 'low' })).toEqual({ start: 0, end: 3 });
  });

  it('returns null (orphaned) when the quoted words are gone', () => {
    expect(anchorQuote(comment.replace('2.8%', '3%'), selector)).toBeNull();
    expect(anchorQuote('', selector)).toBeNull();
    expect(anchorQuote(comment, { exact: '' })).toBeNull();
  });

  it('finds every selection again from its own selector', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '.'), minLength: 1, maxLength: 60 });
    const selection = text.chain((t) =>
      fc.tuple(fc.constant(t), fc.nat(t.length - 1)).chain(([t, start]) => fc.tuple(fc.constant(t), fc.constant(start), fc.integer({ min: start + 1, max: t.length }))),
    );
    fc.assert(
      fc.property(selection, ([text, start, end]) => {
        const whole = anchorQuote(text, quoteSelectorFor(text, start, end, text.length));
        const short = anchorQuote(text, quoteSelectorFor(text, start, end));
        return whole?.start === start && whole.end === end && slice(text, short) === text.slice(start, end);
      }),
    );
  });
});
