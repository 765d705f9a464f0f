import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSource, type ForumExport } from '@forum/importers';
import { citeStudy } from '../src/modules/citations/service.ts';
import { exportForum } from '../src/modules/imports/export.ts';
import { loadDemoStudies } from '../src/modules/studies/demo.ts';
import { importFiles } from '../src/modules/imports/service.ts';
import { createTestContext, type TestContext } from './context.ts';

const source = await createTestContext();
const restored = await createTestContext();

/** The forum as a reader and a moderator would compare it: everything but the moment of export. */
const normalised = ({ exportedAt: _, ...rest }: ForumExport) => rest;

/** What the thread list shows a reader; ids of imported rows are new in the restored forum, their source keys are not. */
async function threadList(ctx: TestContext) {
  const res = await ctx.request('GET', '/api/threads');
  type Summary = { id: string; author: { id: string; handle: string }; slug: string; commentCount: number; lastActivityAt: string };
  return (res.json() as { threads: Summary[] }).threads.map(({ id: _, author, ...t }) => ({ ...t, author: author.handle }));
}

async function buildForum() {
  const author = await source.newUser('author');
  const moderator = await source.newUser('moderator');
  const [ana, ben] = [await source.newUser(), await source.newUser()];
  const held = await source.newThread(author, { title: 'Questions for the transplant team', moderationMode: 'pre' });
  const open = await source.newThread(author, { title: 'Walking after treatment', moderationMode: 'post' });
  const first = await source.newComment(ana, open.slug, 'My walking got better after a year.');
  const reply = await source.newComment(ben, open.slug, 'How far can you walk now?', first.id);
  const claim = await source.newComment(ana, open.slug, 'About two kilometres on a good day, like the MIST trial found for most people.', reply.id);
  const removed = await source.newComment(ben, open.slug, 'You are all fools.');
  expect((await source.request('DELETE', `/api/comments/${removed.id}`, { as: moderator })).statusCode).toBe(204);
  const regret = await source.newComment(ben, open.slug, 'I take that back.', first.id);
  expect((await source.request('DELETE', `/api/comments/${regret.id}`, { as: ben })).statusCode).toBe(204);
  const edited = await source.newComment(ana, open.slug, 'Typo here.');
  expect((await source.request('PATCH', `/api/comments/${edited.id}`, { as: ana, body: { body: 'No typo here.' } })).statusCode).toBe(200);
  await source.newComment(ben, held.slug, 'Does the clinic check heart function first?');
  const { studyIds } = await loadDemoStudies(source.deps, { createdBy: author });
  await citeStudy(source.deps, ana, claim.id, { studyId: studyIds.mist, stance: 'supports', quote: { exact: 'like the MIST trial found', prefix: '', suffix: '' } });
  await citeStudy(source.deps, author, first.id, { studyId: studyIds.muraro2017, stance: 'mentions' });
  const wxr = readFileSync(path.join(import.meta.dirname, 'fixtures/clinic-blog.wxr.xml'), 'utf8');
  await importFiles(source.deps, [{ fileName: 'clinic-blog.wxr.xml', content: wxr }]);
}

describe('export and import back', () => {
  it('restores the same forum into a fresh database: threads, modes, comments with their states, accounts, studies and citations', async () => {
    await buildForum();
    const exported = await exportForum(source.deps);
    const json = JSON.stringify(exported);
    expect(exported.threads.map((t) => t.moderationMode).sort()).toEqual(['auto', 'post', 'pre']);
    expect(new Set(exported.threads.flatMap((t) => t.comments.map((c) => c.state)))).toEqual(new Set(['approved', 'pending', 'rejected', 'spam']));
    expect(exported.citations).toHaveLength(2);
    expect((exported.studies as unknown[]).length).toBeGreaterThan(10);

    const report = await importFiles(restored.deps, [{ fileName: 'forum.json', content: json }]);
    expect(report.problems).toEqual([]);
    expect(normalised(await exportForum(restored.deps))).toEqual(normalised(exported));
    expect(await threadList(restored)).toEqual(await threadList(source));
    const tags = async (ctx: TestContext) => (await ctx.request('GET', '/api/threads/walking-after-treatment')).json().comments;
    expect(JSON.stringify(await tags(restored))).toContain('"shortName":"MIST"');
  });

  it('carries no password hash, and restored accounts wait to be claimed by email', async () => {
    const json = JSON.stringify(await exportForum(source.deps));
    expect(json).not.toMatch(/argon2|passwordHash|password_hash/);
    const { users } = JSON.parse(json) as ForumExport;
    const someone = users!.find((u) => u.role === 'author')!;
    const login = await restored.request('POST', '/api/auth/login', { body: { login: someone.handle, password: 'password-1-long' } });
    expect(login.statusCode).toBe(401);
    const claim = await restored.request('POST', '/api/auth/register', { body: { handle: 'claimed_author', displayName: 'Back Again', email: someone.email, password: 'a-new-long-password' } });
    expect(claim.statusCode).toBe(201);
    expect((await threadList(restored)).filter((t) => t.author === 'claimed_author')).toHaveLength(2);
  });

  it('adds nothing when the same export is imported again', async () => {
    const json = JSON.stringify(await exportForum(source.deps));
    const before = normalised(await exportForum(restored.deps));
    const report = await importFiles(restored.deps, [{ fileName: 'forum.json', content: json }]);
    expect(report.users).toBe(0);
    expect(report.threads.every((t) => !t.isNew && Object.keys(t.created).length === 0)).toBe(true);
    expect(normalised(await exportForum(restored.deps))).toEqual(before);
  });

  it('reads back through the same detection as any other source', () => {
    const result = parseSource(JSON.stringify({ format: 'forum-export', version: 1, threads: [], studies: [{ doi: '10.1001/jama.2015.0625' }] }), 'old.json');
    expect(result).toMatchObject({ format: 'forum-json', sections: { studies: [{ doi: '10.1001/jama.2015.0625' }] } });
  });
});
