import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { CitationTag, CommentNode, StudyPage } from '@forum/contracts';
import { schema } from '@forum/db';
import { createTestContext, type TestUser } from './context.ts';

const ctx = await createTestContext();
const author = await ctx.newUser('author');
const moderator = await ctx.newUser('moderator');

const CLAIM = 'most people with SPMS kept progressing after the transplant';
const COMMENT = `I read the EBMT paper last night. It says ${CLAIM}, which matches what my neurologist told me.`;

let counter = 0;
async function newStudy() {
  counter += 1;
  const res = await ctx.request('POST', '/api/studies', {
    as: author,
    body: { title: `Long-term outcomes after HSCT ${counter}`, shortName: `Muraro 2017 #${counter}`, design: 'cohort', sampleSize: 281 },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; shortName: string; title: string };
}

const quoteOf = (text: string, exact: string) => {
  const at = text.indexOf(exact);
  return { exact, prefix: text.slice(Math.max(0, at - 20), at), suffix: text.slice(at + exact.length, at + exact.length + 20) };
};

async function cite(as: TestUser, commentId: string, body: Record<string, unknown>) {
  return ctx.request('POST', `/api/comments/${commentId}/citations`, { as, body });
}

async function tagsOn(slug: string, commentId: string, as?: TestUser): Promise<CitationTag[]> {
  const res = await ctx.request('GET', `/api/threads/${slug}`, { as: as ?? null });
  const flat = (nodes: CommentNode[]): CommentNode[] => nodes.flatMap((n) => [n, ...flat(n.replies)]);
  return flat(res.json().comments).find((n) => n.id === commentId)!.citations;
}

async function setup() {
  const thread = await ctx.newThread(author);
  const writer = await ctx.newUser();
  const comment = await ctx.newComment(writer, thread.slug, COMMENT);
  const study = await newStudy();
  return { thread, writer, comment, study };
}

describe('citation tags', () => {
  it('links a quoted claim to a study and shows the tag in the thread', async () => {
    const { thread, writer, comment, study } = await setup();
    const res = await cite(writer, comment.id, { studyId: study.id, stance: 'supports', quote: quoteOf(COMMENT, CLAIM) });
    expect(res.statusCode, res.body).toBe(201);
    const [tag] = await tagsOn(thread.slug, comment.id);
    expect(tag).toEqual({
      id: res.json().id,
      stance: 'supports',
      quote: quoteOf(COMMENT, CLAIM),
      isOrphaned: false,
      study: { id: study.id, shortName: study.shortName, title: study.title, journal: null, year: null, designLabel: 'cohort study', sampleSize: 281, evidence: expect.objectContaining({ level: 3, status: 'unreviewed' }) },
    });
  });

  it('unlinks a study: the tag leaves the thread', async () => {
    const { thread, writer, comment, study } = await setup();
    const created = await cite(writer, comment.id, { studyId: study.id, stance: 'mentions' });
    expect(created.json().quote).toBeNull();
    const removed = await ctx.request('DELETE', `/api/citations/${created.json().id}`, { as: writer });
    expect(removed.statusCode).toBe(204);
    expect(await tagsOn(thread.slug, comment.id)).toEqual([]);
    expect((await ctx.request('DELETE', `/api/citations/${created.json().id}`, { as: writer })).statusCode).toBe(404);
  });

  it('keeps the tag anchored when the comment is edited around the quote', async () => {
    const { thread, writer, comment, study } = await setup();
    await cite(writer, comment.id, { studyId: study.id, stance: 'supports', quote: quoteOf(COMMENT, CLAIM) });
    const edited = `Edit: fixed a typo. ${COMMENT.replace('last night', 'on Sunday')} Happy to share the PDF.`;
    expect((await ctx.request('PATCH', `/api/comments/${comment.id}`, { as: writer, body: { body: edited } })).statusCode).toBe(200);
    const [tag] = await tagsOn(thread.slug, comment.id);
    expect(tag!.isOrphaned).toBe(false);
    expect(tag!.quote!.exact).toBe(CLAIM);
    expect(tag!.quote!.prefix.endsWith('It says ')).toBe(true);
  });

  it('marks a tag orphaned when the quoted words are edited away, and anchored again when they return', async () => {
    const { thread, writer, comment, study } = await setup();
    await cite(writer, comment.id, { studyId: study.id, stance: 'contradicts', quote: quoteOf(COMMENT, CLAIM) });
    const without = 'I read the EBMT paper last night and I am still thinking about it.';
    await ctx.request('PATCH', `/api/comments/${comment.id}`, { as: writer, body: { body: without } });
    const [orphan] = await tagsOn(thread.slug, comment.id);
    expect(orphan).toMatchObject({ isOrphaned: true, stance: 'contradicts', quote: { exact: CLAIM } });
    await ctx.request('PATCH', `/api/comments/${comment.id}`, { as: writer, body: { body: COMMENT } });
    expect((await tagsOn(thread.slug, comment.id))[0]!.isOrphaned).toBe(false);
  });

  it('refuses the same link twice', async () => {
    const { writer, comment, study } = await setup();
    const link = { studyId: study.id, stance: 'supports', quote: quoteOf(COMMENT, CLAIM) };
    expect((await cite(writer, comment.id, link)).statusCode).toBe(201);
    const again = await cite(writer, comment.id, link);
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toContain(study.shortName);
    expect((await cite(writer, comment.id, { ...link, stance: 'critiques' })).statusCode).toBe(201);
  });

  it('refuses a quote that is not in the comment, naming the field', async () => {
    const { writer, comment, study } = await setup();
    const res = await cite(writer, comment.id, { studyId: study.id, stance: 'supports', quote: { exact: 'HSCT cures MS' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([{ path: 'body.quote.exact', message: 'Not in the comment' }]);
    const badStance = await cite(writer, comment.id, { studyId: study.id, stance: 'agrees' });
    expect(badStance.statusCode).toBe(400);
    expect(badStance.json().errors[0].path).toBe('body.stance');
  });
});

describe('who may link and unlink', () => {
  it('lets a member link only their own comments, and authors and moderators any comment', async () => {
    const { comment, study } = await setup();
    const stranger = await ctx.newUser();
    const refused = await cite(stranger, comment.id, { studyId: study.id, stance: 'supports' });
    expect(refused.statusCode).toBe(403);
    expect((await cite(author, comment.id, { studyId: study.id, stance: 'critiques' })).statusCode).toBe(201);
    expect((await cite(moderator, comment.id, { studyId: study.id, stance: 'mentions' })).statusCode).toBe(201);
  });

  it('does not let anyone but its author tag a comment still awaiting moderation', async () => {
    const thread = await ctx.newThread(author, { moderationMode: 'pre' });
    const writer = await ctx.newUser();
    const held = await ctx.newComment(writer, thread.slug, COMMENT);
    expect(held.visibility).toBe('awaiting_moderation');
    const study = await newStudy();
    expect((await cite(author, held.id, { studyId: study.id, stance: 'supports' })).statusCode).toBe(404);
    expect((await cite(writer, held.id, { studyId: study.id, stance: 'supports' })).statusCode).toBe(201);
  });

  it('lets a moderator remove someone else’s link, and logs the removal', async () => {
    const { thread, writer, comment, study } = await setup();
    const created = await cite(writer, comment.id, { studyId: study.id, stance: 'supports', quote: quoteOf(COMMENT, CLAIM) });
    const stranger = await ctx.newUser();
    expect((await ctx.request('DELETE', `/api/citations/${created.json().id}`, { as: stranger })).statusCode).toBe(403);
    expect((await ctx.request('DELETE', `/api/citations/${created.json().id}`, { as: moderator })).statusCode).toBe(204);
    expect(await tagsOn(thread.slug, comment.id)).toEqual([]);
    const log = await ctx.db.select().from(schema.moderationDecisions).where(eq(schema.moderationDecisions.commentId, comment.id));
    const removal = log.find((entry) => entry.action === 'remove_citation');
    expect(removal).toMatchObject({ moderatorId: moderator.id, details: { citationId: created.json().id, studyId: study.id, stance: 'supports' } });
  });

  it('does not log an author taking back a link on their own comment', async () => {
    const { writer, comment, study } = await setup();
    const created = await cite(writer, comment.id, { studyId: study.id, stance: 'supports' });
    await ctx.request('DELETE', `/api/citations/${created.json().id}`, { as: writer });
    const log = await ctx.db.select().from(schema.moderationDecisions).where(eq(schema.moderationDecisions.commentId, comment.id));
    expect(log.map((entry) => entry.action)).not.toContain('remove_citation');
  });
});

describe('study page', () => {
  it('lists every published comment citing the study across threads, grouped by stance, with counts', async () => {
    const study = await newStudy();
    const [first, second] = [await ctx.newThread(author), await ctx.newThread(author)];
    const [a, b, c] = [await ctx.newUser(), await ctx.newUser(), await ctx.newUser()];
    const one = await ctx.newComment(a, first.slug, COMMENT);
    const two = await ctx.newComment(b, second.slug, `My take: ${CLAIM}. Not in my case though.`);
    const three = await ctx.newComment(c, second.slug, 'The registry data stop in 2006, so it says little about today.');
    await cite(a, one.id, { studyId: study.id, stance: 'supports', quote: quoteOf(COMMENT, CLAIM) });
    await cite(b, two.id, { studyId: study.id, stance: 'supports' });
    await cite(c, three.id, { studyId: study.id, stance: 'critiques', quote: { exact: 'The registry data stop in 2006' } });
    const held = await ctx.newComment(c, (await ctx.newThread(author, { moderationMode: 'pre' })).slug, COMMENT);
    await cite(c, held.id, { studyId: study.id, stance: 'contradicts' });

    const res = await ctx.request('GET', `/api/studies/${study.id}`);
    expect(res.statusCode).toBe(200);
    const page = res.json() as StudyPage;
    expect(page.counts).toEqual({ supports: 2, contradicts: 0, mentions: 0, critiques: 1 });
    expect(page.citations.supports.map((x) => x.commentId).sort()).toEqual([one.id, two.id].sort());
    expect(page.citations.critiques[0]).toMatchObject({
      commentId: three.id,
      threadSlug: second.slug,
      threadTitle: second.title,
      permalink: `/t/${second.slug}#c-${three.id}`,
      quote: { exact: 'The registry data stop in 2006' },
      author: { id: c.id },
    });
    expect(page.study.shortName).toBe(study.shortName);
  });

  it('drops a comment from the study page when a moderator removes the comment', async () => {
    const { writer, comment, study } = await setup();
    await cite(writer, comment.id, { studyId: study.id, stance: 'supports' });
    expect((await ctx.request('GET', `/api/studies/${study.id}`)).json().counts.supports).toBe(1);
    await ctx.request('DELETE', `/api/comments/${comment.id}`, { as: moderator });
    expect((await ctx.request('GET', `/api/studies/${study.id}`)).json().counts.supports).toBe(0);
  });
});
