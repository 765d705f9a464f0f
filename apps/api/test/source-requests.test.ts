import { describe, expect, it } from 'vitest';
import type { CommentNode, OpenSourceRequests } from '@forum/contracts';
import { createTestContext, type TestUser } from './context.ts';

const ctx = await createTestContext();
const author = await ctx.newUser('author');

const CLAIM = 'Lemtrada is only 70% as effective as HSCT';
const OTHER = 'secondary autoimmunity is far rarer after HSCT';
const COMMENT = `From what I have read, ${CLAIM}, and ${OTHER}.`;

async function setup() {
  const thread = await ctx.newThread(author);
  const writer = await ctx.newUser();
  const reader = await ctx.newUser();
  const comment = await ctx.newComment(writer, thread.slug, COMMENT);
  return { thread, writer, reader, comment };
}

const ask = (as: TestUser, commentId: string, exact: string) => ctx.request('POST', `/api/comments/${commentId}/source-requests`, { as, body: { quote: { exact } } });
const resolve = (as: TestUser, id: string, resolution: string) => ctx.request('POST', `/api/source-requests/${id}/resolve`, { as, body: { resolution } });

async function openOn(slug: string, commentId: string): Promise<string[]> {
  const res = await ctx.request('GET', `/api/threads/${slug}`);
  const node = (res.json().comments as CommentNode[]).find((n) => n.id === commentId)!;
  return node.sourceRequests.map((r) => r.quote.exact);
}

async function counts(query: string): Promise<OpenSourceRequests> {
  const res = await ctx.request('GET', `/api/source-requests?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

describe('"Source?" requests', () => {
  it('shows a request on the comment and counts it for the thread and for the comment’s author', async () => {
    const { thread, writer, reader, comment } = await setup();
    const res = await ask(reader, comment.id, CLAIM);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ commentId: comment.id, status: 'open', requestedBy: { id: reader.id }, quote: { exact: CLAIM } });
    ctx.clock.now = new Date(ctx.clock.now.getTime() + 1000);
    await ask(await ctx.newUser(), comment.id, OTHER);
    expect(await openOn(thread.slug, comment.id)).toEqual([CLAIM, OTHER]);
    expect((await counts(`thread=${thread.slug}`)).open).toBe(2);
    const byAuthor = await counts(`author=${writer.handle}`);
    expect(byAuthor.open).toBe(2);
    expect(byAuthor.requests.map((r) => r.commentId)).toEqual([comment.id, comment.id]);
  });

  it('lets only the comment’s author mark a claim as personal experience, which closes the request', async () => {
    const { thread, writer, reader, comment } = await setup();
    const request = (await ask(reader, comment.id, CLAIM)).json();
    expect((await resolve(reader, request.id, 'personal_experience')).statusCode).toBe(403);
    const res = await resolve(writer, request.id, 'personal_experience');
    expect(res.statusCode).toBe(200);
    expect(res.json().status).toBe('personal_experience');
    expect(await openOn(thread.slug, comment.id)).toEqual([]);
    expect((await counts(`thread=${thread.slug}`)).open).toBe(0);
    expect((await resolve(writer, request.id, 'cited')).statusCode).toBe(409);
  });

  it('closes the request when the author cites a study for the same words', async () => {
    const { thread, writer, reader, comment } = await setup();
    await ask(reader, comment.id, CLAIM);
    await ask(reader, comment.id, OTHER);
    const study = await ctx.request('POST', '/api/studies', { as: author, body: { title: 'Alemtuzumab versus HSCT: an observational comparison', shortName: 'Lemtrada vs HSCT', design: 'cohort' } });
    const cited = await ctx.request('POST', `/api/comments/${comment.id}/citations`, { as: writer, body: { studyId: study.json().id, stance: 'supports', quote: { exact: 'only 70% as effective' } } });
    expect(cited.statusCode).toBe(201);
    expect(await openOn(thread.slug, comment.id)).toEqual([OTHER]);
  });

  it('accepts "cited" only once the comment cites a study', async () => {
    const { writer, reader, comment } = await setup();
    const request = (await ask(reader, comment.id, OTHER)).json();
    const early = await resolve(writer, request.id, 'cited');
    expect(early.statusCode).toBe(400);
    expect(early.json().errors[0].path).toBe('body.resolution');
    const study = await ctx.request('POST', '/api/studies', { as: author, body: { title: 'Secondary autoimmunity after HSCT in MS', shortName: 'Autoimmunity review' } });
    await ctx.request('POST', `/api/comments/${comment.id}/citations`, { as: writer, body: { studyId: study.json().id, stance: 'mentions' } });
    expect((await resolve(writer, request.id, 'cited')).json().status).toBe('cited');
  });

  it('refuses a request on one’s own comment, or for words the comment does not have', async () => {
    const { writer, reader, comment } = await setup();
    expect((await ask(writer, comment.id, CLAIM)).statusCode).toBe(403);
    const missing = await ask(reader, comment.id, 'HSCT cures MS');
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors[0].path).toBe('body.quote.exact');
    const unscoped = await ctx.request('GET', '/api/source-requests');
    expect(unscoped.statusCode).toBe(400);
    expect(unscoped.json().errors[0].path).toBe('querystring.thread');
  });
});
