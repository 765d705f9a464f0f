import { z } from 'zod';
import { CommentState } from './comments.ts';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
/** `thread:<id>` carries published changes, `queue` is for moderators, `user:<id>` for one member's own comments. */
export type LiveTopic = `thread:${string}` | 'queue' | `user:${string}`;
export const LiveTopic = z
  .string()
  .regex(new RegExp(`^(queue|(thread|user):${UUID})$`), 'Topics are thread:<id>, user:<id> or queue') as unknown as z.ZodType<LiveTopic>;

const onComment = { threadId: z.uuid(), commentId: z.uuid() };

/** Events say what changed, not the new content: clients reload the view through the one rendering path. */
export const LiveEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('comment.published'), ...onComment, parentId: z.uuid().nullable() }),
  z.object({ type: z.literal('comment.edited'), ...onComment }),
  z.object({ type: z.literal('comment.removed'), ...onComment, reason: z.enum(['deleted', 'removed']) }),
  z.object({ type: z.literal('comment.held'), ...onComment, state: CommentState }),
  /** To the author alone: a moderator decided their held comment and it stays hidden (rejected, spam, revision). */
  z.object({ type: z.literal('comment.decided'), ...onComment, toState: CommentState }),
  z.object({ type: z.literal('appreciation.changed'), ...onComment, appreciationCount: z.number().int() }),
  z.object({ type: z.literal('citation.added'), ...onComment, citationId: z.string() }),
  z.object({ type: z.literal('citation.removed'), ...onComment, citationId: z.string() }),
  z.object({ type: z.literal('source_request.changed'), ...onComment }),
  z.object({ type: z.literal('queue.item_added'), ...onComment, state: CommentState }),
  z.object({ type: z.literal('queue.item_decided'), ...onComment, toState: z.union([CommentState, z.literal('deleted')]) }),
  z.object({ type: z.literal('report.added'), ...onComment }),
  z.object({ type: z.literal('thread.updated'), threadId: z.uuid() }),
]);
export type LiveEvent = z.infer<typeof LiveEvent>;

export const EventId = z.number().int().min(0);

export const LiveClientFrame = z.discriminatedUnion('type', [
  z.object({ type: z.literal('subscribe'), topic: LiveTopic, since: EventId.optional() }),
  z.object({ type: z.literal('unsubscribe'), topic: LiveTopic }),
]);
export type LiveClientFrame = z.infer<typeof LiveClientFrame>;

export const LiveEventFrame = z.object({ type: z.literal('event'), id: EventId, topic: LiveTopic, event: LiveEvent });
export type LiveEventFrame = z.infer<typeof LiveEventFrame>;

export const LiveErrorCode = z.enum(['BAD_FRAME', 'NOT_AUTHENTICATED', 'FORBIDDEN', 'TOO_MANY_TOPICS', 'RATE_LIMITED', 'UNAVAILABLE']);
export type LiveErrorCode = z.infer<typeof LiveErrorCode>;

export const LiveServerFrame = z.discriminatedUnion('type', [
  LiveEventFrame,
  /** Everything that arrived in one tick, in id order. */
  z.object({ type: z.literal('batch'), frames: z.array(LiveEventFrame) }),
  /** Replay is done; `id` is where to resume from if nothing else arrives. */
  z.object({ type: z.literal('subscribed'), topic: LiveTopic, id: EventId }),
  /** The events since the client's id are no longer kept: reload the view, then subscribe without `since`. */
  z.object({ type: z.literal('resync'), topic: LiveTopic }),
  z.object({ type: z.literal('error'), code: LiveErrorCode, message: z.string(), topic: z.string().optional() }),
]);
export type LiveServerFrame = z.infer<typeof LiveServerFrame>;

export { LiveCloseCode } from './live-close.ts';
