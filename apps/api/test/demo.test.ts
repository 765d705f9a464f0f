import { readFileSync } from 'node:fs';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { schema } from '@forum/db';
import { PEOPLE } from '../src/modules/demo/content/index.ts';
import { demoScript } from '../src/modules/demo/script.ts';
import { loadDemoIfEmpty, resetDemo } from '../src/modules/demo/service.ts';
import { createTestContext, sessionCookieFrom } from './context.ts';

const ctx = await createTestContext();
const c = schema.comments;

async function counts() {
  const [row] = await ctx.db
    .select({
      comments: sql<number>`count(*)::int`,
      maxDepth: sql<number>`max(${c.depth})::int`,
      spam: sql<number>`count(*) filter (where ${c.state} = 'spam')::int`,
      pending: sql<number>`count(*) filter (where ${c.state} = 'pending')::int`,
      users: sql<number>`(select count(*) from users)::int`,
      threads: sql<number>`(select count(*) from threads)::int`,
    })
    .from(c);
  return row!;
}

describe('the demo forum', () => {
  it('loads on a fresh database (printing its load time) with five threads and 150+ comments nested five levels below the top', async () => {
    const loaded = await loadDemoIfEmpty(ctx.deps);
    console.log(`demo loaded in ${loaded!.seconds.toFixed(2)} s`);
    const now = await counts();
    expect(now.comments).toBeGreaterThanOrEqual(150);
    expect(now.maxDepth).toBe(5);
    const threads = (await ctx.request('GET', '/api/threads')).json().threads as Array<{ moderationMode: string; commentCount: number }>;
    expect(threads.map((t) => t.moderationMode).sort()).toEqual(['auto', 'auto', 'auto', 'post', 'pre']);
    expect(threads.every((t) => t.commentCount >= 20)).toBe(true);
  });

  it('keeps a prophet testimonial, a loan offer and a link drop in the spam folder, which the spam filter also flags, and a handful of comments waiting', async () => {
    const spam = await ctx.db.select({ body: c.body }).from(c).where(eq(c.state, 'spam'));
    expect(spam.map((s) => s.body).join('\n')).toMatch(/Prophet[\s\S]*\+234/);
    expect(spam.some((s) => /loans?/i.test(s.body))).toBe(true);
    expect(spam.some((s) => /https:\/\/best-stemcell-clinics/.test(s.body))).toBe(true);
    const verdicts = await ctx.db.select({ verdict: schema.spamScores.verdict }).from(schema.spamScores).innerJoin(c, eq(c.id, schema.spamScores.commentId)).where(eq(c.state, 'spam'));
    expect(verdicts.map((v) => v.verdict)).toEqual(['spam', 'spam', 'spam']);
    const { pending } = await counts();
    expect(pending).toBeGreaterThanOrEqual(4);
    expect(pending).toBeLessThanOrEqual(12);
  });

  it('shows the demo moderator a queue with waiting, reported and spam comments', async () => {
    const moderator = PEOPLE.find((p) => p.role === 'moderator')!;
    const login = await ctx.request('POST', '/api/auth/login', { body: { login: moderator.handle, password: moderator.password } });
    const cookie = sessionCookieFrom(login)!;
    const queue = await ctx.request('GET', '/api/mod/queue/counts', { cookie });
    expect(queue.statusCode).toBe(200);
    const counts = queue.json() as { pending: number; reported: number; spam: number };
    expect(counts.pending).toBeGreaterThanOrEqual(4);
    expect(counts.reported).toBeGreaterThanOrEqual(3);
    expect(counts.spam).toBe(3);
    const list = async (state: string) => {
      const res = await ctx.request('GET', `/api/mod/queue?state=${state}&limit=100`, { cookie });
      expect(res.statusCode, state).toBe(200);
      return (res.json().items as Array<{ comment: { body: string }; spam: { verdict: string } | null }>);
    };
    expect((await list('reported')).map((i) => i.comment.body).join('\n')).toContain('lab rat');
    expect((await list('pending')).length).toBe(counts.pending);
    expect((await list('spam')).map((i) => i.spam?.verdict)).toEqual(['spam', 'spam', 'spam']);
    expect((await ctx.request('GET', '/api/mod/log', { cookie })).statusCode).toBe(200);
  });

  it('links comments to the studies they argue about, with every stance, and offers the studies comments name', async () => {
    const stances = await ctx.db.select({ stance: schema.citations.stance, n: sql<number>`count(*)::int` }).from(schema.citations).groupBy(schema.citations.stance);
    expect(stances.map((s) => s.stance).sort()).toEqual(['contradicts', 'critiques', 'mentions', 'supports']);
    const [studies] = await ctx.db.select({ n: sql<number>`count(*)::int` }).from(schema.studies);
    expect(studies!.n).toBeGreaterThanOrEqual(10);
    const thread = (await ctx.request('GET', '/api/threads/what-the-hsct-trials-show')).json();
    expect(JSON.stringify(thread.comments)).toContain('"shortName":"MIST"');
    const offered = await ctx.db.select({ n: sql<number>`count(*)::int` }).from(schema.citationSuggestions).where(sql`${schema.citationSuggestions.studyId} is not null`);
    expect(offered[0]!.n).toBeGreaterThan(0);
  });

  it('lets every role sign in with the password README lists', async () => {
    const readme = readFileSync(path.resolve(import.meta.dirname, '../../../README.md'), 'utf8');
    const withPassword = PEOPLE.filter((p) => p.password);
    expect(new Set(withPassword.map((p) => p.role))).toEqual(new Set(['admin', 'moderator', 'author', 'member']));
    for (const person of withPassword) {
      expect(readme).toContain(`| \`${person.handle}\` | ${person.role} | \`${person.password}\` |`);
      const login = await ctx.request('POST', '/api/auth/login', { body: { login: person.handle, password: person.password } });
      expect(login.statusCode, person.handle).toBe(200);
      expect(login.json()).toMatchObject({ handle: person.handle, role: person.role });
    }
  });

  it('does not let the people without a password sign in', async () => {
    const login = await ctx.request('POST', '/api/auth/login', { body: { login: 'greg_h', password: 'demo-member-password' } });
    expect(login.statusCode).toBe(401);
  });

  it('is not loaded again on a second start', async () => {
    const before = await counts();
    expect(await loadDemoIfEmpty(ctx.deps)).toBeNull();
    expect(await counts()).toEqual(before);
  });

  it('reloads from scratch on reset, dropping what was added since', async () => {
    const before = await counts();
    const member = await ctx.newUser();
    await ctx.newComment(member, 'recovery-diaries-first-year', 'Added after the demo loaded.');
    const reloaded = await resetDemo(ctx.deps);
    console.log(`demo reloaded in ${reloaded.seconds.toFixed(2)} s`);
    expect(reloaded.comments).toBe(before.comments);
    expect(await counts()).toEqual(before);
  });
});

describe('the demo script', () => {
  const people = [{ handle: 'ana', name: 'Ana', role: 'member' as const }];
  const thread = (comments: string) => ({ slug: 's', title: 'T', author: 'ana', mode: 'auto' as const, tags: [], ageDays: 2, body: 'B', comments });

  it('nests replies by indent and dates them from the thread start', () => {
    const now = new Date('2026-01-10T00:00:00Z');
    const { forum, citations } = demoScript(people, [thread('ana 1h cite:mist:supports: First\n  ana 2h: Reply')], ['mist'], now);
    const [first, reply] = forum.threads[0]!.comments;
    expect(reply).toMatchObject({ parentSourceId: first!.sourceId, depth: 1, createdAt: '2026-01-08T02:00:00.000Z' });
    expect(citations).toEqual([{ comment: first!.sourceId, author: 'ana', study: 'mist', stance: 'supports' }]);
  });

  it('refuses a reply older than its parent, a skipped level and an unknown flag, naming the line', () => {
    const now = new Date();
    expect(() => demoScript(people, [thread('ana 2h: First\n  ana 1h: Reply')], [], now)).toThrow('line 2: a reply must come after its parent');
    expect(() => demoScript(people, [thread('ana 2h: First\n    ana 3h: Reply')], [], now)).toThrow('line 2: indent by two spaces');
    expect(() => demoScript(people, [thread('ana 2h cite:nope:supports: First')], [], now)).toThrow('line 1: unknown flag cite:nope:supports');
  });
});

