import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Reporter, REPORT_REASONS, isQueueReport, reporterWeight, shouldHide } from './reports.ts';
import { DEFAULT_SETTINGS as settings } from './settings.ts';

const newAccount: Reporter = { accountAgeDays: 1, approvedCount: 0, upheldReports: 0, dismissedReports: 0 };
const noRecord: Reporter = { accountAgeDays: 400, approvedCount: 40, upheldReports: 0, dismissedReports: 0 };
const reliable: Reporter = { ...noRecord, upheldReports: 8, dismissedReports: 0 };

describe('reporterWeight', () => {
  it('gives new or unproven accounts no weight', () => {
    expect(reporterWeight(newAccount, settings)).toBe(0);
    expect(reporterWeight({ ...reliable, accountAgeDays: 6 }, settings)).toBe(0);
    expect(reporterWeight({ ...reliable, approvedCount: 2 }, settings)).toBe(0);
  });

  it('weighs 1 with no record, up to 1.5 when reliable, towards 0.25 when not', () => {
    expect(reporterWeight(noRecord, settings)).toBe(1);
    expect(reporterWeight(reliable, settings)).toBeCloseTo(1.4);
    expect(reporterWeight({ ...noRecord, dismissedReports: 18 }, settings)).toBeCloseTo(0.325);
  });

  it('stays between 0.25 and 1.5 and grows with upheld reports', () => {
    fc.assert(
      fc.property(fc.nat(1000), fc.nat(1000), (upheld, dismissed) => {
        const r = { ...noRecord, upheldReports: upheld, dismissedReports: dismissed };
        const w = reporterWeight(r, settings);
        const better = reporterWeight({ ...r, upheldReports: upheld + 1 }, settings);
        return w > 0.25 && w < 1.5 && better > w;
      }),
    );
  });
});

describe('shouldHide', () => {
  const reportsFrom = (reporters: Reporter[]) =>
    reporters.map((r) => ({ weight: reporterWeight(r, settings), reason: 'misinformation' as const }));

  it('cannot be reached by three new accounts', () => {
    expect(shouldHide(reportsFrom([newAccount, newAccount, newAccount]), settings)).toBe(false);
  });

  it('is reached by three accounts with good records', () => {
    expect(shouldHide(reportsFrom([reliable, reliable, reliable]), settings)).toBe(true);
    expect(shouldHide(reportsFrom([reliable, reliable]), settings)).toBe(false);
  });

  it('never counts "I just disagree"', () => {
    const disagree = Array.from({ length: 10 }, () => ({ weight: 1.5, reason: 'disagree' as const }));
    expect(shouldHide(disagree, settings)).toBe(false);
  });
});

describe('isQueueReport', () => {
  it('lets every reason but disagree into the queue', () => {
    const queued = REPORT_REASONS.filter(isQueueReport);
    expect(queued).toEqual(['spam', 'incivility', 'misinformation', 'off_topic', 'other']);
    expect(isQueueReport('disagree')).toBe(false);
    expect(isQueueReport('made-up')).toBe(false);
  });
});
