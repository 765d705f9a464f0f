import { orderedUuid } from '../../lib/ordered-id.ts';
import type { ImportedComment, ImportedThread, ImportFormat, ImportProblem, ImportResult } from '@forum/importers';
import type { ModerationSettings } from '@forum/moderation';
import type { LearnedCounts } from '@forum/spam';
import type { Db } from '@forum/db';
import { renderArticleHtml, renderCommentHtml } from '../../lib/markdown.ts';
import { assessImported, DELETED_AT_SOURCE } from './assess.ts';
import { authorKey, commentKey, exportedId, rowKey, threadKey } from './keys.ts';
import { findComments, findThreads, takenNames, type CountShift, type ExistingComment, type NewComment, type NewThread, type ThreadShift } from './queries.ts';
import { freeName, planUsers, type AuthorRequest } from './users-plan.ts';

export type ThreadReport = { slug: string; title: string; isNew: boolean; created: Record<string, number>; existing: number; maxDepth: number };

export type ImportReport = { threads: ThreadReport[]; users: number; problems: ImportProblem[] };

export type ImportPlan = {
  users: Awaited<ReturnType<typeof planUsers>>['created'];
  threads: NewThread[];
  comments: NewComment[];
  spamScores: Array<{ commentId: string; score: number; verdict: string; reasons: unknown }>;
  decisions: Array<{ commentId: string; action: string; rule: string; fromState: null; toState: NewComment['state']; details: unknown; createdAt: Date }>;
  commentShifts: CountShift[];
  threadShifts: ThreadShift[];
  report: ImportReport;
};

export type PlanInput = { results: ImportResult[]; threadSlug?: string | undefined; settings: ModerationSettings; learned: LearnedCounts; now: Date };

type Source = { format: ImportFormat; thread: ImportedThread; key: string };
type Placed = Pick<ExistingComment, 'id' | 'threadId' | 'ancestorIds' | 'depth' | 'body'>;

const isPublished = (row: Pick<NewComment, 'state' | 'deletedAt'>) => row.state === 'approved' && !row.deletedAt;

/** Works out every row an import would write, reading but never writing: the dry run prints this. */
export async function planImport(db: Db, input: PlanInput): Promise<ImportPlan> {
  const problems = input.results.flatMap((r) => r.problems);
  const sources = uniqueSources(input.results, problems);
  const users = await planUsers(db, authorRequests(input.results), input.now);
  const existingThreads = await findThreads(db, { ...split(sources.map((s) => s.key)), slugs: input.threadSlug ? [input.threadSlug] : [] });
  const existingComments = byKey(await findComments(db, split(sources.flatMap((s) => s.thread.comments.map((c) => commentKey(s.format, s.key, c))))));
  const takenSlugs = await takenNames(db, 'slug', sources.map((s) => s.thread.slug));
  const plan: ImportPlan = { users: users.created, threads: [], comments: [], spamScores: [], decisions: [], commentShifts: [], threadShifts: [], report: { threads: [], users: users.created.length, problems } };
  const context: ThreadContext = { input, plan, users: users.idByKey, existingComments, shifts: new Map() };
  for (const source of sources) {
    const found = existingThreads.find((t) => input.threadSlug && t.slug === input.threadSlug) ?? existingThreads.find((t) => matches(t, source.key));
    if (found && input.threadSlug && found.slug !== input.threadSlug) {
      problems.push({ where: source.thread.title, message: `already imported as /${found.slug}; --thread-slug ignored` });
    }
    if (found) {
      const { published, lastActivityAt } = planComments(context, source, found, false);
      if (published > 0) plan.threadShifts.push({ id: found.id, published, lastActivityAt });
    } else {
      const slug = input.threadSlug ?? freeName(source.thread.slug, takenSlugs, '-');
      const thread = newThread(source, slug, users.idByKey.get(threadAuthorKey(source))!, input.now);
      const { published, lastActivityAt } = planComments(context, source, thread, true);
      plan.threads.push({ ...thread, commentCount: published, lastActivityAt: lastActivityAt > thread.createdAt ? lastActivityAt : thread.createdAt });
    }
  }
  plan.commentShifts = [...context.shifts.values()];
  return plan;
}

type ThreadContext = {
  input: PlanInput;
  plan: ImportPlan;
  users: Map<string, string>;
  existingComments: Map<string, ExistingComment>;
  shifts: Map<string, CountShift>;
};

type ThreadTarget = { id: string; slug: string; title: string; body: string };

function planComments(context: ThreadContext, source: Source, thread: ThreadTarget, isNew: boolean) {
  const { plan, input } = context;
  const placed = new Map<string, Placed>();
  const newRows = new Map<string, NewComment>();
  const report: ThreadReport = { slug: thread.slug, title: thread.title, isNew, created: {}, existing: 0, maxDepth: -1 };
  plan.report.threads.push(report);
  let published = 0;
  let lastActivityAt = new Date(0);
  for (const comment of source.thread.comments) {
    const key = commentKey(source.format, source.key, comment);
    const already = context.existingComments.get(key);
    if (already) {
      placed.set(comment.sourceId, already);
      report.existing += 1;
      continue;
    }
    const parent = comment.parentSourceId ? placed.get(comment.parentSourceId) : undefined;
    if (parent && parent.threadId !== thread.id) {
      plan.report.problems.push({ where: `${thread.slug}: comment ${comment.sourceId}`, message: 'its parent was imported into another thread; kept at top level' });
    }
    const sameThreadParent = parent?.threadId === thread.id ? parent : undefined;
    const row = newComment(comment, key, { threadId: thread.id, parent: sameThreadParent, authorId: context.users.get(commentAuthorKey(source.format, comment))! });
    const assessment = assessImported(
      { text: comment.body, sourceState: comment.state, thread, parentText: sameThreadParent?.body ?? null, isTrusted: source.format === 'forum-json' },
      input.settings,
      input.learned,
    );
    row.state = assessment.state;
    if (comment.state === 'deleted') row.removedReason = DELETED_AT_SOURCE;
    placed.set(comment.sourceId, { id: row.id, threadId: thread.id, ancestorIds: row.ancestorIds!, depth: row.depth!, body: row.body });
    newRows.set(row.id, row);
    plan.comments.push(row);
    plan.spamScores.push({ commentId: row.id, ...assessment.spam });
    plan.decisions.push({ commentId: row.id, action: 'import', rule: assessment.rule, fromState: null, toState: row.state, details: { reasons: assessment.reasons, sourceState: comment.state }, createdAt: input.now });
    report.created[row.state] = (report.created[row.state] ?? 0) + 1;
    report.maxDepth = Math.max(report.maxDepth, row.depth!);
    if (!isPublished(row)) continue;
    published += 1;
    if (row.createdAt! > lastActivityAt) lastActivityAt = row.createdAt!;
    countReply(row, newRows, context.shifts);
  }
  return { published, lastActivityAt };
}

/** A new published reply counts on every ancestor: in memory for new rows, as a shift for rows already stored. */
function countReply(row: NewComment, newRows: Map<string, NewComment>, shifts: Map<string, CountShift>) {
  for (const ancestorId of row.ancestorIds!) {
    const isParent = ancestorId === row.parentId;
    const ancestor = newRows.get(ancestorId);
    if (ancestor) {
      ancestor.descendantCount = (ancestor.descendantCount ?? 0) + 1;
      if (isParent) ancestor.replyCount = (ancestor.replyCount ?? 0) + 1;
      continue;
    }
    const shift = shifts.get(ancestorId) ?? { id: ancestorId, replies: 0, descendants: 0 };
    shift.descendants += 1;
    if (isParent) shift.replies += 1;
    shifts.set(ancestorId, shift);
  }
}

function newThread(source: Source, slug: string, authorId: string, now: Date): NewThread & ThreadTarget & { createdAt: Date } {
  const t = source.thread;
  const key = rowKey(source.key);
  const createdAt = t.publishedAt ?? t.comments.reduce<Date | undefined>((min, c) => (!min || c.createdAt < min ? c.createdAt : min), undefined) ?? now;
  return {
    id: key.id ?? orderedUuid(),
    sourceKey: key.sourceKey,
    slug,
    title: t.title,
    body: t.body,
    bodyHtml: renderArticleHtml(t.body),
    tags: [...new Set(t.tags)],
    moderationMode: t.moderationMode ?? 'auto',
    slowModeMinutes: t.slowModeMinutes ?? 0,
    authorId,
    authorBio: t.authorBio ?? null,
    createdAt,
    updatedAt: createdAt,
    lastActivityAt: createdAt,
  };
}

function newComment(c: ImportedComment, key: string, at: { threadId: string; parent: Placed | undefined; authorId: string }): NewComment {
  const rk = rowKey(key);
  return {
    id: rk.id ?? orderedUuid(),
    sourceKey: rk.sourceKey,
    threadId: at.threadId,
    parentId: at.parent?.id ?? null,
    ancestorIds: at.parent ? [...at.parent.ancestorIds, at.parent.id] : [],
    depth: at.parent ? at.parent.depth + 1 : 0,
    authorId: at.authorId,
    body: c.body,
    bodyHtml: renderCommentHtml(c.body),
    state: 'pending',
    createdAt: c.createdAt,
    editedAt: c.editedAt ?? null,
    deletedAt: c.deletedAt ?? null,
    removedReason: c.removedReason ?? null,
  };
}

/** The same thread twice in one import (a file copied into the folder) is imported once. */
function uniqueSources(results: ImportResult[], problems: ImportProblem[]): Source[] {
  const byKey = new Map<string, Source>();
  for (const r of results) {
    for (const thread of r.threads) {
      const key = threadKey(r.format, thread);
      if (byKey.has(key)) problems.push({ where: thread.title, message: `thread ${key} appears more than once; imported once` });
      else byKey.set(key, { format: r.format, thread, key });
    }
  }
  return [...byKey.values()];
}

function authorRequests(results: ImportResult[]): AuthorRequest[] {
  return results.flatMap((r) => [
    ...(r.users ?? []).map((user) => ({ key: user.sourceId, name: user.displayName, email: user.email, user })),
    // An author missing from the export's users still gets an account, under the same key.
    ...r.threads.flatMap((t) => [
      { key: threadAuthorKey({ format: r.format, thread: t }), name: t.authorName ?? 'Anonymous' },
      ...t.comments.map((c) => ({ key: commentAuthorKey(r.format, c), name: c.authorName, email: c.authorEmail })),
    ]),
  ]);
}

function threadAuthorKey({ format, thread }: Pick<Source, 'format' | 'thread'>): string {
  return thread.authorSourceId ?? authorKey(format, { name: thread.authorName ?? 'Anonymous' });
}

function commentAuthorKey(format: ImportFormat, c: ImportedComment): string {
  return c.authorSourceId ?? authorKey(format, { name: c.authorName, email: c.authorEmail });
}

function split(keys: string[]) {
  const rows = keys.map(rowKey);
  return { ids: rows.flatMap((k) => (k.id ? [k.id] : [])), sourceKeys: rows.flatMap((k) => (k.sourceKey ? [k.sourceKey] : [])) };
}

function byKey<T extends { id: string; sourceKey: string | null }>(rows: T[]): Map<string, T> {
  return new Map(rows.map((row) => [exportedId(row), row]));
}

const matches = (row: { id: string; sourceKey: string | null }, key: string) => exportedId(row) === key;
