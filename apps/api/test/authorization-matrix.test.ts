import { describe, expect, it } from 'vitest';
import type { Access } from '../src/lib/access.ts';
import { createTestContext, type TestUser } from './context.ts';

/**
 * Who may call each route. A route the API serves that is missing here, or listed here
 * but no longer served, fails the first test: every new route must declare its rule.
 */
const EXPECTED: Record<string, Access> = {
  'GET /api/health': 'public',
  'GET /api/openapi.json': 'public',
  'POST /api/auth/register': 'public',
  'POST /api/auth/login': 'public',
  'POST /api/auth/logout': 'member',
  'GET /api/me': 'member',
  'GET /api/admin/users': 'admin',
  'PATCH /api/admin/users/:id': 'admin',
  'GET /api/threads': 'public',
  'POST /api/threads': 'author',
  'GET /api/threads/:slug': 'public',
  'PATCH /api/threads/:slug': 'author',
  'POST /api/threads/:slug/comments': 'member',
  'GET /api/comments/:id/replies': 'public',
  'PATCH /api/comments/:id': 'member',
  'DELETE /api/comments/:id': 'member',
  'PUT /api/comments/:id/appreciation': 'member',
  'DELETE /api/comments/:id/appreciation': 'member',
  'GET /api/search': 'public',
  'GET /api/studies': 'public',
  'POST /api/studies': 'author',
  'POST /api/studies/import': 'author',
  'GET /api/studies/:id': 'public',
  'PATCH /api/studies/:id': 'author',
  'POST /api/studies/:id/confirm-level': 'author',
  'POST /api/comments/:id/citations': 'member',
  'GET /api/comments/:id/citation-suggestions': 'member',
  'DELETE /api/citations/:id': 'member',
  'POST /api/comments/:id/source-requests': 'member',
  'POST /api/source-requests/:id/resolve': 'member',
  'GET /api/source-requests': 'public',
  'GET /api/mod/queue': 'moderator',
  'GET /api/mod/queue/counts': 'moderator',
  'POST /api/mod/comments/:id/decision': 'moderator',
  'POST /api/mod/decisions': 'moderator',
  'GET /api/mod/log': 'moderator',
  'GET /api/mod/settings': 'moderator',
  'PUT /api/mod/settings': 'moderator',
  'POST /api/comments/:id/reports': 'member',
  'GET /api/mod/users/:id': 'moderator',
  'POST /api/mod/users/:id/suspend': 'moderator',
  'POST /api/mod/users/:id/ban': 'moderator',
  'POST /api/mod/users/:id/lift': 'moderator',
  'POST /api/mod/users/:id/notes': 'moderator',
  'POST /api/mod/users/:id/warn': 'moderator',
  'PUT /api/mod/users/:id/premoderation': 'moderator',
  'POST /api/mod/comments/:id/subthread': 'moderator',
  'PUT /api/mod/threads/:id/slow-mode': 'moderator',
  'POST /api/comments/:id/appeal': 'member',
  'GET /api/mod/appeals': 'moderator',
  'POST /api/mod/appeals/:id/decision': 'moderator',
  'GET /api/me/comments': 'member',
  'GET /api/me/warnings': 'member',
  'POST /api/me/warnings/:id/ack': 'member',
  'GET /api/live': 'public',
  'GET /api/users/:handle': 'public',
};

const ROLES = ['member', 'author', 'moderator', 'admin'] as const;
const rank = (r: Access) => (r === 'public' ? -1 : ROLES.indexOf(r));

const ctx = await createTestContext({ LOGIN_RATE_LIMIT: '1000', REGISTER_RATE_LIMIT: '1000' });
const users: Record<string, TestUser> = {};
for (const role of ROLES) users[role] = await ctx.newUser(role);
users.banned = await ctx.newUser('member', { status: 'banned' });

// Placeholder ids: the matrix checks who is let in, not what happens to real rows.
const fill = (url: string) => url.replace(':id', '00000000-0000-4000-8000-000000000000').replace(':slug', 'no-such-thread').replace(':handle', 'no_such_member');

describe('authorization matrix', () => {
  it('declares a rule for every route the API serves, and only for those', () => {
    const served = ctx.app.routeTable.map((r) => `${r.method} ${r.url}`).sort();
    expect(served).toEqual(Object.keys(EXPECTED).sort());
    for (const route of ctx.app.routeTable) expect(route.access, `${route.method} ${route.url}`).toBe(EXPECTED[`${route.method} ${route.url}`]);
  });

  for (const [key, access] of Object.entries(EXPECTED)) {
    const [method, url] = key.split(' ') as [string, string];
    it(`${key} admits exactly the callers its rule names (${access})`, async () => {
      const isWrite = method !== 'GET';
      const anonymous = await ctx.request(method, fill(url), { body: isWrite ? {} : undefined });
      if (access === 'public') expect([401, 403]).not.toContain(anonymous.statusCode);
      else expect(anonymous.statusCode, 'anonymous').toBe(401);

      for (const role of ROLES) {
        const res = await ctx.request(method, fill(url), { as: await ctx.signIn(users[role]!), body: isWrite ? {} : undefined });
        if (rank(role) >= rank(access)) expect([401, 403], `${role} should pass`).not.toContain(res.statusCode);
        else expect(res.statusCode, `${role} should be refused`).toBe(403);
      }

      const route = ctx.app.routeTable.find((r) => r.method === method && r.url === url)!;
      const banned = await ctx.request(method, fill(url), { as: await ctx.signIn(users.banned!), body: isWrite ? {} : undefined });
      const code = banned.body ? banned.json().code : undefined;
      if (rank(access) > rank('member')) expect(banned.statusCode, 'banned member above their role').toBe(403);
      else if (access === 'public' || !isWrite || route.allowRestricted) expect(code).not.toBe('ACCOUNT_RESTRICTED');
      else expect(code, 'banned user writing').toBe('ACCOUNT_RESTRICTED');
    });
  }
});
