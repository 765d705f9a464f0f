import { eq } from 'drizzle-orm';
import { schema } from '@forum/db';
import type { CreateThreadInput, Thread, ThreadList, ThreadListQuery, ThreadSummary, UpdateThreadInput } from '@forum/contracts';
import type { Deps } from '../../deps.ts';
import { assertRole, hasRole, type Actor } from '../../lib/access.ts';
import { AppError } from '../../lib/app-error.ts';
import { decodeCursor, encodeCursor } from '../../lib/cursor.ts';
import { plainExcerpt, renderArticleHtml } from '../../lib/markdown.ts';
import { slugify } from '../../lib/slug.ts';
import { announce, withEvents } from '../live/outbox.ts';
import { findThreadById, findThreadBySlug, listThreads, slugExists, tagCounts, type ThreadRow } from './queries.ts';

export function toThreadSummary(row: ThreadRow): ThreadSummary {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    tags: row.tags,
    moderationMode: row.moderationMode,
    author: row.author,
    commentCount: row.commentCount,
    createdAt: row.createdAt.toISOString(),
    lastActivityAt: row.lastActivityAt.toISOString(),
    excerpt: plainExcerpt(row.body),
  };
}

export function toThread(row: ThreadRow): Thread {
  return {
    ...toThreadSummary(row),
    body: row.body,
    bodyHtml: row.bodyHtml,
    authorBio: row.authorBio,
    slowModeMinutes: row.slowModeMinutes,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function getThreadRow(deps: Deps, slug: string): Promise<ThreadRow> {
  const row = await findThreadBySlug(deps.db, slug);
  if (!row) throw new AppError('NOT_FOUND', `No thread "${slug}"`);
  return row;
}

export async function browseThreads(deps: Deps, query: ThreadListQuery): Promise<ThreadList> {
  const cursor = decodeCursor(query.cursor, 2) as [string, string] | null;
  const after = cursor ? { lastActivityAt: new Date(cursor[0]), id: cursor[1] } : undefined;
  if (after && Number.isNaN(after.lastActivityAt.getTime())) decodeCursor('!', 2);
  const [rows, tags] = await Promise.all([listThreads(deps.db, { ...query, after, limit: query.limit }), tagCounts(deps.db)]);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const nextCursor = rows.length > query.limit && last ? encodeCursor([last.lastActivityAt.toISOString(), last.id]) : null;
  return { threads: page.map(toThreadSummary), nextCursor, tags };
}

async function uniqueSlug(deps: Deps, title: string): Promise<string> {
  const base = slugify(title);
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (!(await slugExists(deps.db, slug))) return slug;
  }
}

export async function createThread(deps: Deps, actor: Actor, input: CreateThreadInput): Promise<Thread> {
  assertRole(actor, 'author');
  const now = deps.now();
  const [created] = await deps.db
    .insert(schema.threads)
    .values({
      slug: await uniqueSlug(deps, input.title),
      title: input.title,
      body: input.body,
      bodyHtml: renderArticleHtml(input.body),
      tags: [...new Set(input.tags)],
      moderationMode: input.moderationMode,
      authorId: actor.id,
      authorBio: input.authorBio ?? null,
      createdAt: now,
      updatedAt: now,
      lastActivityAt: now,
    })
    .returning({ id: schema.threads.id });
  return toThread((await findThreadById(deps.db, created!.id))!);
}

export async function updateThread(deps: Deps, actor: Actor, slug: string, input: UpdateThreadInput): Promise<Thread> {
  const row = await getThreadRow(deps, slug);
  const isOwnThread = row.author.id === actor.id && hasRole(actor, 'author');
  if (!isOwnThread && !hasRole(actor, 'admin')) throw new AppError('FORBIDDEN', 'Only the thread author or an admin can edit it');
  await withEvents(deps.db, async (tx) => {
    await tx
      .update(schema.threads)
      .set({
        ...input,
        ...(input.body !== undefined ? { bodyHtml: renderArticleHtml(input.body) } : {}),
        ...(input.tags !== undefined ? { tags: [...new Set(input.tags)] } : {}),
        updatedAt: deps.now(),
      })
      .where(eq(schema.threads.id, row.id));
    await announce(tx, `thread:${row.id}`, { type: 'thread.updated', threadId: row.id });
  });
  return toThread((await findThreadById(deps.db, row.id))!);
}
