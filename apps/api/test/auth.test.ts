import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { schema } from '@forum/db';
import { ORIGIN, createTestContext, sessionCookieFrom } from './context.ts';

const logLines: string[] = [];
const ctx = await createTestContext({ LOGIN_RATE_LIMIT: '10', REGISTER_RATE_LIMIT: '100' }, { write: (line) => void logLines.push(line) });

const json = { origin: ORIGIN };
const password = 'correct horse battery';

async function register(handle: string) {
  return ctx.request('POST', '/api/auth/register', {
    headers: json,
    body: { handle, displayName: 'Marie Curious', email: `${handle}@example.org`, password },
  });
}

describe('accounts', () => {
  it('registers, signs in, reads /api/me, signs out, and the old cookie is then refused', async () => {
    const registered = await register('marie');
    expect(registered.statusCode).toBe(201);
    expect(registered.json()).toMatchObject({ handle: 'marie', role: 'member', status: 'active' });
    expect(registered.json()).not.toHaveProperty('passwordHash');

    const login = await ctx.request('POST', '/api/auth/login', { headers: json, body: { login: 'marie@example.org', password } });
    expect(login.statusCode).toBe(200);
    const cookie = sessionCookieFrom(login)!;
    const setCookie = String(login.headers['set-cookie']);
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Lax');

    const me = await ctx.request('GET', '/api/me', { cookie });
    expect(me.statusCode).toBe(200);
    expect(me.json().email).toBe('marie@example.org');

    const logout = await ctx.request('POST', '/api/auth/logout', { cookie });
    expect(logout.statusCode).toBe(204);
    const after = await ctx.request('GET', '/api/me', { cookie });
    expect(after.statusCode).toBe(401);
    expect(after.json().code).toBe('NOT_AUTHENTICATED');
  });

  it('stores an argon2id hash and never logs the plain password', async () => {
    await register('hashcheck');
    const [user] = await ctx.db.select().from(schema.users).where(eq(schema.users.handle, 'hashcheck'));
    expect(user!.passwordHash).toMatch(/^\$argon2id\$/);
    await ctx.request('POST', '/api/auth/login', { headers: json, body: { login: 'hashcheck', password } });
    expect(logLines.length).toBeGreaterThan(0);
    expect(logLines.join('\n')).not.toContain(password);
  });

  it('gives an unknown user and a wrong password the same answer', async () => {
    await register('enumtest');
    const unknown = await ctx.request('POST', '/api/auth/login', { headers: json, body: { login: 'nobody_here', password } });
    const wrong = await ctx.request('POST', '/api/auth/login', { headers: json, body: { login: 'enumtest', password: 'wrong password!' } });
    expect(unknown.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    const strip = (r: typeof unknown) => ({ ...r.json(), requestId: undefined });
    expect(strip(unknown)).toEqual(strip(wrong));
  });

  it('takes about the same time for an unknown user as for a wrong password', async () => {
    await register('timingtest');
    const time = async (login: string) => {
      const start = performance.now();
      await ctx.request('POST', '/api/auth/login', { headers: json, body: { login, password: 'not the password' } });
      return performance.now() - start;
    };
    // Interleaved and taking the fastest of five, so a busy machine slows both sides alike.
    const unknown: number[] = [];
    const wrong: number[] = [];
    for (let i = 0; i < 5; i++) {
      unknown.push(await time(`ghost_${i}`));
      wrong.push(await time('timingtest'));
    }
    const ratio = Math.min(...unknown) / Math.min(...wrong);
    // Both verify one argon2 hash; without the decoy the unknown case would be ~100x faster.
    expect(ratio).toBeGreaterThan(1 / 3);
    expect(ratio).toBeLessThan(3);
  });

  it('issues a new session id at login, so a planted session is useless', async () => {
    await register('fixation');
    const first = await ctx.request('POST', '/api/auth/login', { headers: json, body: { login: 'fixation', password } });
    const planted = sessionCookieFrom(first)!;
    const second = await ctx.request('POST', '/api/auth/login', { cookie: planted, body: { login: 'fixation', password } });
    const fresh = sessionCookieFrom(second)!;
    expect(fresh).not.toBe(planted);
    expect((await ctx.request('GET', '/api/me', { cookie: planted })).statusCode).toBe(401);
    expect((await ctx.request('GET', '/api/me', { cookie: fresh })).statusCode).toBe(200);
  });

  it('refuses a taken handle or email with 409 naming the field', async () => {
    await register('taken');
    const again = await register('taken');
    expect(again.statusCode).toBe(409);
    expect(again.json().errors[0].path).toBe('body.handle');
    const sameEmail = await ctx.request('POST', '/api/auth/register', {
      headers: json,
      body: { handle: 'other_one', displayName: 'X', email: 'TAKEN@example.org', password },
    });
    expect(sameEmail.statusCode).toBe(409);
    expect(sameEmail.json().errors[0].path).toBe('body.email');
  });

  it('explains each invalid registration field', async () => {
    const res = await ctx.request('POST', '/api/auth/register', {
      headers: json,
      body: { handle: 'Bad Handle!', displayName: 'X', email: 'nope', password: 'short' },
    });
    expect(res.statusCode).toBe(400);
    const paths = res.json().errors.map((e: { path: string }) => e.path).sort();
    expect(paths).toEqual(['body.email', 'body.handle', 'body.password']);
  });

  it('refuses a cross-origin POST that carries the session cookie', async () => {
    const user = await ctx.newUser();
    const res = await ctx.request('POST', '/api/auth/logout', { as: user, headers: { origin: 'https://evil.example' } });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('CROSS_ORIGIN');
    expect((await ctx.request('GET', '/api/me', { as: user })).statusCode).toBe(200);
  });

  it('answers the 11th login within a minute with 429 and Retry-After', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      const res = await ctx.request('POST', '/api/auth/login', { headers: json, body: { login: 'brute_force_target', password: 'guess-guess' } });
      statuses.push(res.statusCode);
      if (i === 10) {
        expect(res.headers['retry-after']).toBeDefined();
        expect(res.json().code).toBe('RATE_LIMITED');
      }
    }
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses[10]).toBe(429);
  });

  it('lets an admin change a role and a ban take effect on writes', async () => {
    const admin = await ctx.newUser('admin');
    const member = await ctx.newUser('member');
    const promoted = await ctx.request('PATCH', `/api/admin/users/${member.id}`, { as: admin, body: { role: 'author' } });
    expect(promoted.statusCode).toBe(200);
    expect(promoted.json().role).toBe('author');
    const banned = await ctx.request('PATCH', `/api/admin/users/${member.id}`, { as: admin, body: { status: 'banned' } });
    expect(banned.json().status).toBe('banned');
    const denied = await ctx.request('PATCH', `/api/admin/users/${admin.id}`, { as: member, body: { role: 'member' } });
    expect(denied.statusCode).toBe(403);
  });

  it('lets a signed-out session renew past half its life', async () => {
    const user = await ctx.newUser();
    const [before] = await ctx.db.select().from(schema.sessions).where(eq(schema.sessions.userId, user.id));
    ctx.clock.now = new Date(Date.now() + 20 * 24 * 3600 * 1000);
    const res = await ctx.request('GET', '/api/me', { as: user });
    ctx.clock.now = new Date();
    expect(res.statusCode).toBe(200);
    expect(String(res.headers['set-cookie'])).toContain('forum_session=');
    const [after] = await ctx.db.select().from(schema.sessions).where(eq(schema.sessions.userId, user.id));
    expect(after!.expiresAt.getTime()).toBeGreaterThan(before!.expiresAt.getTime());
  });
});
