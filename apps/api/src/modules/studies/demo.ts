import { asc, eq, inArray } from 'drizzle-orm';
import { CreateStudyInput } from '@forum/contracts';
import { schema } from '@forum/db';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../lib/access.ts';
import { demoStudies, type DemoStudyKey } from './demo-studies.ts';
import { ownersOf } from './queries.ts';
import { createStudy, normaliseIdentifiers } from './service.ts';

export { demoStudies, type DemoStudyKey } from './demo-studies.ts';

export type DemoStudiesLoaded = { studyIds: Record<DemoStudyKey, string>; created: number; existing: number };

const LIBRARIAN = { handle: 'study_library', displayName: 'Study library' };

/** The oldest admin, moderator or author; failing that, a placeholder account that cannot sign in. */
async function defaultCreator(deps: Deps): Promise<Actor> {
  const u = schema.users;
  const columns = { id: u.id, handle: u.handle, displayName: u.displayName, role: u.role, status: u.status, suspendedUntil: u.suspendedUntil };
  const [staff] = await deps.db.select(columns).from(u).where(inArray(u.role, ['admin', 'moderator', 'author'])).orderBy(asc(u.createdAt)).limit(1);
  if (staff) return staff;
  await deps.db.insert(u).values({ ...LIBRARIAN, role: 'author', isPlaceholder: true }).onConflictDoNothing();
  const [librarian] = await deps.db.select(columns).from(u).where(eq(u.handle, LIBRARIAN.handle));
  return librarian!;
}

async function existingStudyId(deps: Deps, input: CreateStudyInput): Promise<string | undefined> {
  const [owner] = await ownersOf(deps.db, normaliseIdentifiers(input.identifiers));
  if (owner) return owner.studyId;
  const [named] = await deps.db.select({ id: schema.studies.id }).from(schema.studies).where(eq(schema.studies.shortName, input.shortName));
  return named?.id;
}

/**
 * Adds the studies the seed threads mention, once: a study already there (by identifier, or by short
 * name when it has none) is left as it is. Returns every demo study's id by key, for linking citations.
 */
export async function loadDemoStudies(deps: Deps, options: { createdBy?: Actor } = {}): Promise<DemoStudiesLoaded> {
  const creator = options.createdBy ?? (await defaultCreator(deps));
  const studyIds = {} as Record<DemoStudyKey, string>;
  let created = 0;
  for (const [key, record] of Object.entries(demoStudies) as Array<[DemoStudyKey, (typeof demoStudies)[DemoStudyKey]]>) {
    const input = CreateStudyInput.parse(record);
    const existing = await existingStudyId(deps, input);
    if (existing) {
      studyIds[key] = existing;
      continue;
    }
    studyIds[key] = (await createStudy(deps, creator, input)).id;
    created += 1;
  }
  return { studyIds, created, existing: Object.keys(demoStudies).length - created };
}
