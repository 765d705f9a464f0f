import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDisqus } from '../src/index.ts';

const fixture = readFileSync(new URL('./fixtures/blog.disqus.xml', import.meta.url), 'utf8');

function disqus(posts: string): string {
  const thread = '<thread dsq:id="t1"><link>https://example.org/a-post/</link><title>A post</title><createdAt>2020-01-01T00:00:00Z</createdAt></thread>';
  return `<disqus xmlns:dsq="http://disqus.com/disqus-internals">${thread}${posts}</disqus>`;
}

function post(id: string, thread: string, parent?: string, extra = ''): string {
  const parentRef = parent ? `<parent dsq:id="${parent}"/>` : '';
  return `<post dsq:id="${id}"><message>&lt;p&gt;${id}&lt;/p&gt;</message><createdAt>2020-01-02T00:00:00Z</createdAt><author><name>N</name></author><thread dsq:id="${thread}"/>${parentRef}${extra}</post>`;
}

describe('parseDisqus', () => {
  it('imports threads that have posts, with slugs from their links', () => {
    const result = parseDisqus(fixture);
    expect(result.format).toBe('disqus');
    expect(result.problems).toEqual([]);
    expect(result.threads.map((t) => [t.sourceId, t.slug, t.comments.length])).toEqual([
      ['90071992547409931', 'lx7-pilot-results', 5],
      ['90071992547409932', 'cooling-survey', 2],
    ]);
    expect(result.threads[0]).toMatchObject({ title: 'Pilot results: can the fictional compound LX-7 help myelin repair?', publishedAt: new Date('2022-05-10T08:30:00Z') });
  });

  it('keeps spam, deleted posts and parent links, replies after their parents', () => {
    const comments = parseDisqus(fixture).threads[0]!.comments;
    expect(comments.map((c) => [c.sourceId.slice(-4), c.parentSourceId?.slice(-4) ?? null, c.depth, c.state])).toEqual([
      ['0001', null, 0, 'approved'],
      ['0002', '0001', 1, 'approved'],
      ['0003', '0002', 2, 'deleted'],
      ['0005', '0001', 1, 'approved'],
      ['0004', null, 0, 'spam'],
    ]);
  });

  it('keeps authors, emails, dates and converts the HTML message', () => {
    const [first, , , , spam] = parseDisqus(fixture).threads[0]!.comments;
    expect(first).toMatchObject({
      authorName: 'Dana R.',
      authorEmail: 'dana@example.net',
      createdAt: new Date('2022-05-10T12:02:00Z'),
      body: 'Were the volunteers all in the relapsing stage?\n\nI would like to know before I get my hopes up.',
    });
    expect(spam!.body).toBe('Skip the trial! Order our [miracle myelin capsules](https://pills.example.com/buy) today.');
  });

  it('keeps a post with an unknown parent at top level and reports one with an unknown thread', () => {
    const result = parseDisqus(disqus(post('p1', 't1', 'gone') + post('p2', 'nowhere')));
    expect(result.threads[0]!.comments).toMatchObject([{ sourceId: 'p1', parentSourceId: null, depth: 0 }]);
    expect(result.problems).toEqual([
      { where: 'post p2', message: 'thread "nowhere" not found; post skipped' },
      { where: 'thread t1, post p1', message: 'parent gone not found; kept at top level' },
    ]);
  });

  it('treats a post flagged spam and deleted as spam, and reports a bad date', () => {
    const flagged = post('p1', 't1', undefined, '<isSpam>true</isSpam><isDeleted>true</isDeleted>').replace('2020-01-02T00:00:00Z', 'soon');
    const result = parseDisqus(disqus(flagged));
    expect(result.threads[0]!.comments[0]).toMatchObject({ state: 'spam', createdAt: new Date('2020-01-01T00:00:00Z') });
    expect(result.problems).toEqual([{ where: 'post p1', message: 'no valid date; used 2020-01-01T00:00:00.000Z' }]);
  });

  it('reports unparsable XML instead of throwing', () => {
    const result = parseDisqus('<disqus><post></disqus>');
    expect(result).toMatchObject({ threads: [], problems: [{ message: expect.stringMatching(/^unparsable XML/) }] });
  });
});
