import { parseSource, type ImportProblem, type ImportResult, type SourceFile } from '@forum/importers';
import type { LearnedCounts } from '@forum/spam';
import type { Db } from '@forum/db';
import type { Deps } from '../../deps.ts';
import { AppError } from '../../lib/app-error.ts';
import { loadModerationSettings } from '../moderation/settings.ts';
import { loadLearnedCounts } from '../moderation/spam-learning.ts';
import { recordSuggestionsForNew } from '../citations/suggestions.ts';
import { EXPORT_SECTIONS } from './sections.ts';
import { planImport, type ImportReport } from './plan.ts';
import { exportedId, rowKey } from './keys.ts';
import { findComments, findUsers, insertAll, shiftCommentCounts, shiftThreadCounts } from './queries.ts';

export type { ImportReport, ThreadReport } from './plan.ts';

export type ImportOptions = {
  threadSlug?: string | undefined;
  dryRun?: boolean | undefined;
};

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Parses the files and imports every thread in them, in one transaction; a dry run only reports. */
export async function importFiles(deps: Deps, files: SourceFile[], options: ImportOptions = {}): Promise<ImportReport> {
  return importResults(deps, files.map((f) => parseSource(f.content, f.fileName)), options);
}

export async function importResults(deps: Deps, results: ImportResult[], options: ImportOptions = {}): Promise<ImportReport> {
  assertThreadSlug(results, options.threadSlug);
  const texts = results.flatMap((r) => r.threads.flatMap((t) => t.comments.map((c) => c.body)));
  const [settings, learned] = await Promise.all([loadModerationSettings(deps.db), learnedCountsFor(deps.db, texts)]);
  return deps.db.transaction(async (tx) => {
    const plan = await planImport(tx, { results, threadSlug: options.threadSlug, settings, learned, now: deps.now() });
    if (options.dryRun) return { ...plan.report, problems: [...plan.report.problems, ...unknownSections(results)] };
    await insertAll(tx, plan);
    await shiftCommentCounts(tx, plan.commentShifts);
    await shiftThreadCounts(tx, plan.threadShifts);
    await restoreSections(tx, results, plan.report.problems);
    // After the studies are restored, so a comment naming one is offered that study.
    await recordSuggestionsForNew(tx, plan.comments);
    return plan.report;
  });
}

async function restoreSections(tx: Db, results: ImportResult[], problems: ImportProblem[]) {
  // In registry order, whatever the file's: citations need their studies.
  for (const result of results) {
    for (const section of EXPORT_SECTIONS) {
      const rows = result.sections?.[section.name];
      if (rows) await section.restore(tx, rows, (table, keys) => resolveIds(tx, table, keys), problems);
    }
  }
  problems.push(...unknownSections(results));
}

async function resolveIds(tx: Db, table: 'users' | 'comments', keys: string[]): Promise<Map<string, string>> {
  const rows = keys.map(rowKey);
  const lookup = { ids: rows.flatMap((k) => k.id ?? []), sourceKeys: rows.flatMap((k) => k.sourceKey ?? []) };
  const found = table === 'users' ? await findUsers(tx, { ...lookup, emails: [] }) : await findComments(tx, lookup);
  return new Map(found.map((row) => [exportedId(row), row.id]));
}

function unknownSections(results: ImportResult[]): ImportProblem[] {
  return results.flatMap((r) =>
    Object.entries(r.sections ?? {})
      .filter(([name]) => !EXPORT_SECTIONS.some((s) => s.name === name))
      .map(([name, rows]) => ({ where: name, message: `this forum has no "${name}" to restore ${rows.length} rows into; skipped` })),
  );
}

function assertThreadSlug(results: ImportResult[], slug: string | undefined) {
  if (slug === undefined) return;
  const threads = results.reduce((n, r) => n + r.threads.length, 0);
  const fail = (message: string) => new AppError('VALIDATION_FAILED', message, [{ path: 'thread-slug', message }]);
  if (!SLUG.test(slug)) throw fail('Use lower-case letters, digits and single dashes');
  if (threads !== 1) throw fail(`--thread-slug needs a source with exactly one thread; this one has ${threads}`);
}

/** The moderators' learned counts for every feature of these texts, fetched a few hundred texts at a time. */
async function learnedCountsFor(db: Db, texts: string[]): Promise<LearnedCounts> {
  const merged: LearnedCounts = { spamDocs: 0, hamDocs: 0, tokens: new Map() };
  for (let i = 0; i < texts.length; i += 200) {
    const part = await loadLearnedCounts(db, texts.slice(i, i + 200).join('\n\n'));
    merged.spamDocs = part.spamDocs;
    merged.hamDocs = part.hamDocs;
    for (const [token, counts] of part.tokens) merged.tokens.set(token, counts);
  }
  return merged;
}
