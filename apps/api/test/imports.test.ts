import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CommentNode } from '@forum/contracts';
import { schema } from '@forum/db';
import { readSource, type SourceFile } from '@forum/importers';
import { importFiles, type ImportReport } from '../src/modules/imports/service.ts';
import { createTestContext } from './context.ts';

const repoRoot = path.resolve(import.meta.dirname, '../../..');
const seeds = path.resolve(repoRoot, '../shared/seeds');
const hasSeeds = existsSync(seeds);
const skipped = hasSeeds ? '' : ` (skipped: ${seeds} is absent)`;
if (!hasSeeds) console.warn(`SKIPPING seed import tests: ${seeds} is absent`);

const ctx = await createTestContext();

const fixture = (name: string): SourceFile => ({ fileName: name, content: readFileSync(path.join(import.meta.dirname, 'fixtures', name), 'utf8') });

async function commentsOf(slug: string) {
  return ctx.db
    .select({
      body: schema.comments.body,
      state: schema.comments.state,
      depth: schema.comments.depth,
      parentId: schema.comments.parentId,
      id: schema.comments.id,
      createdAt: schema.comments.createdAt,
      removedReason: schema.comments.removedReason,
      author: schema.users.displayName,
      isPlaceholder: schema.users.isPlaceholder,
    })
    .from(schema.comments)
    .innerJoin(schema.threads, eq(schema.threads.id, schema.comments.threadId))
    .innerJoin(schema.users, eq(schema.users.id, schema.comments.authorId))
    .where(eq(schema.threads.slug, slug))
    .orderBy(schema.comments.createdAt, schema.comments.id);
}

async function rowCounts() {
  const count = async (table: typeof schema.users | typeof schema.threads | typeof schema.comments) =>
    (await ctx.db.select({ n: sql<number>`count(*)::int` }).from(table))[0]!.n;
  return { users: await count(schema.users), threads: await count(schema.threads), comments: await count(schema.comments) };
}

function perDepth(depths: number[]): number[] {
  const counts: number[] = [];
  for (const d of depths) counts[d] = (counts[d] ?? 0) + 1;
  return counts;
}

async function readTree(slug: string) {
  const res = await ctx.request('GET', `/api/threads/${slug}`);
  expect(res.statusCode).toBe(200);
  return res.json() as { thread: { commentCount: number; title: string }; comments: CommentNode[] };
}

/**
 * Stated here, not read from the seeds' ground truth: a changed seed file must be noticed.
 * 004 indents two replies two levels under a top-level comment; a reply sits one level under
 * its parent here, so those two count at depth 1 (the page's layout says [34, 34, 93]).
 */
const SEEDS = [
  { file: '000_2afc9101a8fd32d0.txt', slug: 'ectrims-2016-bone-marrow-transplantation-hsct', count: 13, perDepth: [13] },
  { file: '001_6596dcb8204f4b31.txt', slug: 'bone-marrow-transplantation-bmt', count: 5, perDepth: [5] },
  { file: '002_c3092f4debf896b6.txt', slug: 'small-uncontrolled-study-looks-at-long-term-effects-of-bone-marrow-stem-cell', count: 0, perDepth: [] },
  { file: '003_bcb636319636b5bf.txt', slug: 'hsct-research-evidence', count: 0, perDepth: [] },
  { file: '004_c5d2cb88200d496f.txt', slug: 'hsct-and-fake-news', count: 161, perDepth: [34, 36, 91] },
];

describe('importing the seed page captures', () => {
  for (const seed of SEEDS) {
    it.skipIf(!hasSeeds)(`imports ${seed.file} as /${seed.slug} with ${seed.count} comments, per depth ${JSON.stringify(seed.perDepth)}${skipped}`, async () => {
      const report = await importFiles(ctx.deps, await readSource(path.join(seeds, seed.file)));
      expect(report.threads).toMatchObject([{ slug: seed.slug, isNew: true, existing: 0 }]);
      const comments = await commentsOf(seed.slug);
      expect(comments).toHaveLength(seed.count);
      expect(perDepth(comments.map((c) => c.depth))).toEqual(seed.perDepth);
      expect(comments.every((c) => c.isPlaceholder)).toBe(true);
      const published = comments.filter((c) => c.state === 'approved').length;
      expect((await readTree(seed.slug)).thread.commentCount).toBe(published);
    });
  }

  it.skipIf(!hasSeeds)(`puts the prophet testimonial in the spam folder and keeps names and dates${skipped}`, async () => {
    const comments = await commentsOf('ectrims-2016-bone-marrow-transplantation-hsct');
    const prophet = comments.find((c) => c.body.includes('prophet jeremiah omoto'))!;
    expect(prophet).toMatchObject({ author: 'RITA', state: 'spam', createdAt: new Date(Date.UTC(2017, 8, 28, 21, 26)) });
    expect(comments.filter((c) => c.state === 'spam')).toHaveLength(1);
    const tree = await readTree('ectrims-2016-bone-marrow-transplantation-hsct');
    expect(tree.comments.map((c) => c.author?.displayName)).not.toContain('RITA');
  });

  it.skipIf(!hasSeeds)(`keeps the nesting of the WordPress capture: every reply sits one level under its parent${skipped}`, async () => {
    const comments = await commentsOf('hsct-and-fake-news');
    const byId = new Map(comments.map((c) => [c.id, c]));
    for (const c of comments.filter((x) => x.parentId)) expect(c.depth).toBe(byId.get(c.parentId!)!.depth + 1);
  });

  it.skipIf(!hasSeeds)(`creates nothing when the same seeds are imported again${skipped}`, async () => {
    const before = await rowCounts();
    const report = await importFiles(ctx.deps, await readSource(seeds));
    expect(await rowCounts()).toEqual(before);
    expect(report.users).toBe(0);
    expect(report.threads.map((t) => [t.isNew, Object.keys(t.created).length, t.existing])).toEqual(SEEDS.map((s) => [false, 0, s.count]));
  });
});

describe('importing a WordPress export', () => {
  let report: ImportReport;
  beforeAll(async () => {
    report = await importFiles(ctx.deps, [fixture('clinic-blog.wxr.xml')]);
  });

  it('keeps each comment state and the nesting four levels deep', async () => {
    expect(report.threads).toMatchObject([{ slug: 'six-months-after-transplant', created: { approved: 4, pending: 1, spam: 1, rejected: 1 }, maxDepth: 3 }]);
    const comments = await commentsOf('six-months-after-transplant');
    const state = (start: string) => comments.find((c) => c.body.startsWith(start))!;
    expect(state('How long').depth).toBe(0);
    expect(state('Two years').depth).toBe(1);
    expect(state('That matches').depth).toBe(2);
    expect(state('Did insurance')).toMatchObject({ depth: 3, state: 'pending', parentId: state('That matches').id });
    expect(state('Need money')).toMatchObject({ state: 'spam', author: 'Quick Cash Partners' });
    expect(state('Posted by mistake')).toMatchObject({ state: 'rejected', removedReason: 'deleted on the original site' });
    expect(state('No worries')).toMatchObject({ state: 'approved', depth: 1, parentId: state('Posted by mistake').id });
  });

  it('shows readers the published tree, with a tombstone where a deleted comment has replies', async () => {
    const { thread, comments } = await readTree('six-months-after-transplant');
    expect(thread.commentCount).toBe(4);
    const chain = comments.find((c) => c.bodyHtml?.includes('How long'))!;
    expect(chain.descendantCount).toBe(2);
    expect(chain.replies[0]!.replies[0]!.author?.displayName).toBe('Owen Pryce');
    const tombstone = comments.find((c) => c.visibility === 'removed')!;
    expect(tombstone.bodyHtml).toBeNull();
    expect(tombstone.replies[0]!.bodyHtml).toContain('No worries');
    expect(comments.some((c) => c.bodyHtml?.includes('Need money'))).toBe(false);
  });

  it('gives one placeholder per author, which cannot log in until a register with its email claims it', async () => {
    const owen = await ctx.db.select().from(schema.users).where(sql`lower(${schema.users.email}) = 'owen@example.net'`);
    expect(owen).toHaveLength(1);
    expect(owen[0]).toMatchObject({ displayName: 'Owen Pryce', isPlaceholder: true, passwordHash: null });
    const login = await ctx.request('POST', '/api/auth/login', { body: { login: 'owen@example.net', password: 'anything-at-all' } });
    expect(login.statusCode).toBe(401);
    const register = await ctx.request('POST', '/api/auth/register', { body: { handle: 'owen_p', displayName: 'Owen P.', email: 'owen@example.net', password: 'a-long-password' } });
    expect(register.statusCode).toBe(201);
    const own = (await commentsOf('six-months-after-transplant')).filter((c) => c.author === 'Owen P.');
    expect(own.map((c) => c.body.slice(0, 8))).toEqual(['How long', 'That mat', 'No worri']);
  });
});

describe('importing a Disqus export', () => {
  it('keeps spam and deleted posts in their states, and the nesting under a deleted post', async () => {
    const report = await importFiles(ctx.deps, [fixture('clinic-blog.disqus.xml')]);
    expect(report.problems).toContainEqual({ where: 'clinic-blog.disqus.xml: thread 7701, post 8806', message: 'parent 9999 not found; kept at top level' });
    const comments = await commentsOf('choosing-a-clinic');
    const find = (start: string) => comments.find((c) => c.body.startsWith(start))!;
    expect(find('I regret')).toMatchObject({ state: 'rejected', depth: 2, parentId: find('Ask for').id });
    expect(find('Fair enough')).toMatchObject({ state: 'approved', depth: 3, parentId: find('I regret').id });
    expect(find('Cheap stem cells')).toMatchObject({ state: 'spam', depth: 0 });
    expect(find('This reply points')).toMatchObject({ state: 'approved', depth: 0 });
    expect((await readTree('choosing-a-clinic')).thread.commentCount).toBe(4);
  });
});

describe('identifiers in imported comments', () => {
  it('become citation suggestions, as for a comment posted here', async () => {
    const comment = '<wp:comment><wp:comment_id>1</wp:comment_id><wp:comment_author>Ines</wp:comment_author><wp:comment_date_gmt>2024-02-01 10:00:00</wp:comment_date_gmt><wp:comment_content>The trial I mean is NCT00273364, published as doi:10.1001/jama.2018.18743.</wp:comment_content><wp:comment_approved>1</wp:comment_approved><wp:comment_parent>0</wp:comment_parent></wp:comment>';
    const content = `<?xml version="1.0"?><rss xmlns:wp="http://wordpress.org/export/1.2/"><channel><item><title>Which trial?</title><wp:post_id>950</wp:post_id><wp:post_type>post</wp:post_type>${comment}</item></channel></rss>`;
    await importFiles(ctx.deps, [{ fileName: 'trial.xml', content }]);
    const [imported] = await commentsOf('which-trial');
    const suggestions = await ctx.db.select().from(schema.citationSuggestions).where(eq(schema.citationSuggestions.commentId, imported!.id));
    expect(suggestions.map((s) => [s.scheme, s.value]).sort()).toEqual([['doi', '10.1001/jama.2018.18743'], ['nct', 'NCT00273364']]);
  });
});

describe('a dry run', () => {
  it('reports what it would create and the problems, and writes nothing', async () => {
    const before = await rowCounts();
    const broken = { fileName: 'broken.wxr.xml', content: readFileSync(path.join(import.meta.dirname, 'fixtures/clinic-blog.wxr.xml'), 'utf8').replace('<wp:post_id>41</wp:post_id>', '<wp:post_id>42</wp:post_id>').replace('<wp:comment_parent>501</wp:comment_parent>', '<wp:comment_parent>5999</wp:comment_parent>').replace('<wp:comment_date_gmt><![CDATA[2023-03-02 10:00:00]]></wp:comment_date_gmt>', '') };
    const report = await importFiles(ctx.deps, [broken], { dryRun: true });
    expect(report.threads).toMatchObject([{ slug: 'six-months-after-transplant-2', isNew: true, created: { approved: 4, pending: 1, spam: 1, rejected: 1 } }]);
    expect(report.problems.map((p) => p.message)).toEqual(expect.arrayContaining(['parent 5999 not found; kept at top level', 'no valid date; used 2023-03-01T09:00:00.000Z']));
    expect(await rowCounts()).toEqual(before);
  });

  it('imports a thread found twice in one folder once, and says so', async () => {
    const report = await importFiles(ctx.deps, [fixture('clinic-blog.wxr.xml'), { ...fixture('clinic-blog.wxr.xml'), fileName: 'copy.xml' }].map((f) => ({ ...f, content: f.content.replace('<wp:post_id>41</wp:post_id>', '<wp:post_id>43</wp:post_id>') })), { dryRun: true });
    expect(report.threads).toHaveLength(1);
    expect(report.problems).toContainEqual({ where: 'Six months after my stem cell transplant', message: 'thread wxr:43 appears more than once; imported once' });
  });

  it('refuses --thread-slug for a source with several threads, naming the option', async () => {
    await expect(importFiles(ctx.deps, [fixture('clinic-blog.wxr.xml'), fixture('clinic-blog.disqus.xml')], { threadSlug: 'one-thread' })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [{ path: 'thread-slug' }],
    });
  });
});

describe('importing into a chosen thread', () => {
  it('adds the comments under an existing thread and counts them there', async () => {
    const author = await ctx.newUser('author');
    const thread = await ctx.newThread(author, { moderationMode: 'auto' });
    const files = [fixture('clinic-blog.disqus.xml')].map((f) => ({ ...f, content: f.content.replaceAll('7701', '7702').replace(/dsq:id="88(\d\d)"/g, 'dsq:id="89$1"') }));
    const report = await importFiles(ctx.deps, files, { threadSlug: thread.slug });
    expect(report.threads).toMatchObject([{ slug: thread.slug, isNew: false }]);
    expect((await readTree(thread.slug)).thread.commentCount).toBe(4);
    const again = await importFiles(ctx.deps, files, { threadSlug: thread.slug });
    expect(again.threads).toMatchObject([{ slug: thread.slug, created: {}, existing: 6 }]);
  });

  it('creates the chosen thread when no thread has that slug yet', async () => {
    const files = [fixture('clinic-blog.disqus.xml')].map((f) => ({ ...f, content: f.content.replaceAll('7701', '7703').replace(/dsq:id="88(\d\d)"/g, 'dsq:id="87$1"') }));
    const report = await importFiles(ctx.deps, files, { threadSlug: 'clinic-questions' });
    expect(report.threads).toMatchObject([{ slug: 'clinic-questions', isNew: true }]);
    expect((await readTree('clinic-questions')).thread).toMatchObject({ title: 'Choosing a clinic abroad', commentCount: 4 });
  });

  it('imports two hundred comments in a few seconds', async () => {
    const replies = Array.from({ length: 200 }, (_, i) => `<wp:comment><wp:comment_id>${i + 1}</wp:comment_id><wp:comment_author>Reader ${i % 17}</wp:comment_author><wp:comment_date_gmt>2024-01-01 10:${String(i % 60).padStart(2, '0')}:00</wp:comment_date_gmt><wp:comment_content>Reply number ${i} about walking distance after treatment.</wp:comment_content><wp:comment_approved>1</wp:comment_approved><wp:comment_parent>${i % 5 === 0 ? 0 : i}</wp:comment_parent></wp:comment>`);
    const content = `<?xml version="1.0"?><rss xmlns:wp="http://wordpress.org/export/1.2/"><channel><item><title>Busy thread</title><wp:post_id>900</wp:post_id><wp:post_type>post</wp:post_type>${replies.join('')}</item></channel></rss>`;
    const started = performance.now();
    const report = await importFiles(ctx.deps, [{ fileName: 'busy.xml', content }]);
    const seconds = (performance.now() - started) / 1000;
    console.log(`imported 200 comments in ${seconds.toFixed(2)} s`);
    expect(report.threads[0]!.created.approved).toBe(200);
    expect(seconds).toBeLessThan(5);
  });
});
