import { and, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { preparedPer, schema, type Db } from '@forum/db';
import { publicUserColumns } from '../studies/queries.ts';
import { uuidArrayLiteral } from '../../lib/sql.ts';

const ct = schema.citations;

const quoteColumns = (table: typeof ct | typeof schema.sourceRequests) => ({ quoteExact: table.quoteExact, quotePrefix: table.quotePrefix, quoteSuffix: table.quoteSuffix });
const c = schema.comments;

export type CitationRow = typeof ct.$inferSelect;

export function findCitation(db: Db, id: string): Promise<CitationRow | undefined> {
  return db
    .select()
    .from(ct)
    .where(eq(ct.id, id))
    .then((rows) => rows[0]);
}

export function citationsOfComment(db: Db, commentId: string): Promise<CitationRow[]> {
  return db.select().from(ct).where(eq(ct.commentId, commentId));
}

/** The tags of a page of comments in one query, each with the study fields its tag shows. */
const tagsFor = preparedPer((db) => {
  const s = schema.studies;
  return db
    .select({
      id: ct.id,
      commentId: ct.commentId,
      stance: ct.stance,
      ...quoteColumns(ct),
      isOrphaned: ct.isOrphaned,
      study: { id: s.id, shortName: s.shortName, title: s.title, journal: s.journal, year: s.year, design: s.design, sampleSize: s.sampleSize, evidenceLevel: s.evidenceLevel, levelConfirmedAt: s.levelConfirmedAt },
    })
    .from(ct)
    .innerJoin(s, eq(s.id, ct.studyId))
    .where(sql`${ct.commentId} = any(${sql.placeholder('ids')}::uuid[])`)
    .orderBy(ct.createdAt, ct.id)
    .prepare('citation_tags_for');
});

/** Every page of comments reads these: prepared, with the ids as one array parameter. */
export function citationTagsFor(db: Db, commentIds: string[]) {
  if (commentIds.length === 0) return Promise.resolve([]);
  return tagsFor(db).execute({ ids: uuidArrayLiteral(commentIds) });
}

/** Every citation of a study in a published comment, across threads, newest first. */
export function publishedCitationsOf(db: Db, studyId: string) {
  const t = schema.threads;
  const u = schema.users;
  return db
    .select({
      citationId: ct.id,
      stance: ct.stance,
      ...quoteColumns(ct),
      isOrphaned: ct.isOrphaned,
      createdAt: ct.createdAt,
      commentId: c.id,
      threadSlug: t.slug,
      threadTitle: t.title,
      author: publicUserColumns,
    })
    .from(ct)
    .innerJoin(c, eq(c.id, ct.commentId))
    .innerJoin(t, eq(t.id, c.threadId))
    .innerJoin(u, eq(u.id, c.authorId))
    .where(and(eq(ct.studyId, studyId), eq(c.state, 'approved'), sql`${c.deletedAt} is null`))
    .orderBy(desc(ct.createdAt), desc(ct.id));
}

const sr = schema.sourceRequests;

export function findSourceRequest(db: Db, id: string) {
  return db
    .select()
    .from(sr)
    .where(eq(sr.id, id))
    .then((rows) => rows[0]);
}

function selectRequests(db: Db) {
  const u = schema.users;
  return db
    .select({
      id: sr.id,
      commentId: sr.commentId,
      ...quoteColumns(sr),
      status: sr.status,
      createdAt: sr.createdAt,
      requestedBy: publicUserColumns,
    })
    .from(sr)
    .innerJoin(c, eq(c.id, sr.commentId))
    .innerJoin(u, eq(u.id, sr.requestedBy));
}

export type SourceRequestRow = Awaited<ReturnType<typeof openRequestsOf>>[number];

const openRequestsForIds = preparedPer((db) =>
  selectRequests(db)
    .where(and(sql`${sr.commentId} = any(${sql.placeholder('ids')}::uuid[])`, eq(sr.status, 'open')))
    .orderBy(sr.createdAt, sr.id)
    .prepare('open_requests_of'),
);

export function openRequestsOf(db: Db, commentIds: string[]) {
  return openRequestsForIds(db).execute({ ids: uuidArrayLiteral(commentIds) });
}

export function requestsWithIds(db: Db, ids: string[]) {
  return selectRequests(db).where(inArray(sr.id, ids));
}

export type OpenRequestScope = { threadId: string } | { authorId: string };

const inScope = (scope: OpenRequestScope) =>
  and('threadId' in scope ? eq(c.threadId, scope.threadId) : eq(c.authorId, scope.authorId), eq(sr.status, 'open'), eq(c.state, 'approved'), sql`${c.deletedAt} is null`);

/** Open requests on the published comments of one thread, or of one author, oldest first. */
export function openRequestsIn(db: Db, scope: OpenRequestScope, limit: number) {
  return selectRequests(db).where(inScope(scope)).orderBy(sr.createdAt, sr.id).limit(limit);
}

export function countOpenRequests(db: Db, scope: OpenRequestScope) {
  return db
    .select({ open: sql<number>`count(*)::int` })
    .from(sr)
    .innerJoin(c, eq(c.id, sr.commentId))
    .where(inScope(scope))
    .then((rows) => rows[0]?.open ?? 0);
}

const cs = schema.citationSuggestions;

export type SuggestionInsert = Omit<typeof cs.$inferInsert, 'id' | 'commentId'>;

export async function replaceSuggestions(db: Db, commentId: string, suggestions: SuggestionInsert[]) {
  await db.delete(cs).where(eq(cs.commentId, commentId));
  if (suggestions.length) await suggestionsInsert(db, commentId, suggestions);
}

export const suggestionsInsert = (db: Db, commentId: string, suggestions: SuggestionInsert[]) => db.insert(cs).values(suggestions.map((s) => ({ ...s, commentId })));

/** A few hundred rows per statement keep far below PostgreSQL's parameter limit. */
export async function insertSuggestions(db: Db, rows: Array<SuggestionInsert & { commentId: string }>) {
  for (let i = 0; i < rows.length; i += 500) await db.insert(cs).values(rows.slice(i, i + 500));
}

export function suggestionsOf(db: Db, commentId: string) {
  return db.select().from(cs).where(eq(cs.commentId, commentId)).orderBy(cs.start);
}

const isoText = (column: string) => sql.raw(`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`);

/**
 * A comment's citation tags and open "Source?" requests as two JSON columns, shaped like the
 * rows of citationTagsFor and openRequestsOf (timestamps as ISO text), so a page of comments
 * reads its evidence in the same round trip as the comments.
 */
export const evidenceColumns = (commentId: SQL) => sql`
  (select json_agg(json_build_object('id', ct.id, 'commentId', ct.comment_id, 'stance', ct.stance,
      'quoteExact', ct.quote_exact, 'quotePrefix', ct.quote_prefix, 'quoteSuffix', ct.quote_suffix, 'isOrphaned', ct.is_orphaned,
      'study', json_build_object('id', s.id, 'shortName', s.short_name, 'title', s.title, 'journal', s.journal, 'year', s.year, 'design', s.design, 'sampleSize', s.sample_size,
        'evidenceLevel', s.evidence_level, 'levelConfirmedAt', ${isoText('s.level_confirmed_at')})) order by ct.created_at, ct.id)
    from citations ct join studies s on s.id = ct.study_id where ct.comment_id = ${commentId}) as citations,
  (select json_agg(json_build_object('id', sr.id, 'commentId', sr.comment_id, 'quoteExact', sr.quote_exact,
      'quotePrefix', sr.quote_prefix, 'quoteSuffix', sr.quote_suffix, 'status', sr.status, 'createdAt', ${isoText('sr.created_at')},
      'requestedBy', json_build_object('id', ru.id, 'handle', ru.handle, 'displayName', ru.display_name, 'role', ru.role)) order by sr.created_at, sr.id)
    from source_requests sr join users ru on ru.id = sr.requested_by where sr.comment_id = ${commentId} and sr.status = 'open') as source_requests`;

type WithIsoDates<T, K extends keyof T> = Omit<T, K> & { [P in K]: string | (null extends T[P] ? null : never) };
type TagRow = Awaited<ReturnType<typeof citationTagsFor>>[number];
export type EvidenceJson = {
  citations: (Omit<TagRow, 'study'> & { study: WithIsoDates<TagRow['study'], 'levelConfirmedAt'> })[] | null;
  source_requests: WithIsoDates<SourceRequestRow, 'createdAt'>[] | null;
};
