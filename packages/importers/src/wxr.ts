import { EPOCH, utcDate } from './dates.ts';
import { htmlToMarkdown, htmlToPlainText } from './html.ts';
import { slugify, stableId } from './ids.ts';
import { linkComments, type UnlinkedComment } from './thread-tree.ts';
import type { CommentState, ImportedThread, ImportProblem, ImportResult } from './types.ts';
import { attr, child, children, parseXml, text, type XmlNode } from './xml.ts';

const ARRAY_PATHS = ['rss.channel.item', 'rss.channel.item.category', 'rss.channel.item.wp:comment', 'rss.channel.wp:author'];
const THREAD_TYPES = new Set(['post', 'page']);
const LINK_TYPES = new Set(['pingback', 'trackback']);
const STATES: Record<string, CommentState> = {
  '1': 'approved',
  '0': 'pending',
  spam: 'spam',
  trash: 'deleted',
  'post-trashed': 'deleted',
};

/** WordPress eXtended RSS (Tools → Export). */
export function parseWxr(xml: string): ImportResult {
  const parsed = parseXml(xml, ARRAY_PATHS);
  if ('problem' in parsed) return { format: 'wxr', threads: [], problems: [parsed.problem] };
  const channel = child(child(parsed.root, 'rss'), 'channel');
  if (channel === undefined) return { format: 'wxr', threads: [], problems: [{ where: 'rss', message: 'no <channel> element' }] };
  const authors = displayNames(channel);
  const problems: ImportProblem[] = [];
  const threads = children(channel, 'item').flatMap((item) => parseItem(item, authors, problems));
  return { format: 'wxr', threads, problems };
}

function displayNames(channel: unknown): Map<string, string> {
  const entries = children(channel, 'wp:author').map(
    (a) => [text(a['wp:author_login']), htmlToPlainText(text(a['wp:author_display_name']))] as const,
  );
  return new Map(entries.filter(([login, name]) => login !== '' && name !== ''));
}

function parseItem(item: XmlNode, authors: Map<string, string>, problems: ImportProblem[]): ImportedThread[] {
  const id = text(item['wp:post_id']);
  const where = `post ${id}`;
  const rawComments = children(item, 'wp:comment');
  const type = text(item['wp:post_type']) || 'post';
  if (!THREAD_TYPES.has(type)) {
    if (rawComments.length > 0) problems.push({ where, message: `skipped a ${type} item with ${rawComments.length} comments` });
    return [];
  }
  const title = htmlToPlainText(text(item.title)) || `Untitled ${type} ${id}`;
  const creator = htmlToPlainText(text(item['dc:creator']));
  const publishedAt = wpDate(item['wp:post_date_gmt']) ?? wpDate(item['wp:post_date']) ?? undefined;
  const comments = parseComments(rawComments, id, publishedAt, problems);
  const linked = linkComments(comments, (c) => `${where}, comment ${c.sourceId}`);
  problems.push(...linked.problems);
  return [
    {
      sourceId: id || stableId('wxr', title),
      slug: slugify(safeDecode(text(item['wp:post_name']))) || slugify(title) || `post-${id}`,
      title,
      body: htmlToMarkdown(text(item['content:encoded'])),
      tags: tagsOf(item),
      ...optional('authorName', authors.get(creator) ?? creator),
      ...(publishedAt ? { publishedAt } : {}),
      comments: linked.comments,
    },
  ];
}

function parseComments(
  raw: XmlNode[],
  postId: string,
  publishedAt: Date | undefined,
  problems: ImportProblem[],
): UnlinkedComment[] {
  const comments: UnlinkedComment[] = [];
  raw.forEach((c, position) => {
    const id = text(c['wp:comment_id']);
    const where = `post ${postId}, comment ${id || `#${position + 1}`}`;
    const type = text(c['wp:comment_type']);
    if (LINK_TYPES.has(type)) {
      problems.push({ where, message: `skipped a ${type}: it links to the post, it is not a comment` });
      return;
    }
    if (id === '') problems.push({ where, message: 'no comment id; derived one from its position' });
    const comment = {
      sourceId: id || stableId('wxr', postId, position),
      parentSourceId: ['', '0'].includes(text(c['wp:comment_parent'])) ? null : text(c['wp:comment_parent']),
      authorName: htmlToPlainText(text(c['wp:comment_author'])) || 'Anonymous',
      createdAt: commentDate(c, where, publishedAt, problems),
      body: htmlToMarkdown(text(c['wp:comment_content'])),
      state: commentState(text(c['wp:comment_approved']).trim(), where, problems),
      ...optional('authorEmail', text(c['wp:comment_author_email']).trim()),
      ...optional('authorUrl', text(c['wp:comment_author_url']).trim()),
    };
    if (comment.body === '') problems.push({ where, message: 'empty comment body' });
    comments.push(comment);
  });
  return comments;
}

function commentDate(c: XmlNode, where: string, fallback: Date | undefined, problems: ImportProblem[]): Date {
  const date = wpDate(c['wp:comment_date_gmt']) ?? wpDate(c['wp:comment_date']);
  if (date) return date;
  const used = fallback ?? EPOCH;
  problems.push({ where, message: `no valid date; used ${used.toISOString()}` });
  return used;
}

function commentState(approved: string, where: string, problems: ImportProblem[]): CommentState {
  const state = STATES[approved];
  if (state) return state;
  problems.push({ where, message: `unknown approval status "${approved}"; held as pending` });
  return 'pending';
}

function tagsOf(item: XmlNode): string[] {
  const names = children(item, 'category')
    .filter((c) => ['post_tag', 'category'].includes(attr(c, 'domain')) && attr(c, 'nicename') !== 'uncategorized')
    .map((c) => htmlToPlainText(text(c)))
    .filter((name) => name !== '');
  return [...new Set(names)];
}

/** "YYYY-MM-DD HH:MM:SS" in UTC for *_gmt fields; a local-only date is read as UTC too (off by the site's offset, but stable). */
function wpDate(node: unknown): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(text(node).trim());
  return m ? utcDate(...(m.slice(1).map(Number) as [number, number, number, number, number, number])) : null;
}

function optional<K extends string>(key: K, value: string): Partial<Record<K, string>> {
  return value === '' ? {} : ({ [key]: value } as Record<K, string>);
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
