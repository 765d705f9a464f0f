import { and, asc, desc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { IdentifierScheme } from '@forum/contracts';
import { schema, type Db } from '@forum/db';

const s = schema.studies;
const si = schema.studyIdentifiers;
const sl = schema.studyLinks;

export type StudyRow = typeof s.$inferSelect;
export type StudyInsert = typeof s.$inferInsert;
export type IdentifierPair = { scheme: IdentifierScheme; value: string };

export function findStudy(db: Db, id: string): Promise<StudyRow | undefined> {
  return db
    .select()
    .from(s)
    .where(eq(s.id, id))
    .then((rows) => rows[0]);
}

export function findStudies(db: Db, ids: string[]): Promise<StudyRow[]> {
  return ids.length ? db.select().from(s).where(inArray(s.id, ids)) : Promise.resolve([]);
}

export function identifiersOf(db: Db, studyIds: string[]) {
  if (studyIds.length === 0) return Promise.resolve([]);
  return db
    .select({ studyId: si.studyId, scheme: si.scheme, value: si.value })
    .from(si)
    .where(inArray(si.studyId, studyIds))
    .orderBy(asc(si.scheme), asc(si.value));
}

/** The studies that already hold any of these identifiers, with the identifier each holds. */
export function ownersOf(db: Db, identifiers: IdentifierPair[]) {
  if (identifiers.length === 0) return Promise.resolve([]);
  const matches = identifiers.map(({ scheme, value }) => and(eq(si.scheme, scheme), eq(si.value, value))!);
  return db
    .select({ studyId: si.studyId, shortName: s.shortName, scheme: si.scheme, value: si.value })
    .from(si)
    .innerJoin(s, eq(s.id, si.studyId))
    .where(or(...matches));
}

export async function insertIdentifiers(db: Db, studyId: string, identifiers: IdentifierPair[]) {
  if (identifiers.length) await db.insert(si).values(identifiers.map((id) => ({ studyId, ...id }))).onConflictDoNothing();
}

export async function replaceIdentifiers(db: Db, studyId: string, identifiers: IdentifierPair[]) {
  await db.delete(si).where(eq(si.studyId, studyId));
  if (identifiers.length) await db.insert(si).values(identifiers.map((id) => ({ studyId, ...id })));
}

export async function replaceLinks(db: Db, studyId: string, links: Array<{ kind: 'registration_of' | 'preprint_of'; studyId: string }>) {
  await db.delete(sl).where(eq(sl.fromStudyId, studyId));
  if (links.length) await db.insert(sl).values(links.map((link) => ({ fromStudyId: studyId, kind: link.kind, toStudyId: link.studyId }))).onConflictDoNothing();
}

/** Links in both directions, with the other study's short name. */
export function linksOf(db: Db, studyId: string) {
  return db
    .select({ fromStudyId: sl.fromStudyId, kind: sl.kind, toStudyId: sl.toStudyId, otherShortName: s.shortName, otherId: s.id })
    .from(sl)
    .innerJoin(s, sql`${s.id} = case when ${sl.fromStudyId} = ${studyId}::uuid then ${sl.toStudyId} else ${sl.fromStudyId} end`)
    .where(or(eq(sl.fromStudyId, studyId), eq(sl.toStudyId, studyId)));
}

const likePattern = (term: string) => `%${term.replace(/[\\%_]/g, '\\$&')}%`;

// Studies number in the hundreds, not millions: a scan with ILIKE over the few text fields is enough.
function matchesTerm(term: string): SQL {
  const pattern = likePattern(term);
  return or(
    ilike(s.title, pattern),
    ilike(s.shortName, pattern),
    ilike(s.journal, pattern),
    sql`${s.year}::text = ${term}`,
    sql`exists (select 1 from unnest(${s.authors}) as a where a ilike ${pattern})`,
    sql`exists (select 1 from unnest(${s.aliases}) as a where a ilike ${pattern})`,
    sql`exists (select 1 from ${si} where ${si.studyId} = ${s.id} and ${si.value} ilike ${pattern})`,
  )!;
}

/** Every word must match some field: "Muraro 2017" finds the paper by author and year. */
export function searchStudies(db: Db, terms: string[], limit: number): Promise<StudyRow[]> {
  const query = db.select().from(s);
  if (terms.length === 0) return query.orderBy(desc(s.createdAt), desc(s.id)).limit(limit);
  return query
    .where(and(...terms.map(matchesTerm)))
    .orderBy(asc(s.shortName), asc(s.id))
    .limit(limit);
}

/** Every study as the mention finder needs it: names, aliases, first author, identifiers. */
export async function knownStudies(db: Db) {
  const rows = await db.select({ id: s.id, shortName: s.shortName, aliases: s.aliases, authors: s.authors, year: s.year }).from(s);
  const ids = await identifiersOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((row) => ({
    id: row.id,
    shortName: row.shortName,
    aliases: row.aliases,
    identifiers: ids.filter((id) => id.studyId === row.id).map(({ scheme, value }) => ({ scheme, value })),
    ...(row.authors[0] ? { firstAuthor: row.authors[0] } : {}),
    ...(row.year !== null ? { year: row.year } : {}),
  }));
}

const u = schema.users;

/** A user as others see them (PublicUser). */
export const publicUserColumns = { id: u.id, handle: u.handle, displayName: u.displayName, role: u.role };

export function userById(db: Db, id: string) {
  return db
    .select(publicUserColumns)
    .from(u)
    .where(eq(u.id, id))
    .then((rows) => rows[0]!);
}
