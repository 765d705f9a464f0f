import { asc, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { ImportProblem } from '@forum/importers';
import { schema, type Db } from '@forum/db';
import { rowKey } from './keys.ts';
import { inBatches } from './queries.ts';
import type { ExportSection } from './sections.ts';

const s = schema.studies;
const c = schema.citations;

const nullable = <T extends z.ZodType>(type: T) => type.nullable().default(null);
const date = z.iso.datetime().transform((v) => new Date(v));

const StudyRow = z.object({
  sourceId: z.string(),
  title: z.string(),
  authors: z.array(z.string()),
  journal: nullable(z.string()),
  year: nullable(z.number().int()),
  url: nullable(z.string()),
  shortName: z.string(),
  aliases: z.array(z.string()),
  design: nullable(z.enum(schema.studyDesign.enumValues)),
  sampleSize: nullable(z.number().int()),
  population: nullable(z.string()),
  trialStatus: nullable(z.enum(schema.trialStatus.enumValues)),
  summary: nullable(z.string()),
  evidenceLevel: nullable(z.number().int()),
  levelConfirmedBy: nullable(z.string()),
  levelConfirmedAt: nullable(date),
  createdBy: z.string(),
  createdAt: date,
  identifiers: z.array(z.object({ scheme: z.enum(schema.identifierScheme.enumValues), value: z.string() })),
  links: z.array(z.object({ kind: z.enum(schema.studyLinkKind.enumValues), to: z.string() })),
});

const CitationRow = z.object({
  sourceId: z.string(),
  comment: z.string(),
  study: z.string(),
  stance: z.enum(schema.citationStance.enumValues),
  quote: nullable(z.object({ exact: z.string(), prefix: nullable(z.string()), suffix: nullable(z.string()), start: nullable(z.number().int()), end: nullable(z.number().int()) })),
  isOrphaned: z.boolean(),
  createdBy: z.string(),
  createdAt: z.iso.datetime().transform((v) => new Date(v)),
});

const forumId = (key: string) => rowKey(key).id;
const iso = (d: Date | null) => d?.toISOString() ?? null;

/** Rows that do not parse, or name an id this export does not hold, are reported and left out. */
function parseRows<T extends z.ZodType>(section: string, type: T, rows: unknown[], problems: ImportProblem[]): Array<z.infer<T>> {
  return rows.flatMap((row, i) => {
    const parsed = type.safeParse(row);
    if (parsed.success) return [parsed.data];
    problems.push({ where: `${section}[${i}]`, message: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ') });
    return [];
  });
}

export const studiesSection: ExportSection = {
  name: 'studies',
  async read(db, idOf) {
    const [rows, identifiers, links] = await Promise.all([
      db.select().from(s).orderBy(asc(s.createdAt), asc(s.id)),
      db.select().from(schema.studyIdentifiers).orderBy(asc(schema.studyIdentifiers.scheme), asc(schema.studyIdentifiers.value)),
      db.select().from(schema.studyLinks).orderBy(asc(schema.studyLinks.kind), asc(schema.studyLinks.toStudyId)),
    ]);
    return rows.map(({ id, createdBy, levelConfirmedBy, levelConfirmedAt, createdAt, updatedAt: _, ...fields }) => ({
      sourceId: `forum:${id}`,
      ...fields,
      levelConfirmedBy: levelConfirmedBy && idOf(levelConfirmedBy),
      levelConfirmedAt: iso(levelConfirmedAt),
      createdBy: idOf(createdBy),
      createdAt: createdAt.toISOString(),
      identifiers: identifiers.filter((i) => i.studyId === id).map(({ scheme, value }) => ({ scheme, value })),
      links: links.filter((l) => l.fromStudyId === id).map((l) => ({ kind: l.kind, to: `forum:${l.toStudyId}` })),
    }));
  },
  async restore(tx, raw, resolve, problems) {
    const rows = parseRows('studies', StudyRow, raw, problems);
    const users = await resolve('users', rows.flatMap((r) => [r.createdBy, ...(r.levelConfirmedBy ? [r.levelConfirmedBy] : [])]));
    const kept = rows.filter((r, i) => keep(`studies[${i}]`, [forumId(r.sourceId), users.get(r.createdBy)], problems));
    const studies = kept.map(({ sourceId, identifiers: _i, links: _l, createdBy, levelConfirmedBy, ...fields }) => ({
      ...fields,
      id: forumId(sourceId)!,
      createdBy: users.get(createdBy)!,
      levelConfirmedBy: levelConfirmedBy ? (users.get(levelConfirmedBy) ?? null) : null,
      updatedAt: fields.createdAt,
    }));
    await inBatches(studies, (b) => tx.insert(s).values(b).onConflictDoNothing());
    // An identifier another study here already holds stays with that study.
    const identifiers = kept.flatMap((r) => r.identifiers.map((i) => ({ studyId: forumId(r.sourceId)!, ...i })));
    await inBatches(identifiers, (b) => tx.insert(schema.studyIdentifiers).values(b).onConflictDoNothing());
    await restoreLinks(tx, kept);
  },
};

async function restoreLinks(tx: Db, rows: Array<z.infer<typeof StudyRow>>) {
  const links = rows.flatMap((r) => r.links.map((l) => ({ fromStudyId: forumId(r.sourceId)!, kind: l.kind, toStudyId: forumId(l.to) })));
  const present = new Set((await tx.select({ id: s.id }).from(s).where(inArray(s.id, links.flatMap((l) => (l.toStudyId ? [l.toStudyId] : []))))).map((r) => r.id));
  const valid = links.filter((l): l is typeof l & { toStudyId: string } => l.toStudyId !== null && present.has(l.toStudyId));
  await inBatches(valid, (b) => tx.insert(schema.studyLinks).values(b).onConflictDoNothing());
}

export const citationsSection: ExportSection = {
  name: 'citations',
  async read(db, idOf) {
    const rows = await db.select().from(c).orderBy(asc(c.createdAt), asc(c.id));
    return rows.map((r) => ({
      sourceId: `forum:${r.id}`,
      comment: idOf(r.commentId),
      study: `forum:${r.studyId}`,
      stance: r.stance,
      quote: r.quoteExact === null ? null : { exact: r.quoteExact, prefix: r.quotePrefix, suffix: r.quoteSuffix, start: r.quoteStart, end: r.quoteEnd },
      isOrphaned: r.isOrphaned,
      createdBy: idOf(r.createdBy),
      createdAt: r.createdAt.toISOString(),
    }));
  },
  async restore(tx, raw, resolve, problems) {
    const rows = parseRows('citations', CitationRow, raw, problems);
    const [users, comments] = await Promise.all([resolve('users', rows.map((r) => r.createdBy)), resolve('comments', rows.map((r) => r.comment))]);
    const studyIds = rows.flatMap((r) => forumId(r.study) ?? []);
    const studies = new Set(studyIds.length ? (await tx.select({ id: s.id }).from(s).where(inArray(s.id, studyIds))).map((r) => r.id) : []);
    const kept = rows.filter((r, i) => keep(`citations[${i}]`, [forumId(r.sourceId), comments.get(r.comment), users.get(r.createdBy), studies.has(forumId(r.study) ?? '') ? 'ok' : undefined], problems));
    const values = kept.map((r) => ({
      id: forumId(r.sourceId)!,
      commentId: comments.get(r.comment)!,
      studyId: forumId(r.study)!,
      stance: r.stance,
      quoteExact: r.quote?.exact ?? null,
      quotePrefix: r.quote?.prefix ?? null,
      quoteSuffix: r.quote?.suffix ?? null,
      quoteStart: r.quote?.start ?? null,
      quoteEnd: r.quote?.end ?? null,
      isOrphaned: r.isOrphaned,
      createdBy: users.get(r.createdBy)!,
      createdAt: r.createdAt,
    }));
    await inBatches(values, (b) => tx.insert(c).values(b).onConflictDoNothing());
  },
};

function keep(where: string, required: Array<string | null | undefined>, problems: ImportProblem[]): boolean {
  if (required.every((v) => v)) return true;
  problems.push({ where, message: 'names a row this export does not hold; skipped' });
  return false;
}

