import { afterAll } from 'vitest';
import type { Role } from '@forum/contracts';
import { schema } from '@forum/db';
import { buildApp, type App } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import type { Deps } from '../src/deps.ts';
import { createUser, startSession } from '../src/modules/auth/service.ts';
import { freshDatabase, type TestDatabase } from './databases.ts';

export const ORIGIN = 'http://forum.test';

export type TestUser = typeof schema.users.$inferSelect & { cookie: string; password: string };

type RequestOptions = {
  as?: TestUser | null;
  body?: unknown;
  headers?: Record<string, string>;
  cookie?: string;
  /** The caller's address, for tests of the device fingerprint. */
  remoteAddress?: string;
};

let counter = 0;

/** One fresh database and app per test file; closed after the file's tests. */
export async function createTestContext(env: Record<string, string> = {}, logStream?: { write(line: string): void }, extraDeps: Pick<Deps, 'fetch'> = {}) {
  const database: TestDatabase = await freshDatabase();
  const config = loadConfig({ PUBLIC_ORIGIN: ORIGIN, LOG_LEVEL: 'silent', DEMO_DATA: 'false', ...env });
  const clock = { now: new Date() };
  const deps: Deps = { db: database.db, config, now: () => clock.now, ...extraDeps };
  const app: App = await buildApp({ deps, logger: logStream ? { level: 'info', stream: logStream } : false });
  await app.ready();
  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  async function newUser(role: Role = 'member', overrides: Partial<typeof schema.users.$inferInsert> = {}): Promise<TestUser> {
    counter += 1;
    const handle = `user_${process.pid}_${counter}_${Math.floor(Math.random() * 1e6)}`.slice(0, 30);
    const password = `password-${counter}-long`;
    let user = await createUser(deps, { handle, displayName: `User ${counter}`, email: `${handle}@example.org`, password, role });
    if (Object.keys(overrides).length) {
      const { eq } = await import('drizzle-orm');
      user = (await deps.db.update(schema.users).set(overrides).where(eq(schema.users.id, user.id)).returning())[0]!;
    }
    const session = await startSession(deps, user!.id);
    return { ...user!, cookie: `forum_session=${session.token}`, password };
  }

  /** A new session for an existing user: tests that sign out must not spend a shared cookie. */
  async function signIn(user: TestUser): Promise<TestUser> {
    const session = await startSession(deps, user.id);
    return { ...user, cookie: `forum_session=${session.token}` };
  }

  function request(method: string, url: string, options: RequestOptions = {}) {
    const cookie = options.cookie ?? options.as?.cookie;
    const headers: Record<string, string> = { ...(cookie ? { cookie, origin: ORIGIN } : {}), ...options.headers };
    return app.inject({
      method: method as 'GET',
      url,
      headers,
      ...(options.remoteAddress ? { remoteAddress: options.remoteAddress } : {}),
      ...(options.body !== undefined ? { payload: options.body as object } : {}),
    });
  }

  async function newThread(author: TestUser, overrides: Record<string, unknown> = {}) {
    counter += 1;
    const res = await request('POST', '/api/threads', {
      as: author,
      body: { title: `HSCT results discussion ${counter}`, body: 'What the new **trial** means for people with MS.', tags: ['hsct'], moderationMode: 'post', ...overrides },
    });
    if (res.statusCode !== 201) throw new Error(`newThread failed: ${res.statusCode} ${res.body}`);
    return res.json() as { id: string; slug: string; title: string };
  }

  async function newComment(author: TestUser, slug: string, body: string, parentId?: string) {
    const res = await request('POST', `/api/threads/${slug}/comments`, { as: author, body: { body, ...(parentId ? { parentId } : {}) } });
    if (res.statusCode !== 201) throw new Error(`newComment failed: ${res.statusCode} ${res.body}`);
    return res.json() as { id: string; state: string; visibility: string };
  }

  return { app, deps, db: database.db, database, clock, newUser, signIn, newThread, newComment, request };
}

export type TestContext = Awaited<ReturnType<typeof createTestContext>>;

/** The session cookie a response sets, as a Cookie header value. */
export function sessionCookieFrom(response: { headers: Record<string, unknown> }): string | undefined {
  const raw = response.headers['set-cookie'];
  const all = Array.isArray(raw) ? raw : raw ? [String(raw)] : [];
  const found = all.find((c: string) => c.startsWith('forum_session=') && !c.startsWith('forum_session=;'));
  return found?.split(';')[0];
}
