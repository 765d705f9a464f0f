import { describe, expect, it } from 'vitest';
import { timeAgo } from './format';

describe('timeAgo', () => {
  const now = new Date('2026-11-23T12:00:00Z');
  it('says just now for the last minute', () => expect(timeAgo('2026-11-23T11:59:30Z', now)).toBe('just now'));
  it('counts hours and days', () => {
    expect(timeAgo('2026-11-23T09:00:00Z', now)).toBe('3 hours ago');
    expect(timeAgo('2026-11-21T12:00:00Z', now)).toBe('2 days ago');
  });
});
