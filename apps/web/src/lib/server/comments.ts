import { canEditComment } from '@forum/moderation';
import type { CommentNode, Me } from '@forum/contracts';

/** The viewer's own comments they may still edit: within the window, or returned for revision. */
export function editableIds(comments: CommentNode[], user: Me | null, now: Date): string[] {
  if (!user) return [];
  const ids: string[] = [];
  const visit = (nodes: CommentNode[]) => {
    for (const c of nodes) {
      const isOwn = c.author?.id === user.id && c.editableBody !== null;
      const isOpen = c.visibility === 'returned_for_revision' || (c.visibility !== 'deleted' && c.visibility !== 'removed' && canEditComment(new Date(c.createdAt), now));
      if (isOwn && isOpen) ids.push(c.id);
      visit(c.replies);
    }
  };
  visit(comments);
  return ids;
}
