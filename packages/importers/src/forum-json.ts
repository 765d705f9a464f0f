import { EPOCH, isoDate } from './dates.ts';
import { slugify } from './ids.ts';
import { linkComments, type UnlinkedComment } from './thread-tree.ts';
import type { CommentState, ImportedThread, ImportedUser, ImportProblem, ImportResult, ModerationMode, UserRole, AccountStatus } from './types.ts';

type Fields = Record<string, unknown>;

const STATES = new Set<CommentState>(['approved', 'pending', 'spam', 'deleted', 'rejected', 'hidden', 'revision']);
const MODES = new Set<ModerationMode>(['pre', 'post', 'auto']);
const ROLES = new Set<UserRole>(['member', 'author', 'moderator', 'admin']);
const STATUSES = new Set<AccountStatus>(['active', 'suspended', 'banned']);
const KNOWN_KEYS = new Set(['format', 'version', 'exportedAt', 'users', 'threads']);

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
  const users = Array.isArray(data.users) ? data.users.flatMap((u: unknown, i) => readUser(u, `users[${i}]`, problems)) : [];
  const threads = data.threads.flatMap((t: unknown, i) => readThread(t, `threads[${i}]`, problems));
  const sections = Object.fromEntries(Object.entries(data).filter(([key, value]) => !KNOWN_KEYS.has(key) && Array.isArray(value))) as Record<string, unknown[]>;
  return { format: 'forum-json', threads, problems, users, sections };
}

function readUser(u: unknown, where: string, problems: ImportProblem[]): ImportedUser[] {
  const sourceId = isFields(u) ? str(u.sourceId) : undefined;
  const handle = isFields(u) ? str(u.handle) : undefined;
  if (!isFields(u) || !sourceId || !handle) {
    problems.push({ where, message: 'a user needs a sourceId and a handle; skipped' });
    return [];
  }
  const role = oneOf(ROLES, u.role, 'member', `${where}: role`, problems);
  const status = oneOf(STATUSES, u.status, 'active', `${where}: status`, problems);
  const createdAt = (typeof u.createdAt === 'string' ? isoDate(u.createdAt) : null) ?? EPOCH;
  return [{ sourceId, handle, displayName: str(u.displayName) ?? handle, ...optionalText(u, 'email'), role, status, createdAt }];
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
      ...optionalText(t, 'authorSourceId'),
      ...optionalText(t, 'authorBio'),
      ...(MODES.has(t.moderationMode as ModerationMode) ? { moderationMode: t.moderationMode as ModerationMode } : {}),
      ...(Number.isInteger(t.slowModeMinutes) ? { slowModeMinutes: t.slowModeMinutes as number } : {}),
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
      ...optionalText(c, 'authorSourceId'),
      ...optionalText(c, 'removedReason'),
      ...optionalDate(c, 'editedAt'),
      ...optionalDate(c, 'deletedAt'),
      createdAt: createdAt ?? fallback,
      body: str(c.body) ?? '',
      state,
    },
  ];
}

function oneOf<T extends string>(allowed: Set<T>, value: unknown, fallback: T, where: string, problems: ImportProblem[]): T {
  if (allowed.has(value as T)) return value as T;
  if (value !== undefined) problems.push({ where, message: `unknown value ${JSON.stringify(value)}; used ${fallback}` });
  return fallback;
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

function optionalDate<K extends string>(fields: Fields, key: K): Partial<Record<K, Date>> {
  const value = typeof fields[key] === 'string' ? isoDate(fields[key]) : null;
  return value === null ? {} : ({ [key]: value } as Record<K, Date>);
}
