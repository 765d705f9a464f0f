import { and, eq, sql } from 'drizzle-orm';
import { canEditComment, slowModeWait } from '@forum/moderation';
import { schema, type Db } from '@forum/db';
import type { Appreciation, CommentCreated, CommentPage, CommentSort, CreateCommentInput, EditCommentInput, ThreadWithComments } from '@forum/contracts';
import type { Deps } from '../../deps.ts';
import { hasRole, type Actor } from '../../lib/access.ts';
import { AppError } from '../../lib/app-error.ts';
import { decodeCursor, encodeCursor } from '../../lib/cursor.ts';
import { renderCommentHtml } from '../../lib/markdown.ts';
import { getThreadRow, toThread } from '../threads/service.ts';
import { findThreadById, type ThreadRow } from '../threads/queries.ts';
import { recordDecision } from '../moderation/log.ts';
import { attachEvidence, reanchorCitations } from '../citations/service.ts';
import { recordSuggestions } from '../citations/suggestions.ts';
import { applyToComment } from '../moderation/service.ts';
import { assertNoOpenWarning } from '../moderation/warnings.ts';
import { announce, withEvents } from '../live/outbox.ts';
import { assessComment } from './moderate.ts';
import { findComment, hasLockedComment, isPublished, lastCommentInThread, shiftPublishedCounts, type CommentRow } from './queries.ts';
import { TREE_LIMITS, readTreePage } from './tree-query.ts';
import { buildTree } from './tree.ts';

const CURSOR_PARTS: Record<CommentSort, number> = { oldest: 2, newest: 2, appreciated: 3 };

async function readPage(deps: Deps, thread: { id: string }, viewer: Actor | null, sort: CommentSort, cursor: string | undefined, root: { id: string; depth: number } | null): Promise<CommentPage> {
  const after = decodeCursor(cursor, CURSOR_PARTS[sort]) as string[] | null;
  const rows = await readTreePage(deps.db, { threadId: thread.id, rootParentId: root?.id ?? null, viewerId: viewer?.id ?? null, sort, after });
  const pageRows = rows.filter((r) => r.top_rank <= TREE_LIMITS.topLevelPerPage);
  const hasMore = rows.some((r) => r.top_rank > TREE_LIMITS.topLevelPerPage);
  const lastTop = pageRows.filter((r) => r.sort_path.length === 1).sort((a, b) => a.top_rank - b.top_rank).at(-1);
  return {
    comments: await attachEvidence(deps.db, buildTree(pageRows, root ? root.depth + 1 : 0)),
    nextCursor: hasMore && lastTop ? encodeCursor(lastTop.sort_key.split('|')) : null,
  };
}

export async function readThread(deps: Deps, viewer: Actor | null, slug: string, sort: CommentSort, cursor?: string): Promise<ThreadWithComments> {
  const thread = await getThreadRow(deps, slug);
  const page = await readPage(deps, thread, viewer, sort, cursor, null);
  return { thread: toThread(thread), ...page, sort };
}

export async function readReplies(deps: Deps, viewer: Actor | null, commentId: string, sort: CommentSort, cursor?: string): Promise<CommentPage> {
  const comment = await findComment(deps.db, commentId);
  if (!comment) throw new AppError('NOT_FOUND', 'No such comment');
  return readPage(deps, { id: comment.threadId }, viewer, sort, cursor, comment);
}

async function findParent(db: Db, thread: ThreadRow, parentId: string | undefined, actor: Actor) {
  if (!parentId) return null;
  const parent = await findComment(db, parentId);
  const canSee = parent && (isPublished(parent) || parent.authorId === actor.id);
  if (!parent || parent.threadId !== thread.id || !canSee) {
    throw new AppError('VALIDATION_FAILED', 'You can only reply to a visible comment in this thread', [
      { path: 'body.parentId', message: 'No such comment in this thread' },
    ]);
  }
  if (await hasLockedComment(db, [...parent.ancestorIds, parent.id])) throw new AppError('FORBIDDEN', 'A moderator locked this part of the discussion');
  return parent;
}

async function assertSlowMode(deps: Deps, actor: Actor, thread: ThreadRow) {
  if (thread.slowModeMinutes <= 0 || hasRole(actor, 'moderator')) return;
  const last = await lastCommentInThread(deps.db, actor.id, thread.id);
  const wait = slowModeWait(last, deps.now(), thread.slowModeMinutes);
  if (wait > 0) {
    throw new AppError('RATE_LIMITED', `This thread is in slow mode: you can post again in ${wait} seconds`, undefined, {
      'retry-after': String(wait),
    });
  }
}

export type CommentMeta = {
  fingerprint: string | null;
  /** Runs inside the comment's transaction, so an idempotency record commits with it or not at all. */
  onCreated?: (tx: Db, created: CommentCreated) => Promise<void>;
};

export async function createComment(deps: Deps, actor: Actor, slug: string, input: CreateCommentInput, meta: CommentMeta): Promise<CommentCreated> {
  await assertNoOpenWarning(deps, actor);
  const thread = await getThreadRow(deps, slug);
  const parent = await findParent(deps.db, thread, input.parentId, actor);
  await assertSlowMode(deps, actor, thread);
  const assessment = await assessComment(deps, { thread, parentText: parent?.body ?? null, author: actor, text: input.body });
  const now = deps.now();
  const bodyHtml = renderCommentHtml(input.body);
  return withEvents(deps.db, async (tx) => {
    const [comment] = await tx
      .insert(schema.comments)
      .values({
        threadId: thread.id,
        parentId: parent?.id ?? null,
        ancestorIds: parent ? [...parent.ancestorIds, parent.id] : [],
        depth: parent ? parent.depth + 1 : 0,
        authorId: actor.id,
        body: input.body,
        bodyHtml,
        state: assessment.route.state,
        fingerprint: meta.fingerprint,
        createdAt: now,
      })
      .returning();
    await tx.insert(schema.spamScores).values({ commentId: comment!.id, ...assessment.spam });
    await recordSuggestions(tx, comment!.id, input.body);
    await recordDecision(tx, { comment: comment!, moderatorId: null, action: 'route', rule: assessment.route.rule, fromState: null, toState: comment!.state, details: { reasons: assessment.route.reasons }, at: now });
    if (isPublished(comment!)) await shiftPublishedCounts(tx, comment!, 1, now);
    const created: CommentCreated = { id: comment!.id, state: comment!.state, visibility: visibilityOfState(comment!.state), threadSlug: thread.slug, bodyHtml };
    await meta.onCreated?.(tx, created);
    await announceNewComment(tx, comment!);
    return created;
  });
}

const onComment = (comment: CommentRow) => ({ threadId: comment.threadId, commentId: comment.id });

/** Readers of the thread hear of published comments; a held one reaches only its author and the moderators. */
async function announceNewComment(tx: Db, comment: CommentRow) {
  if (isPublished(comment)) {
    await announce(tx, `thread:${comment.threadId}`, { type: 'comment.published', ...onComment(comment), parentId: comment.parentId });
    return;
  }
  await announce(tx, `user:${comment.authorId}`, { type: 'comment.held', ...onComment(comment), state: comment.state });
  await announce(tx, 'queue', { type: 'queue.item_added', ...onComment(comment), state: comment.state });
}

const visibilityOfState = (state: CommentRow['state']) => (state === 'approved' ? 'published' : 'awaiting_moderation');

async function ownComment(deps: Deps, actor: Actor, id: string): Promise<CommentRow> {
  const comment = await findComment(deps.db, id);
  if (!comment || comment.deletedAt) throw new AppError('NOT_FOUND', 'No such comment');
  if (comment.authorId !== actor.id) throw new AppError('FORBIDDEN', 'You can only change your own comments');
  return comment;
}

export async function editComment(deps: Deps, actor: Actor, id: string, input: EditCommentInput): Promise<CommentCreated> {
  const comment = await ownComment(deps, actor, id);
  const now = deps.now();
  if (comment.state !== 'revision' && !canEditComment(comment.createdAt, now)) {
    throw new AppError('EDIT_WINDOW_CLOSED', 'Comments can be edited for 15 minutes after posting');
  }
  const thread = (await findThreadById(deps.db, comment.threadId))!;
  const parent = comment.parentId ? await findComment(deps.db, comment.parentId) : null;
  const assessment = await assessComment(deps, { thread, parentText: parent?.body ?? null, author: actor, text: input.body });
  // A returned comment goes back to the queue on resubmission; a published edit is moderated again.
  const toState = comment.state === 'revision' ? 'pending' : assessment.route.state;
  const bodyHtml = renderCommentHtml(input.body);
  await withEvents(deps.db, async (tx) => {
    const [updated] = await tx
      .update(schema.comments)
      .set({ body: input.body, bodyHtml, editedAt: now, state: toState })
      .where(eq(schema.comments.id, id))
      .returning();
    await tx
      .insert(schema.spamScores)
      .values({ commentId: id, ...assessment.spam })
      .onConflictDoUpdate({ target: schema.spamScores.commentId, set: assessment.spam });
    await reanchorCitations(tx, id, input.body);
    await recordSuggestions(tx, id, input.body);
    await recordDecision(tx, { comment: updated!, moderatorId: null, action: comment.state === 'revision' ? 'resubmit' : 'route_edit', rule: assessment.route.rule, fromState: comment.state, toState, details: { reasons: assessment.route.reasons }, at: now });
    const delta = Number(isPublished(updated!)) - Number(isPublished(comment));
    if (delta !== 0) await shiftPublishedCounts(tx, comment, delta as 1 | -1, now);
    if (isPublished(comment) || isPublished(updated!)) await announce(tx, `thread:${comment.threadId}`, { type: 'comment.edited', ...onComment(comment) });
    if (!isPublished(updated!)) await announceNewComment(tx, updated!);
  });
  return { id, state: toState, visibility: visibilityOfState(toState), threadSlug: thread.slug, bodyHtml };
}

/** The author's soft delete: replies stay, under a "[deleted]" placeholder. */
export async function deleteComment(deps: Deps, actor: Actor, id: string): Promise<void> {
  const comment = await findComment(deps.db, id);
  if (!comment || comment.deletedAt) throw new AppError('NOT_FOUND', 'No such comment');
  if (comment.authorId !== actor.id) {
    if (!hasRole(actor, 'moderator')) throw new AppError('FORBIDDEN', 'You can only delete your own comments');
    return removeComment(deps, actor, comment);
  }
  const now = deps.now();
  await withEvents(deps.db, async (tx) => {
    await tx.update(schema.comments).set({ deletedAt: now }).where(eq(schema.comments.id, id));
    if (isPublished(comment)) await shiftPublishedCounts(tx, comment, -1, now);
    await announceDeletion(tx, comment);
  });
}

/** A published comment leaves the thread; a held one leaves the queue. */
async function announceDeletion(tx: Db, before: CommentRow) {
  if (isPublished(before)) await announce(tx, `thread:${before.threadId}`, { type: 'comment.removed', ...onComment(before), reason: 'deleted' });
  else await announce(tx, 'queue', { type: 'queue.item_decided', ...onComment(before), toState: 'deleted' });
}


/** A moderator deleting someone else's comment rejects it, leaving a tombstone over its replies. */
async function removeComment(deps: Deps, moderator: Actor, comment: CommentRow): Promise<void> {
  if (comment.state === 'rejected' || comment.state === 'spam') return;
  await withEvents(deps.db, (tx) => applyToComment(tx, moderator.id, comment, 'rejected', { action: 'reject' }, deps.now()));
}

export async function appreciate(deps: Deps, actor: Actor, id: string, on: boolean): Promise<Appreciation> {
  const comment = await findComment(deps.db, id);
  if (!comment || !isPublished(comment)) throw new AppError('NOT_FOUND', 'No such comment');
  if (comment.authorId === actor.id) throw new AppError('FORBIDDEN', 'You cannot appreciate your own comment');
  const a = schema.appreciations;
  return withEvents(deps.db, async (tx) => {
    const changed = on
      ? await tx.insert(a).values({ commentId: id, userId: actor.id }).onConflictDoNothing().returning()
      : await tx.delete(a).where(and(eq(a.commentId, id), eq(a.userId, actor.id))).returning();
    const delta = changed.length * (on ? 1 : -1);
    const [row] = await tx
      .update(schema.comments)
      .set({ appreciationCount: sql`${schema.comments.appreciationCount} + ${delta}` })
      .where(eq(schema.comments.id, id))
      .returning({ appreciationCount: schema.comments.appreciationCount });
    if (delta !== 0) await announce(tx, `thread:${comment.threadId}`, { type: 'appreciation.changed', ...onComment(comment), appreciationCount: row!.appreciationCount });
    return { appreciationCount: row!.appreciationCount, appreciatedByMe: on };
  });
}
