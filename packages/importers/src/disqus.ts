import { EPOCH, isoDate } from './dates.ts';
import { htmlToMarkdown, htmlToPlainText } from './html.ts';
import { slugify, stableId } from './ids.ts';
import { linkComments, type UnlinkedComment } from './thread-tree.ts';
import type { CommentState, ImportedThread, ImportProblem, ImportResult } from './types.ts';
import { attr, child, children, parseXml, text, type XmlNode } from './xml.ts';

const ARRAY_PATHS = ['disqus.thread', 'disqus.post'];

type DisqusThread = Omit<ImportedThread, 'comments'> & { posts: UnlinkedComment[] };

/** Disqus XML export. Threads nobody commented on are left out: they carry no discussion. */
export function parseDisqus(xml: string): ImportResult {
  const parsed = parseXml(xml, ARRAY_PATHS);
  if ('problem' in parsed) return { format: 'disqus', threads: [], problems: [parsed.problem] };
  const root = child(parsed.root, 'disqus');
  const problems: ImportProblem[] = [];
  const threads = new Map(children(root, 'thread').map((t) => [attr(t, 'dsq:id'), parseThread(t)]));
  for (const post of children(root, 'post')) {
    const threadId = attr(child(post, 'thread'), 'dsq:id');
    const thread = threads.get(threadId);
    const comment = parsePost(post, thread?.publishedAt, problems);
    if (thread) thread.posts.push(comment);
    else problems.push({ where: `post ${comment.sourceId}`, message: `thread "${threadId}" not found; post skipped` });
  }
  const imported = [...threads.values()].filter((t) => t.posts.length > 0).map((t) => linkThread(t, problems));
  return { format: 'disqus', threads: imported, problems };
}

function parseThread(t: XmlNode): DisqusThread {
  const id = attr(t, 'dsq:id');
  const title = htmlToPlainText(text(t.title)) || text(t.link).trim() || `Untitled thread ${id}`;
  const authorName = htmlToPlainText(text(child(t.author, 'name')));
  const publishedAt = isoDate(text(t.createdAt));
  return {
    sourceId: id,
    slug: slugify(lastPathSegment(text(t.link))) || slugify(title) || `thread-${id}`,
    title,
    body: htmlToMarkdown(text(t.message)),
    tags: [],
    ...(authorName ? { authorName } : {}),
    ...(publishedAt ? { publishedAt } : {}),
    posts: [],
  };
}

function parsePost(post: XmlNode, threadDate: Date | undefined, problems: ImportProblem[]): UnlinkedComment {
  const authorName = htmlToPlainText(text(child(post.author, 'name'))) || 'Anonymous';
  const email = text(child(post.author, 'email')).trim();
  const date = isoDate(text(post.createdAt));
  const body = htmlToMarkdown(text(post.message));
  const threadId = attr(child(post, 'thread'), 'dsq:id');
  const id = attr(post, 'dsq:id') || stableId('disqus', threadId, text(post.createdAt), authorName, body);
  const where = `post ${id}`;
  if (!attr(post, 'dsq:id')) problems.push({ where, message: 'no dsq:id; derived one from its content' });
  if (!date) problems.push({ where, message: `no valid date; used ${(threadDate ?? EPOCH).toISOString()}` });
  if (body === '') problems.push({ where, message: 'empty comment body' });
  return {
    sourceId: id,
    parentSourceId: attr(child(post, 'parent'), 'dsq:id') || null,
    authorName,
    ...(email ? { authorEmail: email } : {}),
    createdAt: date ?? threadDate ?? EPOCH,
    body,
    state: postState(post),
  };
}

/** A post flagged both spam and deleted stays spam: that is the more useful signal for moderation. */
function postState(post: XmlNode): CommentState {
  if (text(post.isSpam).trim() === 'true') return 'spam';
  return text(post.isDeleted).trim() === 'true' ? 'deleted' : 'approved';
}

function linkThread({ posts, ...thread }: DisqusThread, problems: ImportProblem[]): ImportedThread {
  const linked = linkComments(posts, (c) => `thread ${thread.sourceId}, post ${c.sourceId}`);
  problems.push(...linked.problems);
  return { ...thread, comments: linked.comments };
}

function lastPathSegment(link: string): string {
  try {
    const segments = new URL(link.trim()).pathname.split('/').filter(Boolean);
    return decodeURIComponent(segments.at(-1) ?? '').replace(/\.html?$/i, '');
  } catch {
    return '';
  }
}
