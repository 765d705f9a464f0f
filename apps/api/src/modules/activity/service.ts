import { canAppeal } from '@forum/moderation';
import type { MyCommentsPage, MyCommentsQuery } from '@forum/contracts';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../lib/access.ts';
import { decodeCursor, encodeCursor } from '../../lib/cursor.ts';
import { appealsOf, disagreeCounts, latestModeratorDecisions, ownComments } from './queries.ts';

/** The author's activity page: where each comment stands and what the moderators told them. */
export async function readMyComments(deps: Deps, author: Actor, query: MyCommentsQuery): Promise<MyCommentsPage> {
  const rows = await ownComments(deps.db, author.id, decodeCommentCursor(query.cursor), query.limit);
  const page = rows.slice(0, query.limit);
  const ids = page.map((row) => row.comment.id);
  const [decisions, appeals, disagreements] = await Promise.all([latestModeratorDecisions(deps.db, ids), appealsOf(deps.db, ids), disagreeCounts(deps.db, ids)]);
  const decisionOf = new Map(decisions.map((row) => [row.commentId, row]));
  const appealOf = new Map(appeals.map((row) => [row.commentId, row]));
  const disagreeOf = new Map(disagreements.map((row) => [row.commentId, row.n]));
  return {
    comments: page.map(({ comment, thread }) => {
      const decision = decisionOf.get(comment.id);
      const appeal = appealOf.get(comment.id);
      return {
        id: comment.id,
        thread,
        state: comment.state,
        bodyHtml: comment.bodyHtml,
        createdAt: comment.createdAt.toISOString(),
        editedAt: comment.editedAt?.toISOString() ?? null,
        moderation: decision ? { action: decision.action, reason: decision.reason, note: decision.note, at: decision.at.toISOString() } : null,
        canAppeal: canAppeal({ state: comment.state, appealCount: appeal ? 1 : 0 }),
        appeal: appeal ? { outcome: appeal.outcome, createdAt: appeal.createdAt.toISOString() } : null,
        disagreeCount: disagreeOf.get(comment.id) ?? 0,
      };
    }),
    nextCursor: nextCommentCursor(rows, query.limit),
  };
}

/** Pages of one author's comments, newest first, resume after (createdAt, id). */
export function decodeCommentCursor(cursor: string | undefined): [string, string] | null {
  const before = decodeCursor(cursor, 2) as [string, string] | null;
  if (before && (Number.isNaN(Date.parse(before[0])) || !/^[0-9a-f-]{36}$/.test(before[1]))) decodeCursor('!', 2);
  return before;
}

export const nextCommentCursor = (rows: { sortKey: string }[], limit: number) =>
  rows.length > limit && limit > 0 ? encodeCursor(rows[limit - 1]!.sortKey.split('|')) : null;
