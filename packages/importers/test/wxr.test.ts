import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseWxr } from '../src/index.ts';

const fixture = readFileSync(new URL('./fixtures/blog.wxr.xml', import.meta.url), 'utf8');

function wxr(items: string): string {
  return `<?xml version="1.0"?><rss xmlns:wp="http://wordpress.org/export/1.2/" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>${items}</channel></rss>`;
}

function comment(id: number, parent: number, extra = ''): string {
  return `<wp:comment><wp:comment_id>${id}</wp:comment_id><wp:comment_parent>${parent}</wp:comment_parent><wp:comment_author>A</wp:comment_author><wp:comment_date_gmt>2020-01-0${id} 10:00:00</wp:comment_date_gmt><wp:comment_content>c${id}</wp:comment_content><wp:comment_approved>1</wp:comment_approved>${extra}</wp:comment>`;
}

describe('parseWxr', () => {
  it('imports posts and pages, skipping attachments', () => {
    const result = parseWxr(fixture);
    expect(result.format).toBe('wxr');
    expect(result.problems).toEqual([]);
    expect(result.threads.map((t) => [t.sourceId, t.slug, t.comments.length])).toEqual([
      ['101', 'lx7-pilot-results', 6],
      ['102', 'reader-survey-cooling-garments-and-heat-sensitivity', 2],
    ]);
  });

  it('keeps title, author display name, tags, date and converts the HTML body', () => {
    const [post] = parseWxr(fixture).threads;
    expect(post).toMatchObject({
      title: 'Pilot results: can the fictional compound LX-7 help myelin repair?',
      authorName: 'Mira Okafor',
      tags: ['Remyelination', 'Pilot study'],
      publishedAt: new Date('2022-05-10T08:30:00Z'),
    });
    expect(post!.body).toBe(
      'Our small pilot of **LX-7** followed 24 volunteers for nine months.\n\n' +
        'Visual evoked potentials improved a little in the treated group & not in the placebo group. ' +
        'The full protocol is on [our protocols page](https://lantern-lab.example.org/protocols/lx7).\n\n' +
        'This is one small study.\nNobody should change treatment because of it.',
    );
  });

  it('keeps every state and the nesting three levels deep', () => {
    const comments = parseWxr(fixture).threads[0]!.comments;
    expect(comments.map((c) => [c.sourceId, c.parentSourceId, c.depth, c.state])).toEqual([
      ['201', null, 0, 'approved'],
      ['202', '201', 1, 'approved'],
      ['203', '202', 2, 'pending'],
      ['204', null, 0, 'spam'],
      ['205', null, 0, 'approved'],
      ['206', '205', 1, 'deleted'],
    ]);
  });

  it('keeps authors, emails, urls, GMT dates and quoted text', () => {
    const [first, , , spam, quoting] = parseWxr(fixture).threads[0]!.comments;
    expect(first).toMatchObject({
      authorName: 'Dana R.',
      authorEmail: 'dana@example.net',
      authorUrl: 'https://dana.example.net',
      createdAt: new Date('2022-05-10T12:02:00Z'),
      body: 'Were the volunteers all in the relapsing stage?\n\nI would like to know before I get my hopes up.',
    });
    expect(spam!.body).toBe('Skip the trial! Order our [miracle myelin capsules](https://pills.example.com/buy) today.');
    expect(quoting!.body).toBe(
      '> Nobody should change treatment because of it.\n\nAgreed. See the [phase 2 registry entry](https://registry.example.org/trials/LX7-02) for what comes next.',
    );
  });

  it('falls back to a slug from the title when post_name is empty', () => {
    expect(parseWxr(fixture).threads[1]!.slug).toBe('reader-survey-cooling-garments-and-heat-sensitivity');
  });

  it('keeps a comment whose parent is unknown at top level and reports it', () => {
    const result = parseWxr(wxr(`<item><title>T</title><wp:post_id>7</wp:post_id>${comment(1, 0)}${comment(2, 999)}${comment(3, 2)}</item>`));
    expect(result.threads[0]!.comments.map((c) => [c.sourceId, c.parentSourceId, c.depth])).toEqual([
      ['1', null, 0],
      ['2', null, 0],
      ['3', '2', 1],
    ]);
    expect(result.problems).toEqual([{ where: 'post 7, comment 2', message: 'parent 999 not found; kept at top level' }]);
  });

  it('reports a missing date, an unknown status and a pingback', () => {
    const undated = '<wp:comment><wp:comment_id>4</wp:comment_id><wp:comment_content>x</wp:comment_content><wp:comment_approved>maybe</wp:comment_approved></wp:comment>';
    const pingback = comment(5, 0, '<wp:comment_type>pingback</wp:comment_type>');
    const post = `<item><title>T</title><wp:post_id>7</wp:post_id><wp:post_date_gmt>2020-01-01 00:00:00</wp:post_date_gmt>${undated}${pingback}</item>`;
    const result = parseWxr(wxr(post));
    expect(result.threads[0]!.comments).toMatchObject([{ sourceId: '4', state: 'pending', createdAt: new Date('2020-01-01T00:00:00Z') }]);
    expect(result.problems.map((p) => `${p.where}: ${p.message}`)).toEqual([
      'post 7, comment 4: no valid date; used 2020-01-01T00:00:00.000Z',
      'post 7, comment 4: unknown approval status "maybe"; held as pending',
      'post 7, comment 5: skipped a pingback: it links to the post, it is not a comment',
    ]);
  });

  it('reports unparsable XML with its line instead of throwing', () => {
    const result = parseWxr('<rss xmlns:wp="x">\n<channel>\n<item></channel></rss>');
    expect(result.threads).toEqual([]);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]!.where).toMatch(/^xml line 3/);
    expect(result.problems[0]!.message).toMatch(/^unparsable XML/);
  });

  it('leaves no raw HTML: scripts, unsafe links and escaped tags', () => {
    const body = '&lt;p&gt;Hi &lt;script&gt;x()&lt;/script&gt;&lt;a href="javascript:alert(1)"&gt;click&lt;/a&gt; &amp;lt;b&amp;gt; 5 &amp;lt; 6&lt;/p&gt;';
    const result = parseWxr(wxr(`<item><title>It&amp;#8217;s</title><wp:post_id>8</wp:post_id><content:encoded>${body}</content:encoded></item>`));
    expect(result.threads[0]).toMatchObject({ title: 'It’s', body: 'Hi click \\<b> 5 < 6' });
  });
});
