import type { ImportedComment, ImportedThread, ImportFormat } from '@forum/importers';

/**
 * A row's source id in the forum's own export: `forum:<uuid>` for rows made here, else the
 * key it was imported under. Restoring an export gives native rows their old ids back.
 */
const FORUM_ID = /^forum:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

export type RowKey = { id: string; sourceKey: null } | { id: null; sourceKey: string };

export function rowKey(key: string): RowKey {
  const id = FORUM_ID.exec(key)?.[1];
  return id ? { id, sourceKey: null } : { id: null, sourceKey: key };
}

export const exportedId = (row: { id: string; sourceKey: string | null }) => row.sourceKey ?? `forum:${row.id}`;

// The forum's export already holds forum-wide keys; ids from a blog are only unique within that blog.
export function threadKey(format: ImportFormat, thread: ImportedThread): string {
  return format === 'forum-json' ? thread.sourceId : `${format}:${thread.sourceId}`;
}

export function commentKey(format: ImportFormat, ofThread: string, comment: Pick<ImportedComment, 'sourceId'>): string {
  return format === 'forum-json' ? comment.sourceId : `${ofThread}/${comment.sourceId}`;
}

/** Blog authors are told apart by email when the source has one, else by name within the format. */
export function authorKey(format: ImportFormat, author: { name: string; email?: string | undefined }): string {
  return author.email ? `author:email:${author.email.toLowerCase()}` : `author:${format}:${author.name.trim().toLowerCase()}`;
}
