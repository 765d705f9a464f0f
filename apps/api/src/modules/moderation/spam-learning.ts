import { inArray, sql } from 'drizzle-orm';
import { learningDelta, tokensOf, type LearnedCounts } from '@forum/spam';
import { schema, type Db } from '@forum/db';

const f = schema.spamFeatureCounts;
const DOCUMENTS = '';

/** Loads only the counts of this text's features: scoring stays cheap however much was learned. */
export async function loadLearnedCounts(db: Db, text: string): Promise<LearnedCounts> {
  const features = tokensOf(text);
  const rows = await db.select().from(f).where(inArray(f.feature, [DOCUMENTS, ...features]));
  const docs = rows.find((r) => r.feature === DOCUMENTS);
  const tokens = new Map(rows.filter((r) => r.feature !== DOCUMENTS).map((r) => [r.feature, { spam: r.spam, ham: r.ham }]));
  return { spamDocs: docs?.spam ?? 0, hamDocs: docs?.ham ?? 0, tokens };
}

/** A moderator's approve or spam decision, added to the counts in one upsert. */
export async function learnFromDecision(db: Db, text: string, label: 'spam' | 'ham'): Promise<void> {
  const delta = learningDelta(text, label);
  const rows = [
    { feature: DOCUMENTS, spam: delta.spamDocs, ham: delta.hamDocs },
    ...[...delta.tokens].map(([feature, c]) => ({ feature, spam: c.spam, ham: c.ham })),
  ];
  await db
    .insert(f)
    .values(rows)
    .onConflictDoUpdate({ target: f.feature, set: { spam: sql`${f.spam} + excluded.spam`, ham: sql`${f.ham} + excluded.ham` } });
}
