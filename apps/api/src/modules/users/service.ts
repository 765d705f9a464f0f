import type { ProfileQuery, UserProfile } from '@forum/contracts';
import type { Deps } from '../../deps.ts';
import { AppError } from '../../lib/app-error.ts';
import { ownComments } from '../activity/queries.ts';
import { decodeCommentCursor, nextCommentCursor } from '../activity/service.ts';
import { countPublishedComments, findUserByHandle } from './queries.ts';

/** A member's public page: who they are and what they wrote that everyone can read. */
export async function readProfile(deps: Deps, handle: string, query: ProfileQuery): Promise<UserProfile> {
  const before = decodeCommentCursor(query.cursor);
  const user = await findUserByHandle(deps.db, handle);
  if (!user) throw new AppError('NOT_FOUND', 'No member has this handle');
  const [rows, publishedCommentCount] = await Promise.all([
    ownComments(deps.db, user.id, before, query.limit, { onlyPublished: true }),
    countPublishedComments(deps.db, user.id),
  ]);
  const { createdAt, ...rest } = user;
  return {
    user: { ...rest, joinedAt: createdAt.toISOString(), publishedCommentCount },
    comments: rows.slice(0, query.limit).map(({ comment, thread }) => ({
      id: comment.id,
      thread,
      bodyHtml: comment.bodyHtml,
      createdAt: comment.createdAt.toISOString(),
    })),
    nextCursor: nextCommentCursor(rows, query.limit),
  };
}
