import { describe, expect, it } from 'vitest';
import { contactReasons } from '../src/contact.ts';
import { normalize } from '../src/normalize.ts';

const found = (text: string) => contactReasons(normalize(text)).map((r) => `${r.code}: ${r.detail}`);

describe('contact details', () => {
  it.each([
    ['call +234 803 555 0188 today', '+234 803 555 0188'],
    ['reach me at +1 (555) 014-2233', '+1 (555) 014-2233'],
    ['from the UK dial 00 44 20 7946 0958', '00 44 20 7946 0958'],
    ['text 07700 900123 now', '07700 900123'],
  ])('finds the phone number in %j', (text, number) => {
    expect(found(text)).toContain(`contact.phone: phone number ${number}`);
  });

  it('does not take study identifiers, DOIs or statistics for phone numbers', () => {
    const text = 'NCT01099930, PMID 31347948, doi 10.1016/S0140-6736(16)30169-6, EDSS 6.0 (4.0–7.0), 95% CI 1.0%-4.9%';
    expect(found(text)).toEqual([]);
  });

  it('finds messenger handles', () => {
    expect(found('message him on telegram @herbal_cure_desk').join()).toContain('contact.messenger');
    expect(found('WhatsApp: +233 24 555 0199').join()).toContain('contact.messenger');
  });

  it('only notes a messenger mentioned in passing', () => {
    const weights = contactReasons('our HSCT WhatsApp group is friendly').map((r) => r.weight);
    expect(Math.max(...weights)).toBeLessThan(1);
  });

  it.each([
    ['email drsolomon at gmail dot com', 'contact.email'],
    ['write to healer(at)yahoo(dot)com', 'contact.email'],
    ['plain drsolomon@gmail.com', 'contact.email'],
    ['watch on cureforall com tonight', 'contact.obfuscated-domain'],
    ['go to bestcure dot net', 'contact.obfuscated-domain'],
    ['see example[.]com for prices', 'contact.obfuscated-domain'],
    ['at pimpmyviews. com', 'contact.obfuscated-domain'],
  ])('finds the disguised address in %j', (text, code) => {
    expect(found(text).join()).toContain(code);
  });

  it('reads through styled letters and invisible characters', () => {
    expect(found('𝐖𝐡𝐚𝐭𝐬𝐀𝐩𝐩 +234\u200b 805 555 0147').join()).toContain('contact.phone');
  });

  it('leaves ordinary prose alone', () => {
    expect(found('The dot com bubble burst in 2000. I emailed the clinic and they called me back.')).toEqual([]);
  });
});
