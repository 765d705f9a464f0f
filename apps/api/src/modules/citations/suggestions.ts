import { extractIdentifiers, findStudyMentions } from '@forum/citations';
import type { CitationSuggestions } from '@forum/contracts';
import type { Db } from '@forum/db';
import type { Deps } from '../../deps.ts';
import { hasRole, type Actor } from '../../lib/access.ts';
import { AppError } from '../../lib/app-error.ts';
import { lookUpStudy } from '../studies/metadata.ts';
import { findStudies, knownStudies, ownersOf } from '../studies/queries.ts';
import { summarise } from '../studies/service.ts';
import { citationsOfComment, insertSuggestions, replaceSuggestions, suggestionsOf, type SuggestionInsert } from './queries.ts';
import { visibleComment } from './service.ts';

/** Runs in the post or edit transaction: the studies the text names, and identifiers no study has yet. */
export async function recordSuggestions(tx: Db, commentId: string, body: string): Promise<void> {
  await replaceSuggestions(tx, commentId, suggestionsIn(body, await knownStudies(tx)));
}

/** The same for many new comments (an import): the studies are read once and the rows written in batches. */
export async function recordSuggestionsForNew(tx: Db, comments: Array<{ id: string; body: string }>): Promise<void> {
  const studies = await knownStudies(tx);
  await insertSuggestions(tx, comments.flatMap((c) => suggestionsIn(c.body, studies).map((row) => ({ ...row, commentId: c.id }))));
}

function suggestionsIn(body: string, studies: Awaited<ReturnType<typeof knownStudies>>): SuggestionInsert[] {
  const mentions = findStudyMentions(body, studies);
  const known: SuggestionInsert[] = mentions.map((m) => ({ studyId: m.studyId, matched: m.matched, start: m.start, end: m.end, via: m.via }));
  const covered = (start: number) => mentions.some((m) => m.start <= start && start < m.end);
  const unknown: SuggestionInsert[] = extractIdentifiers(body)
    .filter((id) => !covered(id.start))
    .map((id) => ({ scheme: id.scheme, value: id.value, matched: id.raw, start: id.start, end: id.end, via: 'identifier' }));
  return [...known, ...unknown];
}

/**
 * For whoever may cite on the comment. Studies already cited are left out; an identifier someone has
 * entered as a study since the comment was posted is offered as that study.
 */
export async function citationSuggestions(deps: Deps, actor: Actor, commentId: string): Promise<CitationSuggestions> {
  const comment = await visibleComment(deps.db, actor, commentId);
  if (comment.authorId !== actor.id && !hasRole(actor, 'author')) throw new AppError('FORBIDDEN', 'Suggestions are for the comment’s author');
  const [rows, cited] = await Promise.all([suggestionsOf(deps.db, commentId), citationsOfComment(deps.db, commentId)]);
  const unknownIds = rows.flatMap((row) => (row.scheme && row.value ? [{ scheme: row.scheme, value: row.value }] : []));
  const owners = await ownersOf(deps.db, unknownIds);
  const ownerOf = (row: (typeof rows)[number]) => row.studyId ?? owners.find((o) => o.scheme === row.scheme && o.value === row.value)?.studyId ?? null;
  const studyIds = [...new Set(rows.map(ownerOf).filter((id): id is string => id !== null))];
  const summaries = new Map((await summarise(deps.db, await findStudies(deps.db, studyIds))).studies.map((s) => [s.id, s]));
  const offered = new Set(cited.map((c) => c.studyId));
  const suggestions: CitationSuggestions['suggestions'] = [];
  for (const row of rows) {
    const span = { matched: row.matched, start: row.start, end: row.end };
    const studyId = ownerOf(row);
    if (studyId) {
      if (!offered.has(studyId)) suggestions.push({ kind: 'known_study', study: summaries.get(studyId)!, ...span });
      offered.add(studyId);
    } else if (row.scheme && row.value) {
      suggestions.push({ kind: 'new_study', identifier: { scheme: row.scheme, value: row.value }, prefill: await prefill(deps, { scheme: row.scheme, value: row.value }), ...span });
    }
  }
  return { suggestions };
}

async function prefill(deps: Deps, id: { scheme: NonNullable<SuggestionInsert['scheme']>; value: string }) {
  const draft = await lookUpStudy(deps, id);
  return draft && { title: draft.title, authors: draft.authors, journal: draft.journal ?? null, year: draft.year ?? null, url: draft.url ?? null, identifiers: draft.identifiers };
}
