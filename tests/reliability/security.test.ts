import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { schema } from '@forum/db';
import { createTestContext, sessionCookieFrom, type TestUser } from '../../apps/api/test/context.ts';

const ctx = await createTestContext();
const author = await ctx.newUser('author');
const moderator = await ctx.newUser('moderator');
const json = { 'content-type': 'application/json' };
const withoutRequestId = (body: string) => ({ ...JSON.parse(body), requestId: undefined });

describe('cross-origin writes', () => {
  it('refuses a signed-in POST from another site, or with no Origin, with 403 and writes nothing', async () => {
    const member = await ctx.newUser();
    const thread = await ctx.newThread(author);
    const post = (origin: string | undefined) =>
      ctx.app.inject({ method: 'POST', url: `/api/threads/${thread.slug}/comments`, headers: { cookie: member.cookie, ...json, ...(origin ? { origin } : {}) }, payload: { body: 'Posted by a form on another site' } });
    const evil = await post('http://evil.test');
    const none = await post(undefined);
    expect([evil.statusCode, none.statusCode]).toEqual([403, 403]);
    expect(evil.json().code).toBe('CROSS_ORIGIN');
    expect(await ctx.db.select().from(schema.comments).where(eq(schema.comments.threadId, thread.id))).toEqual([]);
  });
});

describe('signing in', () => {
  it('issues a new session token at login and ends the one the browser already had (no fixation)', async () => {
    const user = await ctx.newUser();
    const planted = await ctx.signIn(user);
    const login = await ctx.request('POST', '/api/auth/login', { cookie: planted.cookie, body: { login: user.handle, password: user.password } });
    const fresh = sessionCookieFrom(login);
    expect(login.statusCode).toBe(200);
    expect(fresh).toBeDefined();
    expect(fresh).not.toBe(planted.cookie);
    expect((await ctx.request('GET', '/api/me', { cookie: planted.cookie })).statusCode).toBe(401);
    expect((await ctx.request('GET', '/api/me', { cookie: fresh! })).statusCode).toBe(200);
  });

  it('answers an unknown login and a wrong password with the same status and body', async () => {
    const user = await ctx.newUser();
    const unknown = await ctx.request('POST', '/api/auth/login', { headers: json, body: { login: 'nobody_by_this_name', password: 'some password here' } });
    const wrong = await ctx.request('POST', '/api/auth/login', { headers: json, body: { login: user.handle, password: 'some password here' } });
    const wrongByEmail = await ctx.request('POST', '/api/auth/login', { headers: json, body: { login: user.email!, password: 'some password here' } });
    expect(unknown.statusCode).toBe(401);
    expect([wrong.statusCode, wrongByEmail.statusCode]).toEqual([401, 401]);
    expect(withoutRequestId(wrong.body)).toEqual(withoutRequestId(unknown.body));
    expect(withoutRequestId(wrongByEmail.body)).toEqual(withoutRequestId(unknown.body));
  });
});

describe("another member's private data", () => {
  async function everythingAMemberCanRead(reader: TestUser, slugs: string[], commentId: string, writer: TestUser) {
    const urls = [...slugs.map((slug) => `/api/threads/${slug}`), `/api/threads`, `/api/comments/${commentId}/replies`, `/api/search?q=secret`, `/api/me/comments`, `/api/mod/users/${writer.id}`, `/api/mod/queue`];
    const answers = await Promise.all(urls.map((url) => ctx.request('GET', url, { as: reader })));
    return Object.fromEntries(urls.map((url, i) => [url, answers[i]!]));
  }

  it('hides a pending comment, the email address and the sockpuppet data of one member from another', async () => {
    const writer = await ctx.newUser();
    const puppet = await ctx.newUser();
    const reader = await ctx.newUser();
    const open = await ctx.newThread(author);
    const held = await ctx.newThread(author, { moderationMode: 'pre' });
    // The writer and a second account post from one device: the moderators' sockpuppet signal.
    const device = { remoteAddress: '203.0.113.7', headers: { 'user-agent': 'Same browser' } };
    const published = await ctx.request('POST', `/api/threads/${open.slug}/comments`, { as: writer, body: { body: 'A public comment' }, ...device });
    await ctx.request('POST', `/api/threads/${open.slug}/comments`, { as: puppet, body: { body: 'Agreeing with myself' }, ...device });
    const pending = await ctx.request('POST', `/api/threads/${held.slug}/comments`, { as: writer, body: { body: 'My secret pending question' }, ...device });
    expect(pending.json().state).toBe('pending');
    const [row] = await ctx.db.select({ fingerprint: schema.comments.fingerprint }).from(schema.comments).where(eq(schema.comments.id, published.json().id));

    const asModerator = await ctx.request('GET', `/api/mod/users/${writer.id}`, { as: moderator });
    expect(asModerator.json().linkedAccounts.map((l: { user: { id: string } }) => l.user.id)).toEqual([puppet.id]);

    const seen = await everythingAMemberCanRead(reader, [held.slug, open.slug], pending.json().id, writer);
    expect(seen[`/api/mod/users/${writer.id}`]!.statusCode).toBe(403);
    expect(seen['/api/mod/queue']!.statusCode).toBe(403);
    const readable = Object.values(seen).filter((r) => r.statusCode === 200).map((r) => r.body);
    expect(readable.length).toBeGreaterThanOrEqual(5);
    expect(readable.some((body) => body.includes(published.json().id))).toBe(true);
    for (const body of readable) {
      expect(body).not.toContain('secret pending');
      expect(body).not.toContain(pending.json().id);
      expect(body).not.toContain(writer.email!);
      expect(body).not.toContain(row!.fingerprint!);
    }
  });
});

describe('size limits', () => {
  it('answers a body over the limit with 413 problem+json, for a comment and for a study import', async () => {
    const member = await ctx.newUser();
    const thread = await ctx.newThread(author);
    const huge = 'x'.repeat(300 * 1024);
    const comment = await ctx.request('POST', `/api/threads/${thread.slug}/comments`, { as: member, body: { body: huge } });
    const upload = await ctx.request('POST', '/api/studies/import', { as: author, body: { format: 'ris', content: huge } });
    for (const res of [comment, upload]) {
      expect(res.statusCode).toBe(413);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.json().code).toBe('PAYLOAD_TOO_LARGE');
    }
  });
});
