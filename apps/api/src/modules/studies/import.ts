import { parseReferences, type StudyDraft } from '@forum/citations';
import type { ImportReport, ImportStudiesInput } from '@forum/contracts';
import { schema, type Db } from '@forum/db';
import type { Deps } from '../../deps.ts';
import { assertRole, type Actor } from '../../lib/access.ts';
import { findStudies, insertIdentifiers, ownersOf } from './queries.ts';
import { summarise } from './service.ts';

/** "Muraro 2017", as people name a paper; the title when there is no author. */
export function shortNameFor(draft: Pick<StudyDraft, 'authors' | 'title' | 'year'>): string {
  const family = draft.authors[0]?.replace(/\s+\p{Lu}{1,3}$/u, '');
  if (!family) return draft.title.length > 60 ? `${draft.title.slice(0, 59).trimEnd()}…` : draft.title;
  return draft.year ? `${family} ${draft.year}` : `${family} et al.`;
}

type Outcome = { kind: 'created' | 'merged'; studyId: string; matchedOn?: StudyDraft['identifiers'][number] } | { kind: 'rejected'; reason: string };

/**
 * A draft sharing an identifier with one study merges into it, gaining only the identifiers it lacked;
 * a draft whose identifiers belong to two different studies cannot say which it is, so it is rejected.
 */
async function importOne(tx: Db, actor: Actor, draft: StudyDraft, at: Date): Promise<Outcome> {
  const owners = await ownersOf(tx, draft.identifiers);
  const studyIds = [...new Set(owners.map((owner) => owner.studyId))];
  if (studyIds.length > 1) return { kind: 'rejected', reason: `its identifiers belong to different studies: ${[...new Set(owners.map((o) => o.shortName))].join(', ')}` };
  const [owner] = owners;
  if (owner) {
    await insertIdentifiers(tx, owner.studyId, draft.identifiers);
    return { kind: 'merged', studyId: owner.studyId, matchedOn: { scheme: owner.scheme, value: owner.value } };
  }
  const [row] = await tx
    .insert(schema.studies)
    .values({ title: draft.title, authors: draft.authors, journal: draft.journal ?? null, year: draft.year ?? null, url: draft.url ?? null, shortName: shortNameFor(draft), createdBy: actor.id, createdAt: at, updatedAt: at })
    .returning({ id: schema.studies.id });
  await insertIdentifiers(tx, row!.id, draft.identifiers);
  return { kind: 'created', studyId: row!.id };
}

/** One transaction for the file, so a failure part-way leaves nothing half-imported. */
export async function importStudies(deps: Deps, actor: Actor, input: ImportStudiesInput): Promise<ImportReport> {
  assertRole(actor, 'author');
  const parsed = parseReferences(input.content, input.format);
  const outcomes = await deps.db.transaction(async (tx) => {
    const results: Outcome[] = [];
    for (const draft of parsed.entries) results.push(await importOne(tx, actor, draft, deps.now()));
    return results;
  });
  const summaries = new Map((await summarise(deps.db, await findStudies(deps.db, outcomes.flatMap((o) => ('studyId' in o ? [o.studyId] : []))))).studies.map((s) => [s.id, s]));
  return {
    created: outcomes.flatMap((o) => (o.kind === 'created' ? [summaries.get(o.studyId)!] : [])),
    merged: outcomes.flatMap((o) => (o.kind === 'merged' ? [{ study: summaries.get(o.studyId)!, matchedOn: o.matchedOn! }] : [])),
    rejected: [...parsed.rejected, ...rejectedAfterParsing(parsed.entries.length, parsed.rejected, outcomes)].sort((a, b) => a.index - b.index),
  };
}

/** Positions in the file of the drafts the database refused, counting the entries the parser already refused. */
function rejectedAfterParsing(count: number, parserRejected: Array<{ index: number }>, outcomes: Outcome[]) {
  const parsedPositions: number[] = [];
  const skipped = new Set(parserRejected.map((r) => r.index));
  for (let position = 0; parsedPositions.length < count; position++) if (!skipped.has(position)) parsedPositions.push(position);
  return outcomes.flatMap((o, i) => (o.kind === 'rejected' ? [{ index: parsedPositions[i]!, reason: o.reason }] : []));
}
