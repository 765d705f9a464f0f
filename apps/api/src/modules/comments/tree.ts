import type { CommentNode, Visibility } from '@forum/contracts';
import type { TreeRow } from './tree-query.ts';

function visibilityOf(row: Pick<TreeRow, 'state' | 'deleted_at'>): Visibility {
  if (row.deleted_at) return 'deleted';
  if (row.state === 'approved') return 'published';
  if (row.state === 'pending') return 'awaiting_moderation';
  if (row.state === 'revision') return 'returned_for_revision';
  return 'removed';
}

/** What readers see in place of a removed comment whose replies stay in context. */
function tombstoneOf(row: Pick<TreeRow, 'state' | 'removed_reason'>): string {
  if (row.state === 'hidden') return 'hidden until a moderator reviews it';
  return row.removed_reason ? `removed by a moderator: ${row.removed_reason}` : 'removed by a moderator';
}

function comparePaths(a: number[], b: number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] !== b[i]) return a[i]! - b[i]!;
  }
  return a.length - b.length;
}

function toNode(row: TreeRow): CommentNode {
  const visibility = visibilityOf(row);
  const hidesContent = visibility === 'deleted' || visibility === 'removed';
  return {
    id: row.id,
    parentId: row.parent_id,
    depth: row.depth,
    author: hidesContent ? null : { id: row.author_id, handle: row.handle, displayName: row.display_name, role: row.role },
    bodyHtml: hidesContent ? null : row.body_html,
    editableBody: hidesContent ? null : row.own_body,
    visibility,
    removedReason: visibility === 'removed' ? tombstoneOf(row) : null,
    createdAt: row.created_at,
    editedAt: row.edited_at,
    appreciationCount: row.appreciation_count,
    appreciatedByMe: row.appreciated_by_me,
    replyCount: row.reply_count,
    descendantCount: row.descendant_count,
    moreReplies: 0,
    citations: [],
    sourceRequests: [],
    replies: [],
  };
}

/** Nests the page's rows; a comment whose replies were cut by the page bounds says how many remain. */
export function buildTree(rows: TreeRow[], rootDepth: number): CommentNode[] {
  const sorted = [...rows].sort((a, b) => comparePaths(a.sort_path, b.sort_path));
  const byId = new Map<string, CommentNode>();
  const roots: CommentNode[] = [];
  for (const row of sorted) {
    const node = toNode(row);
    byId.set(node.id, node);
    const parent = row.depth > rootDepth && row.parent_id ? byId.get(row.parent_id) : undefined;
    if (parent) parent.replies.push(node);
    else roots.push(node);
  }
  for (const node of byId.values()) {
    const loaded = node.replies.filter((r) => r.visibility === 'published').length;
    node.moreReplies = Math.max(0, node.replyCount - loaded);
  }
  return roots;
}
