import { eq } from 'drizzle-orm';
import { evidenceLevelFor, extractIdentifiers, normaliseIdentifier } from '@forum/citations';
import type { ConfirmLevelInput, CreateStudyInput, FieldError, Study, StudyList, StudySearchQuery, UpdateStudyInput } from '@forum/contracts';
import { schema, type Db } from '@forum/db';
import type { Deps } from '../../deps.ts';
import { assertRole, type Actor } from '../../lib/access.ts';
import { AppError } from '../../lib/app-error.ts';
import { isUniqueViolation } from '../../lib/db-errors.ts';
import { toStudySummary } from './present.ts';
import {
  findStudies,
  findStudy,
  identifiersOf,
  linksOf,
  ownersOf,
  replaceIdentifiers,
  replaceLinks,
  searchStudies,
  userById,
  type IdentifierPair,
  type StudyRow,
} from './queries.ts';

/** Canonical identifiers, or a 400 naming each one that is not an identifier of its scheme. */
export function normaliseIdentifiers(inputs: Array<{ scheme: IdentifierPair['scheme']; value: string }>, path = 'body.identifiers'): IdentifierPair[] {
  const errors: FieldError[] = [];
  const pairs = inputs.flatMap(({ scheme, value }, i) => {
    const canonical = normaliseIdentifier(scheme, value);
    if (canonical === null) errors.push({ path: `${path}.${i}.value`, message: `Not a ${scheme.toUpperCase()}` });
    return canonical === null ? [] : [{ scheme, value: canonical }];
  });
  if (errors.length) throw new AppError('VALIDATION_FAILED', 'Some identifiers are not valid', errors);
  return [...new Map(pairs.map((p) => [`${p.scheme}:${p.value}`, p])).values()];
}

async function assertIdentifiersFree(db: Db, identifiers: IdentifierPair[], ownStudyId?: string) {
  const taken = (await ownersOf(db, identifiers)).find((owner) => owner.studyId !== ownStudyId);
  if (taken) {
    throw new AppError('CONFLICT', `Study "${taken.shortName}" (${taken.studyId}) already has ${taken.scheme} ${taken.value}`, [
      { path: 'body.identifiers', message: `Already study ${taken.studyId}` },
    ]);
  }
}

async function assertLinkTargets(db: Db, studyId: string | null, links: CreateStudyInput['links']) {
  const ids = [...new Set(links.map((link) => link.studyId))];
  const found = new Set((await findStudies(db, ids)).map((row) => row.id));
  const errors = links.flatMap((link, i) =>
    link.studyId === studyId ? [{ path: `body.links.${i}.studyId`, message: 'A study cannot link to itself' }] : found.has(link.studyId) ? [] : [{ path: `body.links.${i}.studyId`, message: 'No such study' }],
  );
  if (errors.length) throw new AppError('VALIDATION_FAILED', 'Some links are not valid', errors);
}

const suggestedLevel = (design: StudyRow['design']) => (design ? evidenceLevelFor(design).level : null);

/** Writes identifiers last, so a race on the unique key still ends as a 409 naming the winner. */
async function withIdentifierRace<T>(db: Db, identifiers: IdentifierPair[], ownStudyId: string | undefined, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) await assertIdentifiersFree(db, identifiers, ownStudyId);
    throw error;
  }
}

export async function createStudy(deps: Deps, actor: Actor, input: CreateStudyInput): Promise<Study> {
  assertRole(actor, 'author');
  const identifiers = normaliseIdentifiers(input.identifiers);
  await assertIdentifiersFree(deps.db, identifiers);
  await assertLinkTargets(deps.db, null, input.links);
  const now = deps.now();
  const { identifiers: _ids, links, ...fields } = input;
  const id = await withIdentifierRace(deps.db, identifiers, undefined, () =>
    deps.db.transaction(async (tx) => {
      const [row] = await tx
        .insert(schema.studies)
        .values({ ...fields, evidenceLevel: suggestedLevel(input.design ?? null), createdBy: actor.id, createdAt: now, updatedAt: now })
        .returning({ id: schema.studies.id });
      await replaceIdentifiers(tx, row!.id, identifiers);
      await replaceLinks(tx, row!.id, links);
      return row!.id;
    }),
  );
  return readStudy(deps, id);
}

async function getStudyRow(db: Db, id: string): Promise<StudyRow> {
  const row = await findStudy(db, id);
  if (!row) throw new AppError('NOT_FOUND', 'No such study');
  return row;
}

export async function updateStudy(deps: Deps, actor: Actor, id: string, input: UpdateStudyInput): Promise<Study> {
  assertRole(actor, 'author');
  const row = await getStudyRow(deps.db, id);
  const identifiers = input.identifiers && normaliseIdentifiers(input.identifiers);
  if (identifiers) await assertIdentifiersFree(deps.db, identifiers, id);
  if (input.links) await assertLinkTargets(deps.db, id, input.links);
  const { identifiers: _ids, links, ...fields } = input;
  // A new design puts the level back up for review: the confirmation was of the old one.
  const designChanged = input.design !== undefined && input.design !== row.design;
  const level = designChanged ? { evidenceLevel: suggestedLevel(input.design ?? null), levelConfirmedBy: null, levelConfirmedAt: null } : {};
  await withIdentifierRace(deps.db, identifiers ?? [], id, () =>
    deps.db.transaction(async (tx) => {
      await tx
        .update(schema.studies)
        .set({ ...fields, ...level, updatedAt: deps.now() })
        .where(eq(schema.studies.id, id));
      if (identifiers) await replaceIdentifiers(tx, id, identifiers);
      if (links) await replaceLinks(tx, id, links);
    }),
  );
  return readStudy(deps, id);
}

export async function confirmLevel(deps: Deps, actor: Actor, id: string, input: ConfirmLevelInput): Promise<Study> {
  assertRole(actor, 'author');
  const row = await getStudyRow(deps.db, id);
  const level = input.level ?? row.evidenceLevel;
  if (!level) {
    throw new AppError('VALIDATION_FAILED', 'This study has no design to suggest a level from', [{ path: 'body.level', message: 'Give the level (1 to 5)' }]);
  }
  await deps.db
    .update(schema.studies)
    .set({ evidenceLevel: level, levelConfirmedBy: actor.id, levelConfirmedAt: deps.now() })
    .where(eq(schema.studies.id, id));
  return readStudy(deps, id);
}

export async function readStudy(deps: Deps, id: string): Promise<Study> {
  const row = await getStudyRow(deps.db, id);
  const [identifiers, links, createdBy] = await Promise.all([identifiersOf(deps.db, [id]), linksOf(deps.db, id), userById(deps.db, row.createdBy)]);
  return {
    ...toStudySummary(row, identifiers),
    url: row.url,
    aliases: row.aliases,
    population: row.population,
    trialStatus: row.trialStatus,
    summary: row.summary,
    links: links.map((link) => ({
      kind: link.kind,
      direction: link.fromStudyId === id ? ('from' as const) : ('to' as const),
      study: { id: link.otherId, shortName: link.otherShortName },
    })),
    createdBy,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** A pasted identifier or link finds its study exactly; other words search names, authors and identifiers. */
export async function findStudiesFor(deps: Deps, query: StudySearchQuery): Promise<StudyList> {
  const q = query.q ?? '';
  const pasted = extractIdentifiers(q);
  const rows = pasted.length
    ? await findStudies(deps.db, [...new Set((await ownersOf(deps.db, pasted)).map((owner) => owner.studyId))])
    : await searchStudies(deps.db, q.split(/\s+/).filter(Boolean), query.limit);
  return summarise(deps.db, rows);
}

export async function summarise(db: Db, rows: StudyRow[]): Promise<StudyList> {
  const identifiers = await identifiersOf(
    db,
    rows.map((row) => row.id),
  );
  return { studies: rows.map((row) => toStudySummary(row, identifiers)) };
}
