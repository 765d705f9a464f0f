import { describe, expect, it } from 'vitest';
import { canAppeal, pickAppealModerator } from './appeals.ts';

describe('canAppeal', () => {
  it('allows one appeal of a rejection', () => {
    expect(canAppeal({ state: 'rejected', appealCount: 0 })).toBe(true);
    expect(canAppeal({ state: 'rejected', appealCount: 1 })).toBe(false);
  });

  it('does not allow appeals of other states', () => {
    expect(canAppeal({ state: 'spam', appealCount: 0 })).toBe(false);
    expect(canAppeal({ state: 'revision', appealCount: 0 })).toBe(false);
  });
});

describe('pickAppealModerator', () => {
  it('picks a moderator other than the one who decided', () => {
    expect(pickAppealModerator(['ana', 'ben', 'chloe'], 'ana')).toBe('ben');
  });

  it('falls back to the same moderator when nobody else is available', () => {
    expect(pickAppealModerator(['ana'], 'ana')).toBe('ana');
    expect(pickAppealModerator([], 'ana')).toBe('ana');
  });
});
