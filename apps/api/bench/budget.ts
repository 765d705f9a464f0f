/**
 * The thread page against its budget: server render median < 100 ms, first-load JavaScript < 60 KB gzipped.
 *   pnpm budget        (builds nothing: run pnpm --filter @forum/web build first)
 * A figure, not a test: the render time depends on the machine's load.
 */
import { createDb, migrate } from '@forum/db';
import { benchThreadPage } from './thread-page.ts';

const BUDGET = { ssrMedianMs: 100, jsKbGzip: 60 };

const handle = await createDb({ kind: 'pglite' });
try {
  await migrate(handle);
  const { threadPage, scripts } = await benchThreadPage({ kind: 'pglite', handle, drop: () => handle.close() });
  const line = (label: string, value: number, limit: number, unit: string) =>
    console.log(`  ${label.padEnd(40)} ${String(value).padStart(7)} ${unit.padEnd(3)} budget < ${limit} ${unit}  ${value < limit ? 'within' : 'OVER'}`);
  console.log('thread page /t/<slug>, 200 comments (PGlite)');
  line('server render median', threadPage.ssrMedianMs, BUDGET.ssrMedianMs, 'ms');
  line(`first-load JavaScript, ${scripts} files, gzipped`, threadPage.jsKbGzip, BUDGET.jsKbGzip, 'KB');
} finally {
  await handle.close();
}
