import type { ForumExport, ForumExportComment, ForumExportThread } from '@forum/importers';
import type { Deps } from '../../deps.ts';
import { exportedId } from './keys.ts';
import { allComments, allThreads, allUsers } from './queries.ts';
import { EXPORT_SECTIONS } from './sections.ts';

type CommentRow = Awaited<ReturnType<typeof allComments>>[number];

/** The whole forum as the JSON that `import` reads back; accounts go without password hashes or sessions. */
export async function exportForum(deps: Deps): Promise<ForumExport> {
  const [users, threads, comments] = await Promise.all([allUsers(deps.db), allThreads(deps.db), allComments(deps.db)]);
  const userById = new Map(users.map((u) => [u.id, u]));
  const idOf = new Map<string, string>([...users, ...threads, ...comments].map((row) => [row.id, exportedId(row)]));
  const byThread = commentsByThread(comments);
  const author = (id: string) => ({ authorSourceId: idOf.get(id)!, authorName: userById.get(id)!.displayName });
  const sections = Object.fromEntries(await Promise.all(EXPORT_SECTIONS.map(async (s) => [s.name, await s.read(deps.db, (id) => idOf.get(id)!)] as const)));
  return {
    format: 'forum-export',
    version: 1,
    exportedAt: deps.now().toISOString(),
    users: users.map((u) => ({
      sourceId: idOf.get(u.id)!,
      handle: u.handle,
      displayName: u.displayName,
      ...(u.email ? { email: u.email } : {}),
      role: u.role,
      status: u.status,
      createdAt: u.createdAt.toISOString(),
    })),
    threads: threads.map(
      (t): ForumExportThread => ({
        sourceId: idOf.get(t.id)!,
        slug: t.slug,
        title: t.title,
        body: t.body,
        tags: t.tags,
        ...author(t.authorId),
        ...(t.authorBio ? { authorBio: t.authorBio } : {}),
        moderationMode: t.moderationMode,
        slowModeMinutes: t.slowModeMinutes,
        publishedAt: t.createdAt.toISOString(),
        comments: (byThread.get(t.id) ?? []).map((c) => exportComment(c, idOf, author(c.authorId))),
      }),
    ),
    ...sections,
  };
}

function exportComment(c: CommentRow, idOf: Map<string, string>, author: { authorSourceId: string; authorName: string }): ForumExportComment {
  return {
    sourceId: idOf.get(c.id)!,
    parentSourceId: c.parentId ? idOf.get(c.parentId)! : null,
    ...author,
    createdAt: c.createdAt.toISOString(),
    ...(c.editedAt ? { editedAt: c.editedAt.toISOString() } : {}),
    ...(c.deletedAt ? { deletedAt: c.deletedAt.toISOString() } : {}),
    ...(c.removedReason ? { removedReason: c.removedReason } : {}),
    body: c.body,
    state: c.state,
    depth: c.depth,
  };
}

function commentsByThread(rows: CommentRow[]): Map<string, CommentRow[]> {
  const groups = new Map<string, CommentRow[]>();
  for (const row of rows) {
    const group = groups.get(row.threadId);
    if (group) group.push(row);
    else groups.set(row.threadId, [row]);
  }
  return groups;
}
