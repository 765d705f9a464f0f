import type { PublicUser, QueueCounts, QueueItem, QueuePage, QueueQuery, SpamAssessment } from '@forum/contracts';
import type { Deps } from '../../deps.ts';
import { decodeCursor, encodeCursor } from '../../lib/cursor.ts';
import { accountsByFingerprint, commentCountsByAuthor, latestRoutings, openReportsFor, queueCounts, queuePage, type QueueRow } from './queries.ts';

const DAY_MS = 86_400_000;

type Context = {
  counts: Map<string, { approvedCount: number; rejectedCount: number; spamCount: number }>;
  reports: Map<string, QueueItem['reports']>;
  linked: Map<string, PublicUser[]>;
  routings: Map<string, QueueItem['routing']>;
};

function groupBy<T, V>(rows: T[], key: (row: T) => string, value: (row: T) => V): Map<string, V[]> {
  const groups = new Map<string, V[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), value(row)]);
  return groups;
}

async function loadContext(deps: Deps, rows: QueueRow[]): Promise<Context> {
  const ids = rows.map((row) => row.comment.id);
  const authorIds = [...new Set(rows.map((row) => row.comment.authorId))];
  const fingerprints = [...new Set(rows.flatMap((row) => (row.comment.fingerprint ? [row.comment.fingerprint] : [])))];
  const [counts, reports, accounts, routings] = await Promise.all([
    commentCountsByAuthor(deps.db, authorIds),
    openReportsFor(deps.db, ids),
    accountsByFingerprint(deps.db, fingerprints),
    latestRoutings(deps.db, ids),
  ]);
  return {
    counts: new Map(counts.map((row) => [row.authorId, row])),
    reports: groupBy(reports, (row) => row.commentId, (row) => ({ ...row, createdAt: row.createdAt.toISOString() })),
    linked: groupBy(accounts, (row) => row.fingerprint!, (row) => row.user),
    routings: new Map(
      routings.map((row) => [row.commentId, { rule: row.rule, reasons: (row.details as { reasons?: [] } | null)?.reasons ?? [] }]),
    ),
  };
}

function toItem(row: QueueRow, context: Context, now: Date): QueueItem {
  const { comment, author } = row;
  const counts = context.counts.get(comment.authorId) ?? { approvedCount: 0, rejectedCount: 0, spamCount: 0 };
  const linked = comment.fingerprint ? (context.linked.get(comment.fingerprint) ?? []) : [];
  return {
    comment: {
      id: comment.id,
      body: comment.body,
      bodyHtml: comment.bodyHtml,
      state: comment.state,
      createdAt: comment.createdAt.toISOString(),
      editedAt: comment.editedAt?.toISOString() ?? null,
    },
    thread: row.thread,
    parent: row.parent && row.parentAuthor ? { ...row.parent, author: row.parentAuthor } : null,
    author: {
      user: { id: author.id, handle: author.handle, displayName: author.displayName, role: author.role },
      status: author.status,
      isPremoderated: author.isPremoderated,
      accountAgeDays: Math.floor((now.getTime() - author.createdAt.getTime()) / DAY_MS),
      ...counts,
    },
    spam: row.spam ? (row.spam as SpamAssessment) : null,
    routing: context.routings.get(comment.id) ?? null,
    reports: context.reports.get(comment.id) ?? [],
    alsoPostsAs: linked.filter((user) => user.id !== comment.authorId),
  };
}

export async function listQueue(deps: Deps, query: QueueQuery): Promise<QueuePage> {
  const after = decodeCursor(query.cursor, 2) as [string, string] | null;
  if (after && (Number.isNaN(Date.parse(after[0])) || !/^[0-9a-f-]{36}$/.test(after[1]))) decodeCursor('!', 2);
  const rows = await queuePage(deps.db, { state: query.state, threadId: query.thread, after, limit: query.limit });
  const page = rows.slice(0, query.limit);
  const context = await loadContext(deps, page);
  const last = page.at(-1);
  return {
    items: page.map((row) => toItem(row, context, deps.now())),
    nextCursor: rows.length > query.limit && last ? encodeCursor(last.sortKey.split('|')) : null,
  };
}

export function countQueue(deps: Deps): Promise<QueueCounts> {
  return queueCounts(deps.db);
}
