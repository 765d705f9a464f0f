import { eq } from 'drizzle-orm';
import { anchorQuote, quoteSelectorFor, type TextRange } from '@forum/citations';
import type { CitationStance, CitationTag, CommentNode, CreateCitationInput, Quote, StudyCitation, StudyPage } from '@forum/contracts';
import { schema, type Db } from '@forum/db';
import type { Deps } from '../../deps.ts';
import { hasRole, type Actor } from '../../lib/access.ts';
import { AppError } from '../../lib/app-error.ts';
import { findComment, isPublished, type CommentRow } from '../comments/queries.ts';
import { recordDecision } from '../moderation/log.ts';
import { designLabel, evidenceBadge } from '../studies/present.ts';
import { findStudy } from '../studies/queries.ts';
import { readStudy } from '../studies/service.ts';
import { citationTagsFor, citationsOfComment, findCitation, publishedCitationsOf } from './queries.ts';
import { openRequestsFor, resolveRequestsCitedBy } from './source-requests.ts';
import { announce, withEvents } from '../live/outbox.ts';

type TagRow = Awaited<ReturnType<typeof citationTagsFor>>[number];

export function quoteOf(row: { quoteExact: string | null; quotePrefix: string | null; quoteSuffix: string | null }): Quote | null {
  return row.quoteExact === null ? null : { exact: row.quoteExact, prefix: row.quotePrefix ?? '', suffix: row.quoteSuffix ?? '' };
}

function toTag(row: TagRow): CitationTag {
  return {
    id: row.id,
    stance: row.stance,
    quote: quoteOf(row),
    isOrphaned: row.isOrphaned,
    study: { id: row.study.id, shortName: row.study.shortName, title: row.study.title, journal: row.study.journal, year: row.study.year, designLabel: designLabel(row.study), evidence: evidenceBadge(row.study), sampleSize: row.study.sampleSize },
  };
}

/** A comment a caller may see and tag: published, or their own. */
export async function visibleComment(db: Db, actor: Actor, id: string): Promise<CommentRow> {
  const comment = await findComment(db, id);
  if (!comment || comment.deletedAt || !(isPublished(comment) || comment.authorId === actor.id)) throw new AppError('NOT_FOUND', 'No such comment');
  return comment;
}

/** Where the quote is in the comment, or a 400 on the quote: a citation must point at words the comment has. */
export function anchorIn(body: string, quote: Quote, path: string): TextRange {
  const range = anchorQuote(body, quote);
  if (!range) throw new AppError('VALIDATION_FAILED', 'The quoted words are not in the comment', [{ path: `${path}.exact`, message: 'Not in the comment' }]);
  return range;
}

export async function citeStudy(deps: Deps, actor: Actor, commentId: string, input: CreateCitationInput): Promise<CitationTag> {
  const comment = await visibleComment(deps.db, actor, commentId);
  const isOwnComment = comment.authorId === actor.id;
  if (!isOwnComment && !hasRole(actor, 'author')) throw new AppError('FORBIDDEN', 'Only the comment’s author, an author or a moderator can link a study to it');
  const study = await findStudy(deps.db, input.studyId);
  if (!study) throw new AppError('VALIDATION_FAILED', 'No such study', [{ path: 'body.studyId', message: 'No such study' }]);
  const range = input.quote ? anchorIn(comment.body, input.quote, 'body.quote') : null;
  const same = (await citationsOfComment(deps.db, commentId)).find((c) => c.studyId === study.id && c.stance === input.stance && c.quoteExact === (input.quote?.exact ?? null));
  if (same) throw new AppError('CONFLICT', `This claim already cites "${study.shortName}" as ${input.stance}`);
  const id = await withEvents(deps.db, async (tx) => {
    const [row] = await tx
      .insert(schema.citations)
      .values({
        commentId,
        studyId: study.id,
        stance: input.stance,
        quoteExact: input.quote?.exact ?? null,
        quotePrefix: input.quote?.prefix ?? null,
        quoteSuffix: input.quote?.suffix ?? null,
        quoteStart: range?.start ?? null,
        quoteEnd: range?.end ?? null,
        createdBy: actor.id,
        createdAt: deps.now(),
      })
      .returning({ id: schema.citations.id });
    if (isOwnComment && range) await resolveRequestsCitedBy(tx, comment, range, deps.now());
    if (isPublished(comment)) await announce(tx, `thread:${comment.threadId}`, { type: 'citation.added', threadId: comment.threadId, commentId, citationId: row!.id });
    return row!.id;
  });
  const [tag] = await citationTagsFor(deps.db, [commentId]).then((rows) => rows.filter((r) => r.id === id));
  return toTag(tag!);
}

/**
 * The comment's author and the link's creator may take a link back; moderators may remove any.
 * A removal by anyone but the comment's author goes to the moderation log.
 */
export async function removeCitation(deps: Deps, actor: Actor, id: string): Promise<void> {
  const citation = await findCitation(deps.db, id);
  const comment = citation && (await findComment(deps.db, citation.commentId));
  if (!citation || !comment) throw new AppError('NOT_FOUND', 'No such citation');
  const isOwnComment = comment.authorId === actor.id;
  if (!isOwnComment && citation.createdBy !== actor.id && !hasRole(actor, 'moderator')) {
    throw new AppError('FORBIDDEN', 'Only the comment’s author, whoever linked it, or a moderator can remove this link');
  }
  await withEvents(deps.db, async (tx) => {
    await tx.delete(schema.citations).where(eq(schema.citations.id, id));
    if (isPublished(comment)) await announce(tx, `thread:${comment.threadId}`, { type: 'citation.removed', threadId: comment.threadId, commentId: comment.id, citationId: id });
    if (isOwnComment) return;
    await recordDecision(tx, {
      comment,
      moderatorId: actor.id,
      action: 'remove_citation',
      fromState: comment.state,
      toState: comment.state,
      details: { citationId: id, studyId: citation.studyId, stance: citation.stance, quote: quoteOf(citation) },
      at: deps.now(),
    });
  });
}

/**
 * After an edit, finds each quote again; its context is refreshed so the next edit anchors on today's text.
 * A quote whose words are gone is kept, marked orphaned, and comes back if the words do.
 */
export async function reanchorCitations(tx: Db, commentId: string, body: string): Promise<void> {
  for (const citation of await citationsOfComment(tx, commentId)) {
    const quote = quoteOf(citation);
    if (!quote) continue;
    const range = anchorQuote(body, quote);
    const context = range ? quoteSelectorFor(body, range.start, range.end) : null;
    await tx
      .update(schema.citations)
      .set({
        quoteStart: range?.start ?? null,
        quoteEnd: range?.end ?? null,
        isOrphaned: range === null,
        ...(context ? { quotePrefix: context.prefix, quoteSuffix: context.suffix } : {}),
      })
      .where(eq(schema.citations.id, citation.id));
  }
}

function walk(nodes: CommentNode[]): CommentNode[] {
  return nodes.flatMap((node) => [node, ...walk(node.replies)]);
}

/** Fills in each comment's citation tags and open "Source?" requests: two queries per page, not per comment. */
export async function attachEvidence(db: Db, nodes: CommentNode[]): Promise<CommentNode[]> {
  const shown = walk(nodes).filter((node) => node.bodyHtml !== null);
  const ids = shown.map((node) => node.id);
  const [tags, requests] = await Promise.all([citationTagsFor(db, ids), openRequestsFor(db, ids)]);
  for (const node of shown) {
    node.citations = tags.filter((tag) => tag.commentId === node.id).map(toTag);
    node.sourceRequests = requests.filter((request) => request.commentId === node.id);
  }
  return nodes;
}

export const commentPermalink = (threadSlug: string, commentId: string) => `/t/${threadSlug}#c-${commentId}`;

const STANCES: CitationStance[] = ['supports', 'contradicts', 'mentions', 'critiques'];

/** The study with every published comment citing it, across threads, grouped by stance. */
export async function readStudyPage(deps: Deps, id: string): Promise<StudyPage> {
  const study = await readStudy(deps, id);
  const rows = await publishedCitationsOf(deps.db, id);
  const all: StudyCitation[] = rows.map((row) => ({
    citationId: row.citationId,
    stance: row.stance,
    quote: quoteOf(row),
    isOrphaned: row.isOrphaned,
    commentId: row.commentId,
    author: row.author,
    threadSlug: row.threadSlug,
    threadTitle: row.threadTitle,
    permalink: commentPermalink(row.threadSlug, row.commentId),
    createdAt: row.createdAt.toISOString(),
  }));
  const group = (stance: CitationStance) => all.filter((citation) => citation.stance === stance);
  const citations = Object.fromEntries(STANCES.map((stance) => [stance, group(stance)])) as StudyPage['citations'];
  const counts = Object.fromEntries(STANCES.map((stance) => [stance, citations[stance].length])) as StudyPage['counts'];
  return { study, citations, counts };
}
