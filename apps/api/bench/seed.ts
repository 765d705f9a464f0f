import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { schema, type Db } from '@forum/db';

/** A small deterministic PRNG, so every run seeds the same shape of thread. */
function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const PHRASES = [
  'I had HSCT two years ago and my EDSS has been stable since.',
  'The trial enrolled relapsing patients only, so it says little about progressive MS.',
  'Has anyone compared the costs of the clinics in Moscow and Mexico?',
  'Anecdotes are not evidence, but they are why people ask the question.',
  'My neurologist said the mortality risk was too high for me.',
  'Read the follow-up data before you decide, it matters a lot.',
];

type SeedComment = typeof schema.comments.$inferInsert & { id: string };

/**
 * Builds a thread of `count` published comments shaped like the seed discussions: about a third
 * top-level, the rest replies nested up to `maxDepth`, each with correct reply and descendant counts.
 */
export function generateComments(threadId: string, authorIds: string[], count: number, maxDepth = 5, seed = 7): SeedComment[] {
  const random = prng(seed);
  const start = Date.UTC(2024, 0, 1);
  const rows: SeedComment[] = [];
  for (let i = 0; i < count; i++) {
    const picked = rows.length > 0 && random() > 0.35 ? rows[Math.floor(random() * rows.length)]! : null;
    // A reply to the deepest level goes to its parent instead, keeping the tree within maxDepth.
    const parent = picked && picked.depth! >= maxDepth ? rows.find((r) => r.id === picked.parentId)! : picked;
    const text = `${PHRASES[i % PHRASES.length]} (${i})`;
    rows.push({
      id: randomUUID(),
      threadId,
      parentId: parent?.id ?? null,
      ancestorIds: parent ? [...parent.ancestorIds!, parent.id] : [],
      depth: parent ? parent.depth! + 1 : 0,
      authorId: authorIds[i % authorIds.length]!,
      body: text,
      bodyHtml: `<p>${text}</p>`,
      state: 'approved',
      createdAt: new Date(start + i * 60_000),
    });
  }
  const byId = new Map(rows.map((r) => [r.id, r]));
  for (const row of rows) {
    if (row.parentId) byId.get(row.parentId)!.replyCount = (byId.get(row.parentId)!.replyCount ?? 0) + 1;
    for (const ancestor of row.ancestorIds!) byId.get(ancestor)!.descendantCount = (byId.get(ancestor)!.descendantCount ?? 0) + 1;
  }
  return rows;
}

export async function seedUsers(db: Db, count: number): Promise<string[]> {
  const tag = randomUUID().slice(0, 8);
  const users = await db
    .insert(schema.users)
    .values(Array.from({ length: count }, (_, i) => ({ handle: `bench_${tag}_${i}`, displayName: `Bench reader ${i}`, isPlaceholder: true })))
    .returning({ id: schema.users.id });
  return users.map((u) => u.id);
}

/** Inserts a thread with `comments` published comments; returns its slug. */
export async function seedThread(db: Db, authorIds: string[], comments: number, slug = `bench-${comments}-${randomUUID().slice(0, 8)}`): Promise<string> {
  const [thread] = await db
    .insert(schema.threads)
    .values({ slug, title: `A thread of ${comments} comments`, body: 'Benchmark thread.', bodyHtml: '<p>Benchmark thread.</p>', moderationMode: 'post', authorId: authorIds[0]! })
    .returning({ id: schema.threads.id });
  const rows = generateComments(thread!.id, authorIds, comments);
  // Parents come before children in the array, so batches in order satisfy the foreign key.
  for (let i = 0; i < rows.length; i += 1000) await db.insert(schema.comments).values(rows.slice(i, i + 1000));
  await db.update(schema.threads).set({ commentCount: comments }).where(eq(schema.threads.id, thread!.id));
  return slug;
}
