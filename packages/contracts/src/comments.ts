import { z } from 'zod';
import { PublicUser } from './users.ts';
import { Thread } from './threads.ts';
import { CitationTag, SourceRequest } from './citations.ts';

export const CommentState = z.enum(['pending', 'approved', 'rejected', 'spam', 'hidden', 'revision']);
export type CommentState = z.infer<typeof CommentState>;

export const CommentSort = z.enum(['oldest', 'newest', 'appreciated']);
export type CommentSort = z.infer<typeof CommentSort>;

export const CommentBody = z
  .string()
  .refine((s) => s.trim().length > 0, 'Write something')
  .refine((s) => s.length <= 10_000, 'Keep it under 10,000 characters');

export const CreateCommentInput = z.object({
  body: CommentBody,
  parentId: z.uuid('Not a comment id').optional(),
});
export type CreateCommentInput = z.infer<typeof CreateCommentInput>;

export const EditCommentInput = z.object({ body: CommentBody });
export type EditCommentInput = z.infer<typeof EditCommentInput>;

export const CommentIdParams = z.object({ id: z.uuid('Not a comment id') });

export const ThreadCommentsQuery = z.object({
  sort: CommentSort.default('oldest'),
  cursor: z.string().max(200).optional(),
});
export type ThreadCommentsQuery = z.infer<typeof ThreadCommentsQuery>;

/** What a reader sees of a comment: removed ones keep their place as tombstones. */
export const Visibility = z.enum(['published', 'awaiting_moderation', 'returned_for_revision', 'deleted', 'removed']);
export type Visibility = z.infer<typeof Visibility>;

export type CommentNode = {
  id: string;
  parentId: string | null;
  depth: number;
  author: PublicUser | null;
  bodyHtml: string | null;
  /** The markdown source, sent only to the comment's author so they can edit it. */
  editableBody: string | null;
  visibility: Visibility;
  removedReason: string | null;
  createdAt: string;
  editedAt: string | null;
  appreciationCount: number;
  appreciatedByMe: boolean;
  replyCount: number;
  descendantCount: number;
  moreReplies: number;
  /** Empty on a removed or deleted comment. */
  citations: CitationTag[];
  /** Open "Source?" requests only. */
  sourceRequests: SourceRequest[];
  replies: CommentNode[];
};
export const CommentNode: z.ZodType<CommentNode> = z.lazy(() =>
  z.object({
    id: z.string(),
    parentId: z.string().nullable(),
    depth: z.number().int(),
    author: PublicUser.nullable(),
    bodyHtml: z.string().nullable(),
    editableBody: z.string().nullable(),
    visibility: Visibility,
    removedReason: z.string().nullable(),
    createdAt: z.string(),
    editedAt: z.string().nullable(),
    appreciationCount: z.number().int(),
    appreciatedByMe: z.boolean(),
    replyCount: z.number().int(),
    descendantCount: z.number().int(),
    moreReplies: z.number().int(),
    citations: z.array(CitationTag),
    sourceRequests: z.array(SourceRequest),
    replies: z.array(CommentNode),
  }),
);

export const CommentPage = z.object({
  comments: z.array(CommentNode),
  nextCursor: z.string().nullable(),
});
export type CommentPage = z.infer<typeof CommentPage>;

export const ThreadWithComments = z.object({
  thread: Thread,
  comments: z.array(CommentNode),
  nextCursor: z.string().nullable(),
  sort: CommentSort,
});
export type ThreadWithComments = z.infer<typeof ThreadWithComments>;

export const CommentCreated = z.object({
  id: z.string(),
  state: CommentState,
  visibility: Visibility,
  threadSlug: z.string(),
  bodyHtml: z.string(),
});
export type CommentCreated = z.infer<typeof CommentCreated>;

export const Appreciation = z.object({ appreciationCount: z.number().int(), appreciatedByMe: z.boolean() });
export type Appreciation = z.infer<typeof Appreciation>;

export const SearchQuery = z.object({ q: z.string().trim().min(1, 'Enter a search term').max(200) });
export const SearchHit = z.object({
  kind: z.enum(['thread', 'comment']),
  threadSlug: z.string(),
  threadTitle: z.string(),
  commentId: z.string().nullable(),
  snippetHtml: z.string(),
  rank: z.number(),
});
export const SearchResults = z.object({ hits: z.array(SearchHit) });
export type SearchResults = z.infer<typeof SearchResults>;
