import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from './build.ts';

export type Role = 'member' | 'author' | 'moderator' | 'admin';
export type ForumUser = { id: string; handle: string; displayName: string; email: string; password: string; role: Role; cookie: string };

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function productEnv(port: number, dataDir: string, overrides: Record<string, string>): NodeJS.ProcessEnv {
  const { DATABASE_URL: _db, TEST_DATABASE_URL: _test, ORIGIN: _origin, ...env } = process.env;
  return {
    ...env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    DEMO_DATA: 'false',
    LOG_LEVEL: 'warn',
    // Each journey registers several people from one address.
    REGISTER_RATE_LIMIT: '1000',
    LOGIN_RATE_LIMIT: '1000',
    ...overrides,
  };
}

let counter = 0;
function uniqueHandle(prefix: string): string {
  counter += 1;
  return `${prefix}_${process.pid}_${counter}`.slice(0, 30);
}

async function waitUntilUp(origin: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the forum exited with ${child.exitCode}:\n${output()}`);
    const ok = await fetch(`${origin}/api/health`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the forum did not answer within 60 s:\n${output()}`);
}

/** The demo's admin, whose password README lists. */
const DEMO_ADMIN = { handle: 'demo_admin', password: 'demo-admin-password' };

/**
 * Starts the built product (API and pages in one process) on a free port and a fresh PGlite
 * directory. An admin is created with the CLI first, because PGlite allows one process at a time;
 * with `demo`, the first start loads the demo forum instead and its admin is used.
 */
export async function startForum(options: { env?: Record<string, string>; demo?: boolean } = {}) {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(path.join(tmpdir(), 'forum-e2e-'));
  const env = productEnv(port, dataDir, { ...(options.demo ? { DEMO_DATA: 'true' } : {}), ...options.env });

  const adminHandle = options.demo ? DEMO_ADMIN.handle : uniqueHandle('admin');
  const adminPassword = options.demo ? DEMO_ADMIN.password : 'admin-password-long';
  if (!options.demo) {
    const cli = spawnSync('node', ['--import', 'tsx', 'apps/api/src/cli.ts', 'user:create', '--handle', adminHandle, '--email', `${adminHandle}@example.org`, '--password', adminPassword, '--role', 'admin'], { cwd: ROOT, env, encoding: 'utf8' });
    if (cli.status !== 0) throw new Error(`pnpm forum user:create failed: ${cli.stderr}`);
  }

  let log = '';
  const child = spawn('node', ['--import', 'tsx', 'apps/api/src/server.ts'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (d) => (log += d));
  child.stderr!.on('data', (d) => (log += d));
  await waitUntilUp(origin, child, () => log);

  async function api<T = unknown>(method: string, url: string, options: { as?: ForumUser | null; body?: unknown } = {}): Promise<{ status: number; body: T; cookie: string | null }> {
    const headers: Record<string, string> = { origin };
    if (options.as) headers.cookie = options.as.cookie;
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(`${origin}${url}`, { method, headers, body: options.body === undefined ? undefined : JSON.stringify(options.body) });
    const text = await res.text();
    const setCookie = res.headers.getSetCookie().find((c) => c.startsWith('forum_session='));
    return { status: res.status, body: (text ? JSON.parse(text) : null) as T, cookie: setCookie ? setCookie.split(';')[0]! : null };
  }

  async function expectOk<T>(method: string, url: string, options: { as?: ForumUser | null; body?: unknown }, status: number): Promise<{ body: T; cookie: string | null }> {
    const res = await api<T>(method, url, options);
    if (res.status !== status) throw new Error(`${method} ${url} answered ${res.status}: ${JSON.stringify(res.body)}`);
    return res;
  }

  const login = await expectOk<{ id: string }>('POST', '/api/auth/login', { body: { login: adminHandle, password: adminPassword } }, 200);
  const admin: ForumUser = { id: login.body.id, handle: adminHandle, displayName: adminHandle, email: `${adminHandle}@example.org`, password: adminPassword, role: 'admin', cookie: login.cookie! };

  /** A person registered through the API, promoted by the admin when they need a role. */
  async function newUser(role: Role = 'member', displayName?: string): Promise<ForumUser> {
    const handle = uniqueHandle(role);
    const input = { handle, displayName: displayName ?? `Reader ${counter}`, email: `${handle}@example.org`, password: `password-${handle}` };
    const res = await expectOk<{ id: string }>('POST', '/api/auth/register', { body: input }, 201);
    if (role !== 'member') await expectOk('PATCH', `/api/admin/users/${res.body.id}`, { as: admin, body: { role } }, 200);
    return { ...input, id: res.body.id, role, cookie: res.cookie! };
  }

  async function newThread(author: ForumUser, input: { title: string; body: string; tags?: string[]; moderationMode?: 'pre' | 'post' | 'auto' }) {
    const res = await expectOk<{ id: string; slug: string }>('POST', '/api/threads', { as: author, body: { moderationMode: 'post', ...input } }, 201);
    return res.body;
  }

  async function newComment(author: ForumUser, slug: string, body: string, parentId?: string) {
    const res = await expectOk<{ id: string; visibility: string }>('POST', `/api/threads/${slug}/comments`, { as: author, body: { body, ...(parentId ? { parentId } : {}) } }, 201);
    return res.body;
  }

  async function stop() {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  }

  return { origin, admin, api, newUser, newThread, newComment, stop, log: () => log };
}

export type Forum = Awaited<ReturnType<typeof startForum>>;
