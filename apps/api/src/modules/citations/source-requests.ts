import { and, eq, inArray } from 'drizzle-orm';
import { anchorQuote, type TextRange } from '@forum/citations';
import type { CreateSourceRequestInput, OpenSourceRequests, ResolveSourceRequestInput, SourceRequest } from '@forum/contracts';
import { schema, type Db } from '@forum/db';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../lib/access.ts';
import { AppError } from '../../lib/app-error.ts';
import { findComment, isPublished, type CommentRow } from '../comments/queries.ts';
import { findThreadBySlug } from '../threads/queries.ts';
import { citationsOfComment, countOpenRequests, findSourceRequest, openRequestsIn, openRequestsOf, requestsWithIds, type OpenRequestScope, type SourceRequestRow } from './queries.ts';

function toSourceRequest(row: SourceRequestRow): SourceRequest {
  return {
    id: row.id,
    commentId: row.commentId,
    quote: { exact: row.quoteExact, prefix: row.quotePrefix ?? '', suffix: row.quoteSuffix ?? '' },
    status: row.status,
    requestedBy: row.requestedBy,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function openRequestsFor(db: Db, commentIds: string[]): Promise<SourceRequest[]> {
  return (await openRequestsOf(db, commentIds)).map(toSourceRequest);
}

export async function requestSource(deps: Deps, actor: Actor, commentId: string, input: CreateSourceRequestInput): Promise<SourceRequest> {
  const comment = await findComment(deps.db, commentId);
  if (!comment || !isPublished(comment)) throw new AppError('NOT_FOUND', 'No such comment');
  if (comment.authorId === actor.id) throw new AppError('FORBIDDEN', 'Link a study to your own claim instead of asking yourself for it');
  if (!anchorQuote(comment.body, input.quote)) {
    throw new AppError('VALIDATION_FAILED', 'The quoted words are not in the comment', [{ path: 'body.quote.exact', message: 'Not in the comment' }]);
  }
  const [row] = await deps.db
    .insert(schema.sourceRequests)
    .values({ commentId, requestedBy: actor.id, quoteExact: input.quote.exact, quotePrefix: input.quote.prefix, quoteSuffix: input.quote.suffix, createdAt: deps.now() })
    .returning({ id: schema.sourceRequests.id });
  const [created] = await requestsWithIds(deps.db, [row!.id]);
  return toSourceRequest(created!);
}

/** Only the comment's author answers a request: with a study linked to the comment, or as personal experience. */
export async function resolveSourceRequest(deps: Deps, actor: Actor, id: string, input: ResolveSourceRequestInput): Promise<SourceRequest> {
  const request = await findSourceRequest(deps.db, id);
  const comment = request && (await findComment(deps.db, request.commentId));
  if (!request || !comment) throw new AppError('NOT_FOUND', 'No such source request');
  if (comment.authorId !== actor.id) throw new AppError('FORBIDDEN', 'Only the comment’s author can answer a request for a source');
  if (request.status !== 'open') throw new AppError('CONFLICT', `This request was already answered (${request.status.replace('_', ' ')})`);
  if (input.resolution === 'cited' && (await citationsOfComment(deps.db, comment.id)).length === 0) {
    throw new AppError('VALIDATION_FAILED', 'Link a study to the comment first', [{ path: 'body.resolution', message: 'The comment cites no study yet' }]);
  }
  await deps.db
    .update(schema.sourceRequests)
    .set({ status: input.resolution, resolvedAt: deps.now() })
    .where(eq(schema.sourceRequests.id, id));
  const [resolved] = await requestsWithIds(deps.db, [id]);
  return toSourceRequest(resolved!);
}

const overlaps = (a: TextRange, b: TextRange) => a.start < b.end && b.start < a.end;

/** When the author cites a study for a claim, the open requests on the same words are answered by it. */
export async function resolveRequestsCitedBy(tx: Db, comment: CommentRow, cited: TextRange, at: Date): Promise<void> {
  const answered = (await openRequestsOf(tx, [comment.id])).filter((request) => {
    const range = anchorQuote(comment.body, { exact: request.quoteExact, prefix: request.quotePrefix ?? '', suffix: request.quoteSuffix ?? '' });
    return range !== null && overlaps(range, cited);
  });
  if (answered.length === 0) return;
  const sr = schema.sourceRequests;
  await tx
    .update(sr)
    .set({ status: 'cited', resolvedAt: at })
    .where(and(inArray(sr.id, answered.map((request) => request.id)), eq(sr.status, 'open')));
}

const LIST_LIMIT = 100;

export async function openSourceRequests(deps: Deps, query: { thread?: string; author?: string }): Promise<OpenSourceRequests> {
  const scope = await scopeOf(deps.db, query);
  const [open, rows] = await Promise.all([countOpenRequests(deps.db, scope), openRequestsIn(deps.db, scope, LIST_LIMIT)]);
  return { open, requests: rows.map(toSourceRequest) };
}

async function scopeOf(db: Db, query: { thread?: string; author?: string }): Promise<OpenRequestScope> {
  if (query.thread) {
    const thread = await findThreadBySlug(db, query.thread);
    if (!thread) throw new AppError('NOT_FOUND', `No thread "${query.thread}"`);
    return { threadId: thread.id };
  }
  const [author] = await db.select({ id: schema.users.id }).from(schema.users).where(eq(schema.users.handle, query.author!));
  if (!author) throw new AppError('NOT_FOUND', `No member @${query.author}`);
  return { authorId: author.id };
}
