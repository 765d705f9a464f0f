import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, parseRows } from '../src/evaluate.ts';
import { score } from '../src/index.ts';

const repoRoot = resolve(import.meta.dirname, '../../..');
const seedFile = resolve(repoRoot, '../shared/data/spam/seed-comments.jsonl');
const present = existsSync(seedFile);
const skipped = present ? '' : ' (skipped: ../shared/data absent)';

type SeedComment = { file: string; index: number; text: string; label: 'spam' | 'ham' };
const seeds = (): SeedComment[] => readFileSync(seedFile, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as SeedComment);

describe('the captured blog threads', () => {
  it.skipIf(!present)(`flags no legitimate comment as spam and at most 3 as suspect, without learning${skipped}`, () => {
    const { confusion } = evaluate(parseRows(readFileSync(seedFile, 'utf8')));
    expect(confusion.fp).toBe(0);
    expect(confusion.suspectHam).toBeLessThanOrEqual(3);
  });

  it.skipIf(!present)(`marks the prophet comment (000_…, #13) as spam, naming the phone and the solicitation${skipped}`, () => {
    const prophet = seeds().find((c) => c.file.startsWith('000_') && c.index === 13)!;
    const result = score({ text: prophet.text }, {});
    expect(result.verdict).toBe('spam');
    expect(result.reasons.find((r) => r.code === 'contact.phone')?.detail).toMatch(/phone number \+234/);
    expect(result.reasons.map((r) => r.code)).toContain('solicitation.testimonial');
  });
});
