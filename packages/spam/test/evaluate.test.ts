import { describe, expect, it } from 'vitest';
import { evaluate, metricsOf, parseRows } from '../src/evaluate.ts';
import { parseCsv, smsRows, youtubeRows } from '../src/eval-rows.ts';

describe('metrics', () => {
  it('counts spam verdicts as positive and reports suspects apart', () => {
    const m = metricsOf({ tp: 8, fp: 2, tn: 88, fn: 2, suspectSpam: 1, suspectHam: 3 });
    expect(m.precision).toBeCloseTo(0.8);
    expect(m.recall).toBeCloseTo(0.8);
    expect(m.f1).toBeCloseTo(0.8);
    expect(m.fpr).toBeCloseTo(2 / 90);
  });

  it('scores rows in order and, with learning, feeds each label back after scoring it', () => {
    const rows = parseRows([
      '{"text":"Great news about the trial results","label":"ham"}',
      '{"text":"Contact prophet Ade on +234 805 555 0147, he cured my MS","label":"spam","extra":1}',
    ].join('\n'));
    const { confusion, scored } = evaluate(rows, { learn: true });
    expect(scored.map((s) => s.result.verdict)).toEqual(['ham', 'spam']);
    expect(confusion).toMatchObject({ tp: 1, tn: 1, fp: 0, fn: 0 });
  });

  it('rejects a line without a usable label', () => {
    expect(() => parseRows('{"text":"hi","label":"maybe"}')).toThrow(/label/);
  });
});

describe('converting the public collections', () => {
  it('reads quoted CSV fields with commas, quotes and line breaks', () => {
    expect(parseCsv('a,"b, ""c""\nd",e\nf,g,h\n')).toEqual([['a', 'b, "c"\nd', 'e'], ['f', 'g', 'h']]);
  });

  it('orders YouTube comments by date, leaving undated rows where the file has them', () => {
    const csv = 'COMMENT_ID,AUTHOR,DATE,CONTENT,CLASS\n'
      + '1,a,2014-03-02T00:00:00,late,0\n2,b,,undated,1\n3,c,2014-01-01T00:00:00,early,0\n';
    expect(youtubeRows(csv)).toEqual([
      { text: 'early', label: 'ham' }, { text: 'undated', label: 'spam' }, { text: 'late', label: 'ham' },
    ]);
  });

  it('reads the SMS collection', () => {
    expect(smsRows('ham\tsee you at 5\nspam\tWIN a prize\n')).toEqual([
      { label: 'ham', text: 'see you at 5' }, { label: 'spam', text: 'WIN a prize' },
    ]);
  });
});
