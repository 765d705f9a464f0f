import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canEditComment, slowModeWait } from './timing.ts';

const at = (iso: string) => new Date(iso);

describe('slowModeWait', () => {
  it('lets the first post through', () => {
    expect(slowModeWait(null, at('2024-05-01T10:00:00Z'), 5)).toBe(0);
  });

  it('is off at 0 minutes', () => {
    expect(slowModeWait(at('2024-05-01T10:00:00Z'), at('2024-05-01T10:00:01Z'), 0)).toBe(0);
  });

  it('counts the seconds left, rounding up', () => {
    expect(slowModeWait(at('2024-05-01T10:00:00Z'), at('2024-05-01T10:02:00Z'), 5)).toBe(180);
    expect(slowModeWait(at('2024-05-01T10:00:00Z'), at('2024-05-01T10:04:59.500Z'), 5)).toBe(1);
  });

  it('allows posting once the wait is over', () => {
    expect(slowModeWait(at('2024-05-01T10:00:00Z'), at('2024-05-01T10:05:00Z'), 5)).toBe(0);
  });

  it('never waits longer than the slow mode itself', () => {
    fc.assert(
      fc.property(fc.nat(10_000_000), fc.integer({ min: 1, max: 120 }), (elapsedMs, minutes) => {
        const last = at('2024-05-01T10:00:00Z');
        const wait = slowModeWait(last, new Date(last.getTime() + elapsedMs), minutes);
        return wait >= 0 && wait <= minutes * 60;
      }),
    );
  });
});

describe('canEditComment', () => {
  const created = at('2024-05-01T10:00:00Z');

  it('allows edits for 15 minutes by default', () => {
    expect(canEditComment(created, at('2024-05-01T10:14:59Z'))).toBe(true);
    expect(canEditComment(created, at('2024-05-01T10:15:00Z'))).toBe(false);
  });

  it('takes another window', () => {
    expect(canEditComment(created, at('2024-05-01T10:20:00Z'), 30)).toBe(true);
  });
});
