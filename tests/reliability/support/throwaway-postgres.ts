import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from '../../e2e/support/forum.ts';

const BIN = '/usr/lib/postgresql/15/bin';

/**
 * A PostgreSQL server of the test's own in a temporary directory, so it can be stopped
 * without touching the machine's shared one. initdb refuses root: it runs as postgres.
 */
export async function throwawayPostgres() {
  const dir = mkdtempSync(path.join(tmpdir(), 'forum-pg-'));
  chmodSync(dir, 0o777);
  const data = path.join(dir, 'data');
  const socketDir = path.join(dir, 'socket');
  mkdirSync(socketDir, { mode: 0o777 });
  chmodSync(socketDir, 0o777);
  const port = await freePort();
  const asPostgres = (bin: string, args: string[]) => execFileSync('runuser', ['-u', 'postgres', '--', path.join(BIN, bin), ...args], { stdio: 'pipe', timeout: 60_000 });
  asPostgres('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync']);
  const options = `-p ${port} -k ${socketDir} -c listen_addresses=127.0.0.1`;

  const start = () => asPostgres('pg_ctl', ['start', '-w', '-D', data, '-l', path.join(dir, 'server.log'), '-o', options]);
  const stop = () => asPostgres('pg_ctl', ['stop', '-w', '-m', 'fast', '-D', data]);
  start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    start,
    stop,
    remove: () => {
      try {
        stop();
      } catch {
        // Already stopped.
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
