import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCapture, type ImportResult } from '../src/index.ts';

type SeedComment = { file: string; index: number; depth: number; author?: string; date?: string; text: string; parent_index?: number };

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const shared = path.resolve(repoRoot, '../shared');
const present = existsSync(path.join(shared, 'seeds')) && existsSync(path.join(shared, 'data/spam/seed-comments.jsonl'));
const skipped = present ? '' : ' (skipped: ../shared absent)';
if (!present) console.warn(`SKIPPING seed capture tests: ${shared} is absent`);

/** Stated here as well as read from the ground truth, so a changed seed file is noticed. */
const EXPECTED = [
  { file: '000_2afc9101a8fd32d0.txt', format: 'nmss-capture', count: 13, perDepth: [13] },
  { file: '001_6596dcb8204f4b31.txt', format: 'wordpress-capture', count: 5, perDepth: [5] },
  { file: '002_c3092f4debf896b6.txt', format: 'nmss-capture', count: 0, perDepth: [] },
  { file: '003_bcb636319636b5bf.txt', format: 'nmss-capture', count: 0, perDepth: [] },
  { file: '004_c5d2cb88200d496f.txt', format: 'wordpress-capture', count: 161, perDepth: [34, 34, 93] },
] as const;

function parseSeed(file: string): ImportResult {
  return parseCapture(readFileSync(path.join(shared, 'seeds', file), 'utf8'), file);
}

function groundTruth(file: string): SeedComment[] {
  const lines = readFileSync(path.join(shared, 'data/spam/seed-comments.jsonl'), 'utf8').trim().split('\n');
  return lines.map((line) => JSON.parse(line) as SeedComment).filter((c) => c.file === file);
}

function countPerDepth(depths: number[]): number[] {
  const counts: number[] = [];
  for (const depth of depths) counts[depth] = (counts[depth] ?? 0) + 1;
  return counts;
}

describe('seed page captures', () => {
  for (const expected of EXPECTED) {
    describe(expected.file, () => {
      it.skipIf(!present)(`finds ${expected.count} comments, per depth ${JSON.stringify(expected.perDepth)}${skipped}`, () => {
        const result = parseSeed(expected.file);
        const comments = result.threads[0]!.comments;
        const truth = groundTruth(expected.file);
        expect(result.format).toBe(expected.format);
        expect(result.threads).toHaveLength(1);
        expect(comments).toHaveLength(expected.count);
        expect(truth).toHaveLength(expected.count);
        expect(countPerDepth(comments.map((c) => c.depth))).toEqual(expected.perDepth);
        expect(countPerDepth(truth.map((c) => c.depth))).toEqual(expected.perDepth);
      });

      it.skipIf(!present)(`matches the ground truth's authors, dates, parents and text${skipped}`, () => {
        const comments = parseSeed(expected.file).threads[0]!.comments;
        for (const row of groundTruth(expected.file)) {
          const comment = comments[row.index - 1]!;
          const parent = row.parent_index === undefined ? null : comments[row.parent_index - 1]!.sourceId;
          expect(comment.authorName).toBe(row.author ?? 'Anonymous');
          if (row.date) expect(comment.createdAt).toEqual(new Date(`${row.date} UTC`));
          expect(comment.parentSourceId).toBe(parent);
          expect(comment.depth).toBe(row.depth);
          expect(comment.body).toBe(row.text);
        }
      });

      it.skipIf(!present)(`gives the same ids on every run${skipped}`, () => {
        const ids = (r: ImportResult) => r.threads.flatMap((t) => [t.sourceId, ...t.comments.map((c) => c.sourceId)]);
        const first = ids(parseSeed(expected.file));
        expect(ids(parseSeed(expected.file))).toEqual(first);
        expect(new Set(first).size).toBe(first.length);
      });
    });
  }

  it.skipIf(!present)(`keeps the prophet testimonial (000, #13) with its text${skipped}`, () => {
    const comment = parseSeed('000_2afc9101a8fd32d0.txt').threads[0]!.comments[12]!;
    expect(comment.authorName).toBe('RITA');
    expect(comment.createdAt).toEqual(new Date(Date.UTC(2017, 8, 28, 21, 26)));
    expect(comment.body).toContain('prophet jeremiah omoto');
    expect(comment.state).toBe('approved');
  });

  it.skipIf(!present)(`keeps the empty comment (000, #11) and reports it${skipped}`, () => {
    const result = parseSeed('000_2afc9101a8fd32d0.txt');
    const comment = result.threads[0]!.comments[10]!;
    expect(comment.authorName).toBe('HARVEY STELMAN');
    expect(comment.body).toBe('');
    expect(result.problems).toEqual([{ where: '000_2afc9101a8fd32d0.txt:55', message: 'empty comment body' }]);
  });

  it.skipIf(!present)(`reads the NMSS article: tags, author and bio${skipped}`, () => {
    const thread = parseSeed('000_2afc9101a8fd32d0.txt').threads[0]!;
    expect(thread.slug).toBe('ectrims-2016-bone-marrow-transplantation-hsct');
    expect(thread.tags).toEqual(['Relapsing MS', 'Research', 'Treatment']);
    expect(thread.authorName).toBe('Bruce Bebo, PhD');
    expect(thread.authorBio).toMatch(/^Bruce Bebo, PhD, is /);
    expect(thread.body).not.toMatch(/Tags|Leave a Comment|Kim/);
    expect(thread.body.split('\n\n')).toHaveLength(10);
  });

  it.skipIf(!present)(`skips page chrome before the title and reads the publication date${skipped}`, () => {
    const thread = parseSeed('002_c3092f4debf896b6.txt').threads[0]!;
    expect(thread.title).toMatch(/^Small, Uncontrolled Study/);
    expect(thread.publishedAt).toEqual(new Date(Date.UTC(2011, 2, 24)));
    expect(thread.body).not.toMatch(/Skip to|©/);
    expect(parseSeed('003_bcb636319636b5bf.txt').threads[0]!.title).toBe('HSCT research evidence');
  });

  it.skipIf(!present)(`reports what a WordPress capture lacks${skipped}`, () => {
    const result = parseSeed('004_c5d2cb88200d496f.txt');
    const messages = result.problems.map((p) => p.message);
    expect(messages.filter((m) => m.startsWith('no author'))).toHaveLength(161);
    expect(messages.filter((m) => m.startsWith('nesting skips a level'))).toHaveLength(2);
    expect(messages).toContain('the page announces 198 comments but 161 were found');
    expect(result.threads[0]!.body).not.toMatch(/thoughts on/);
  });
});
