import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectFormat, parseSource, type ForumExport, type ImportResult } from '../src/index.ts';

const wxrFixture = readFileSync(new URL('./fixtures/blog.wxr.xml', import.meta.url), 'utf8');
const disqusFixture = readFileSync(new URL('./fixtures/blog.disqus.xml', import.meta.url), 'utf8');

const ids = (result: ImportResult) => result.threads.flatMap((t) => [t.sourceId, ...t.comments.map((c) => c.sourceId)]);

const forumExport: ForumExport = {
  format: 'forum-export',
  version: 1,
  threads: [
    {
      sourceId: 'th-1',
      slug: 'walking-aids',
      title: 'Walking aids',
      body: 'Which ones help?',
      tags: ['Mobility'],
      publishedAt: '2023-04-01T10:00:00.000Z',
      comments: [
        { sourceId: 'c-1', parentSourceId: null, authorName: 'Sam', createdAt: '2023-04-01T11:00:00.000Z', body: 'A rollator.', state: 'approved', depth: 0 },
        { sourceId: 'c-2', parentSourceId: 'c-1', authorName: 'Kit', authorEmail: 'kit@example.org', createdAt: '2023-04-02T08:00:00.000Z', body: 'Same.', state: 'pending', depth: 1 },
      ],
    },
  ],
};

describe('detectFormat', () => {
  it('recognises each format by its marker', () => {
    expect(detectFormat(wxrFixture)).toBe('wxr');
    expect(detectFormat(disqusFixture)).toBe('disqus');
    expect(detectFormat(JSON.stringify(forumExport))).toBe('forum-json');
    expect(detectFormat('A title\n\n  • Ana   Jul 3, 2021 9:05 AM\n    Hi')).toBe('capture');
  });

  it('does not take a plain RSS feed or a page quoting <rss for WordPress', () => {
    expect(detectFormat('<rss version="2.0"><channel/></rss>')).toBe('capture');
    expect(detectFormat('Title\n\nWe discussed <rss xmlns:wp="x"> exports.')).toBe('capture');
  });
});

describe('parseSource', () => {
  it('parses each format and prefixes whole-file problems with the file name', () => {
    expect(parseSource(wxrFixture, 'blog.wxr.xml').format).toBe('wxr');
    expect(parseSource(`\uFEFF${disqusFixture}`, 'blog.disqus.xml').format).toBe('disqus');
    const broken = parseSource('<disqus><post></disqus>', 'broken.xml');
    expect(broken.problems[0]!.where).toMatch(/^broken\.xml: xml line 1/);
  });

  it('gives identical ids when the same input is parsed twice', () => {
    for (const [content, name] of [[wxrFixture, 'a.xml'], [disqusFixture, 'b.xml'], [JSON.stringify(forumExport), 'c.json']] as const) {
      expect(ids(parseSource(content, name))).toEqual(ids(parseSource(content, name)));
    }
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.constantFrom('', '<rss xmlns:wp="x">', '<disqus>', '{"format":"forum-export"'), fc.string({ unit: 'grapheme', maxLength: 400 }), (marker, text) => {
        expect(parseSource(marker + text, 'random.txt').problems).toBeInstanceOf(Array);
      }),
    );
  });
});

describe('forum export', () => {
  it('reads threads and comments back with dates as Date', () => {
    const result = parseSource(JSON.stringify(forumExport), 'export.json');
    expect(result.format).toBe('forum-json');
    expect(result.problems).toEqual([]);
    expect(result.threads[0]).toMatchObject({ sourceId: 'th-1', slug: 'walking-aids', tags: ['Mobility'], publishedAt: new Date('2023-04-01T10:00:00Z') });
    expect(result.threads[0]!.comments).toMatchObject([
      { sourceId: 'c-1', parentSourceId: null, depth: 0, createdAt: new Date('2023-04-01T11:00:00Z') },
      { sourceId: 'c-2', parentSourceId: 'c-1', depth: 1, state: 'pending', authorEmail: 'kit@example.org' },
    ]);
  });

  it('reports malformed entries and keeps the rest', () => {
    const broken = structuredClone(forumExport) as unknown as { threads: Array<Record<string, unknown>> };
    const comments = broken.threads[0]!.comments as Array<Record<string, unknown>>;
    comments[1] = { ...comments[1], parentSourceId: 'nope', state: 'weird', createdAt: 'yesterday' };
    broken.threads.push({ title: 'no id' });
    const result = parseSource(JSON.stringify(broken), 'export.json');
    expect(result.threads).toHaveLength(1);
    expect(result.threads[0]!.comments[1]).toMatchObject({ parentSourceId: null, depth: 0, state: 'pending', createdAt: new Date('2023-04-01T10:00:00Z') });
    expect(result.problems.map((p) => p.message)).toEqual([
      'createdAt is not an ISO date; used 2023-04-01T10:00:00.000Z',
      'unknown state "weird"; held as pending',
      'parent nope not found; kept at top level',
      'a thread needs a sourceId and a title; skipped',
    ]);
  });

  it('reports unparsable JSON after the marker', () => {
    const result = parseSource('{"format":"forum-export", "threads": [', 'export.json');
    expect(result).toMatchObject({ format: 'forum-json', threads: [], problems: [{ where: 'export.json: json' }] });
  });
});
