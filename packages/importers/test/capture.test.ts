import { describe, expect, it } from 'vitest';
import { parseCapture } from '../src/index.ts';

const NMSS_PAGE = [
  'Cooling vests: what our readers told us',
  '',
  'We asked about summer heat.',
  'Most of you use a vest.',
  'Tags Heat, Symptoms      4 Appreciate this',
  '| Reply',
  '',
  'Jo Example, RN',
  '',
  'Jo Example is a nurse who writes about symptom management.',
  '',
  'Leave a Comment',
  '',
  '  • Ana   Jul 3, 2021 9:05 AM',
  '    A wet towel works too.',
  '    Cheap and quick.',
  '    • Jo Example, RN   Jul 3, 2021 12:00 PM',
  '      Good tip, thank you.',
  '  • Ben',
  '    I forgot to add a date.',
].join('\n');

const WORDPRESS_PAGE = [
  'Fatigue diaries',
  '',
  'Keep a diary for two weeks.',
  '',
  '5 thoughts on “Fatigue diaries”',
  '',
  '  1. I tried this.',
  '',
  '    It helped.',
  '',
  '    1. Glad to hear it.',
  '',
  '      1. Me too.',
  '',
  '  2. Second top-level comment.',
  '',
  'Leave a Reply',
].join('\n');

describe('parseCapture', () => {
  it('reads the NMSS layout: names, dates, nested replies, tags and bio', () => {
    const result = parseCapture(NMSS_PAGE, 'cooling.txt');
    const [thread] = result.threads;
    expect(result.format).toBe('nmss-capture');
    expect(thread).toMatchObject({
      title: 'Cooling vests: what our readers told us',
      slug: 'cooling-vests-what-our-readers-told-us',
      body: 'We asked about summer heat.\n\nMost of you use a vest.',
      tags: ['Heat', 'Symptoms'],
      authorName: 'Jo Example, RN',
      authorBio: 'Jo Example is a nurse who writes about symptom management.',
    });
    const [ana, jo, ben] = thread!.comments;
    expect(ana).toMatchObject({ authorName: 'Ana', body: 'A wet towel works too.\nCheap and quick.', depth: 0, parentSourceId: null });
    expect(ana!.createdAt).toEqual(new Date(Date.UTC(2021, 6, 3, 9, 5)));
    expect(jo).toMatchObject({ authorName: 'Jo Example, RN', depth: 1, parentSourceId: ana!.sourceId });
    expect(jo!.createdAt).toEqual(new Date(Date.UTC(2021, 6, 3, 12, 0)));
    expect(ben).toMatchObject({ authorName: 'Ben', depth: 0, parentSourceId: null, createdAt: new Date(0) });
  });

  it('reports a comment with no date instead of throwing', () => {
    const result = parseCapture(NMSS_PAGE, 'cooling.txt');
    expect(result.problems).toEqual([{ where: 'cooling.txt:19', message: 'no date (used 1970-01-01T00:00:00.000Z) in the capture' }]);
  });

  it('reads the WordPress layout, nested by indentation', () => {
    const result = parseCapture(WORDPRESS_PAGE, 'fatigue.txt');
    const comments = result.threads[0]!.comments;
    expect(result.format).toBe('wordpress-capture');
    expect(comments.map((c) => [c.body, c.depth])).toEqual([
      ['I tried this.\n\nIt helped.', 0],
      ['Glad to hear it.', 1],
      ['Me too.', 2],
      ['Second top-level comment.', 0],
    ]);
    expect(comments[2]!.parentSourceId).toBe(comments[1]!.sourceId);
    expect(comments[1]!.parentSourceId).toBe(comments[0]!.sourceId);
    expect(result.threads[0]!.body).toBe('Keep a diary for two weeks.');
  });

  it('reports missing authors and dates, and a comment count that does not add up', () => {
    const messages = parseCapture(WORDPRESS_PAGE, 'fatigue.txt').problems.map((p) => p.message);
    expect(messages.filter((m) => m.startsWith('no author (shown as "Anonymous"), no date'))).toHaveLength(4);
    expect(messages).toContain('the page announces 5 comments but 4 were found');
  });

  it('attaches a reply that skips a level to the nearest shallower comment, and says so', () => {
    const page = ['Title', '', 'Body', '', '  1. Top.', '', '      1. Two levels in.', ''].join('\n');
    const result = parseCapture(page, 'skip.txt');
    const [top, deep] = result.threads[0]!.comments;
    expect(deep).toMatchObject({ depth: 2, parentSourceId: top!.sourceId });
    expect(result.problems).toContainEqual({ where: 'skip.txt:7', message: 'nesting skips a level; attached to the nearest shallower comment' });
  });

  it('derives ids from the file name, not the folder it was read from', () => {
    const ids = (fileName: string) => parseCapture(NMSS_PAGE, fileName).threads.flatMap((t) => [t.sourceId, ...t.comments.map((c) => c.sourceId)]);
    expect(ids('exports/cooling.txt')).toEqual(ids('cooling.txt'));
    expect(ids('other.txt')).not.toEqual(ids('cooling.txt'));
  });

  it('turns a page with no comments into a thread with none', () => {
    const result = parseCapture('Just a title\n\nAnd one paragraph.\n', 'plain.txt');
    expect(result.threads[0]).toMatchObject({ title: 'Just a title', body: 'And one paragraph.', comments: [] });
    expect(result.problems).toEqual([]);
  });

  it('reports an empty capture rather than throwing', () => {
    const result = parseCapture('', 'empty.txt');
    expect(result.threads[0]).toMatchObject({ title: 'empty.txt', comments: [] });
    expect(result.problems).toEqual([{ where: 'empty.txt', message: 'no title found' }]);
  });
});
