import { describe, expect, it } from 'vitest';
import { findListedWord } from './words.ts';

describe('findListedWord', () => {
  it('matches whole words case-insensitively and reports the listed word', () => {
    expect(findListedWord('Contact him on WhatsApp today', ['whatsapp'])).toBe('whatsapp');
  });

  it('does not match inside other words', () => {
    expect(findListedWord('the prophets of doom', ['prophet'])).toBeNull();
    expect(findListedWord('scam', ['cam'])).toBeNull();
  });

  it('matches phrases across any whitespace', () => {
    expect(findListedWord('a spell\n caster helped', ['spell caster'])).toBe('spell caster');
  });

  it('treats listed punctuation literally', () => {
    expect(findListedWord('ask dr. omoto', ['dr.'])).toBe('dr.');
    expect(findListedWord('drx', ['dr.'])).toBeNull();
  });

  it('sees through full-width letters', () => {
    expect(findListedWord('ｗｈａｔｓａｐｐ me', ['whatsapp'])).toBe('whatsapp');
  });

  it('ignores blank entries', () => {
    expect(findListedWord('anything', ['', '  '])).toBeNull();
  });
});
