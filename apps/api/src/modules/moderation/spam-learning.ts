import { inArray, sql } from 'drizzle-orm';
import { tokensOf, type Label, type LearnedCounts } from '@forum/spam';
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

/**
 * A moderator's approve or spam decision, added to the counts in one upsert. When the same
 * comment was taught the other label before, that lesson is taken back, so a change of mind
 * does not count the text twice; a null label only takes the earlier lesson back.
 */
export async function learnFromDecision(db: Db, text: string, label: Label | null, previous: Label | null = null): Promise<void> {
  if (previous === label) return;
  const spam = Number(label === 'spam') - Number(previous === 'spam');
  const ham = Number(label === 'ham') - Number(previous === 'ham');
  const rows = [DOCUMENTS, ...tokensOf(text)].map((feature) => ({ feature, spam: Math.max(0, spam), ham: Math.max(0, ham) }));
  await db
    .insert(f)
    .values(rows)
    .onConflictDoUpdate({ target: f.feature, set: { spam: sql`greatest(0, ${f.spam} + ${spam}::int)`, ham: sql`greatest(0, ${f.ham} + ${ham}::int)` } });
}
