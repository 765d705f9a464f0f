import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const HANDLER = path.join(ROOT, 'apps/web/build/handler.js');
const SOURCES = ['apps/web/src', 'apps/web/svelte.config.js', 'apps/web/vite.config.ts', 'packages/contracts/src', 'packages/moderation/src'];

function newestChange(entry: string): number {
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(entry).reduce((newest, name) => Math.max(newest, newestChange(path.join(entry, name))), stat.mtimeMs);
}

/** The journeys run the built product, so a build older than its sources would test stale pages. */
export function ensureWebBuild(): void {
  const built = existsSync(HANDLER) ? statSync(HANDLER).mtimeMs : 0;
  const sources = Math.max(...SOURCES.map((s) => path.join(ROOT, s)).filter(existsSync).map(newestChange));
  if (built > sources) return;
  const result = spawnSync('pnpm', ['--filter', '@forum/web', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('pnpm --filter @forum/web build failed');
}
