import { parseForumJson, type ForumExport } from '@forum/importers';
import type { Deps } from '../../deps.ts';
import { hashPassword } from '../auth/passwords.ts';
import { citeStudy } from '../citations/service.ts';
import { importResults } from '../imports/service.ts';
import { reportComment } from '../reports/service.ts';
import { demoStudies, loadDemoStudies } from '../studies/demo.ts';
import { PEOPLE, THREADS } from './content/index.ts';
import { activateDemoAccounts, demoActors, demoCommentIds, isForumEmpty, wipeForum } from './queries.ts';
import { demoScript, type DemoScript } from './script.ts';

export type DemoLoaded = { threads: number; comments: number; citations: number; reports: number; seconds: number };

/** What a first start shows: the demo, on a database nobody has used yet. */
export async function loadDemoIfEmpty(deps: Deps): Promise<DemoLoaded | null> {
  return (await isForumEmpty(deps.db)) ? loadDemo(deps) : null;
}

export async function resetDemo(deps: Deps): Promise<DemoLoaded> {
  await wipeForum(deps.db);
  return loadDemo(deps);
}

const importExport = (deps: Deps, forum: ForumExport) => importResults(deps, [parseForumJson(JSON.stringify(forum))]);

/**
 * People first, then the studies (entered by the demo's neurologist), then the discussions, so
 * the comments that name a study are offered it; citation tags and reports come last, through
 * the same services members use.
 */
async function loadDemo(deps: Deps): Promise<DemoLoaded> {
  const started = performance.now();
  const script = demoScript(PEOPLE, THREADS, Object.keys(demoStudies), deps.now());
  await importExport(deps, { ...script.forum, threads: [] });
  await activateDemoAccounts(deps.db, await hashDemoPasswords());
  const actors = await demoActors(deps.db);
  const { studyIds } = await loadDemoStudies(deps, { createdBy: actors.get('dr_okafor')! });
  const report = await importExport(deps, script.forum);
  await tagAndReport(deps, script, studyIds as Record<string, string>, actors);
  const comments = report.threads.reduce((n, t) => n + Object.values(t.created).reduce((a, b) => a + b, 0), 0);
  return { threads: report.threads.length, comments, citations: script.citations.length, reports: script.reports.length, seconds: (performance.now() - started) / 1000 };
}

async function tagAndReport(deps: Deps, script: DemoScript, studyIds: Record<string, string>, actors: Awaited<ReturnType<typeof demoActors>>) {
  const comments = await demoCommentIds(deps.db);
  for (const c of script.citations) await citeStudy(deps, actors.get(c.author)!, comments.get(c.comment)!, { studyId: studyIds[c.study]!, stance: c.stance });
  for (const r of script.reports) await reportComment(deps, actors.get(r.reporter)!, comments.get(r.comment)!, { reason: r.reason });
}

/** One hash per distinct demo password: these accounts exist to be tried, not protected. */
async function hashDemoPasswords() {
  const byPassword = new Map<string, string[]>();
  for (const p of PEOPLE) if (p.password) byPassword.set(p.password, [...(byPassword.get(p.password) ?? []), p.handle]);
  return Promise.all([...byPassword].map(async ([password, handles]) => ({ handles, passwordHash: await hashPassword(password) })));
}
