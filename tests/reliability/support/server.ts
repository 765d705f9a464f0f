import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../e2e/support/forum.ts';

export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
/** PUBLIC_ORIGIN of every server the suite starts, so live sockets and writes pass the Origin check. */
export const ORIGIN = 'http://forum.test';

export type ApiProcess = Awaited<ReturnType<typeof startApi>>;

/** The database half of a server's environment: DATABASE_URL for PostgreSQL, DATA_DIR for PGlite. */
export type DatabaseEnv = { DATABASE_URL: string } | { DATA_DIR: string };

/**
 * Runs the real server entry (node --import tsx apps/api/src/server.ts) as a child process on
 * loopback, and waits until its health check answers. `restart` reuses the port, as a supervisor would.
 */
export async function startApi(database: DatabaseEnv, env: Record<string, string> = {}) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const { DATABASE_URL: _db, TEST_DATABASE_URL: _test, DATA_DIR: _dir, ...inherited } = process.env;
  const fullEnv = {
    ...inherited,
    ...database,
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_ORIGIN: ORIGIN,
    DEMO_DATA: 'false',
    LOG_LEVEL: 'warn',
    LIVE_POLL_MS: '200',
    ...env,
  };
  let child: ChildProcess;
  let log = '';

  async function launch() {
    child = spawn(process.execPath, ['--import', 'tsx', 'apps/api/src/server.ts'], { cwd: ROOT, env: fullEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout!.on('data', (d) => (log += d));
    child.stderr!.on('data', (d) => (log += d));
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode}:\n${log}`);
      if (await fetch(`${url}/api/health`).then((r) => r.ok, () => false)) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`the API did not answer within 60 s:\n${log}`);
  }

  function exited(): Promise<number | null> {
    if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
    return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  }

  /** Sends the signal and waits for the process to end. */
  async function signal(name: NodeJS.Signals): Promise<number | null> {
    const done = exited();
    child.kill(name);
    return done;
  }

  await launch();
  return {
    url,
    origin: ORIGIN,
    get pid() {
      return child.pid!;
    },
    log: () => log,
    signal,
    exited,
    restart: launch,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) await signal('SIGTERM');
    },
  };
}
