import { EPOCH, isoDate } from './dates.ts';
import { slugify } from './ids.ts';
import { linkComments, type UnlinkedComment } from './thread-tree.ts';
import type { CommentState, ImportedThread, ImportProblem, ImportResult } from './types.ts';

type Fields = Record<string, unknown>;

const STATES = new Set<CommentState>(['approved', 'pending', 'spam', 'deleted']);

/** The forum's own export (see ForumExport). Fields this version does not know are ignored. */
export function parseForumJson(json: string): ImportResult {
  const problems: ImportProblem[] = [];
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    return failed(`unparsable JSON: ${(error as Error).message}`);
  }
  if (!isFields(data) || data.format !== 'forum-export' || !Array.isArray(data.threads)) {
    return failed('not a forum export: expected {"format":"forum-export","threads":[…]}');
  }
  if (data.version !== 1) {
    problems.push({ where: 'version', message: `unknown version ${String(data.version)}; read as version 1` });
  }
  const threads = data.threads.flatMap((t: unknown, i) => readThread(t, `threads[${i}]`, problems));
  return { format: 'forum-json', threads, problems };
}

function readThread(t: unknown, where: string, problems: ImportProblem[]): ImportedThread[] {
  const sourceId = isFields(t) ? str(t.sourceId) : undefined;
  const title = isFields(t) ? str(t.title) : undefined;
  if (!isFields(t) || !sourceId || !title) {
    problems.push({ where, message: 'a thread needs a sourceId and a title; skipped' });
    return [];
  }
  const publishedAt = typeof t.publishedAt === 'string' ? isoDate(t.publishedAt) : null;
  if (t.publishedAt !== undefined && !publishedAt) problems.push({ where, message: 'publishedAt is not an ISO date; left out' });
  const raw = Array.isArray(t.comments) ? t.comments : [];
  const comments = raw.flatMap((c: unknown, i) => readComment(c, `${where}.comments[${i}]`, publishedAt ?? EPOCH, problems));
  const linked = linkComments(comments, (c) => `${where} comment ${c.sourceId}`);
  problems.push(...linked.problems);
  return [
    {
      sourceId,
      slug: slugify(str(t.slug) ?? '') || slugify(title) || 'thread',
      title,
      body: str(t.body) ?? '',
      tags: Array.isArray(t.tags) ? t.tags.filter((tag): tag is string => typeof tag === 'string') : [],
      ...optionalText(t, 'authorName'),
      ...optionalText(t, 'authorBio'),
      ...(publishedAt ? { publishedAt } : {}),
      comments: linked.comments,
    },
  ];
}

function readComment(c: unknown, where: string, fallback: Date, problems: ImportProblem[]): UnlinkedComment[] {
  const sourceId = isFields(c) ? str(c.sourceId) : undefined;
  if (!isFields(c) || !sourceId) {
    problems.push({ where, message: 'a comment needs a sourceId; skipped' });
    return [];
  }
  const createdAt = typeof c.createdAt === 'string' ? isoDate(c.createdAt) : null;
  if (!createdAt) problems.push({ where, message: `createdAt is not an ISO date; used ${fallback.toISOString()}` });
  const state = STATES.has(c.state as CommentState) ? (c.state as CommentState) : 'pending';
  if (state !== c.state) problems.push({ where, message: `unknown state ${JSON.stringify(c.state)}; held as pending` });
  return [
    {
      sourceId,
      parentSourceId: str(c.parentSourceId) ?? null,
      authorName: str(c.authorName) ?? 'Anonymous',
      ...optionalText(c, 'authorEmail'),
      ...optionalText(c, 'authorUrl'),
      createdAt: createdAt ?? fallback,
      body: str(c.body) ?? '',
      state,
    },
  ];
}

function failed(message: string): ImportResult {
  return { format: 'forum-json', threads: [], problems: [{ where: 'json', message }] };
}

function isFields(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function optionalText<K extends string>(fields: Fields, key: K): Partial<Record<K, string>> {
  const value = str(fields[key]);
  return value === undefined ? {} : ({ [key]: value } as Record<K, string>);
}
