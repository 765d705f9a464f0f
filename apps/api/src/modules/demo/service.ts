import { parseForumJson } from '@forum/importers';
import type { Deps } from '../../deps.ts';
import { hashPassword } from '../auth/passwords.ts';
import { importResults } from '../imports/service.ts';
import { PEOPLE, THREADS } from './content/index.ts';
import { activateDemoAccounts, isForumEmpty, wipeForum } from './queries.ts';
import { demoExport } from './script.ts';

export type DemoLoaded = { threads: number; comments: number; seconds: number };

/** What a first start shows: the demo, on a database nobody has used yet. */
export async function loadDemoIfEmpty(deps: Deps): Promise<DemoLoaded | null> {
  return (await isForumEmpty(deps.db)) ? loadDemo(deps) : null;
}

export async function resetDemo(deps: Deps): Promise<DemoLoaded> {
  await wipeForum(deps.db);
  return loadDemo(deps);
}

async function loadDemo(deps: Deps): Promise<DemoLoaded> {
  const started = performance.now();
  const data = demoExport(PEOPLE, THREADS, deps.now());
  const report = await importResults(deps, [parseForumJson(JSON.stringify(data))]);
  await activateDemoAccounts(deps.db, await hashDemoPasswords());
  // Next step after the citations merge: `await loadDemoStudies(deps)` adds the studies and citation tags.
  const comments = report.threads.reduce((n, t) => n + Object.values(t.created).reduce((a, b) => a + b, 0), 0);
  return { threads: report.threads.length, comments, seconds: (performance.now() - started) / 1000 };
}

/** One hash per distinct demo password: these accounts exist to be tried, not protected. */
async function hashDemoPasswords() {
  const byPassword = new Map<string, string[]>();
  for (const p of PEOPLE) if (p.password) byPassword.set(p.password, [...(byPassword.get(p.password) ?? []), p.handle]);
  return Promise.all([...byPassword].map(async ([password, handles]) => ({ handles, passwordHash: await hashPassword(password) })));
}
