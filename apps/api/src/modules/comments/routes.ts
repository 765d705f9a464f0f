import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { Appreciation, CommentCreated, CommentIdParams, CommentPage, CreateCommentInput, EditCommentInput, ThreadCommentsQuery, ThreadSlugParams } from '@forum/contracts';
import type { Deps } from '../../deps.ts';
import { deviceFingerprint } from '../moderation/fingerprint.ts';
import { hashRequest, onceByKey } from './idempotency.ts';
import { appreciate, createComment, deleteComment, editComment, readReplies } from './service.ts';

const IdempotencyHeaders = z.object({ 'idempotency-key': z.string().min(1).max(200).optional() });

export const commentRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.post(
    '/api/threads/:slug/comments',
    {
      schema: { params: ThreadSlugParams, headers: IdempotencyHeaders, body: CreateCommentInput, response: { 201: CommentCreated }, tags: ['comments'] },
      config: { access: 'member' },
    },
    async (request, reply) => {
      const actor = request.actor!;
      const fingerprint = await deviceFingerprint(deps.db, request.ip, request.headers['user-agent']);
      const replay = await onceByKey(
        deps.db,
        { userId: actor.id, key: request.headers['idempotency-key'], hash: hashRequest(request.body, request.url), status: 201 },
        (remember) => createComment(deps, actor, request.params.slug, request.body, { fingerprint, onCreated: remember }),
      );
      // Only successful creations are remembered, so a replay is always a 201.
      return reply.code(201).send(replay.body as CommentCreated);
    },
  );

  app.get(
    '/api/comments/:id/replies',
    { schema: { params: CommentIdParams, querystring: ThreadCommentsQuery, response: { 200: CommentPage }, tags: ['comments'] }, config: { access: 'public' } },
    async (request) => readReplies(deps, request.actor, request.params.id, request.query.sort, request.query.cursor),
  );

  app.patch(
    '/api/comments/:id',
    { schema: { params: CommentIdParams, body: EditCommentInput, response: { 200: CommentCreated }, tags: ['comments'] }, config: { access: 'member' } },
    async (request) => editComment(deps, request.actor!, request.params.id, request.body),
  );

  app.delete(
    '/api/comments/:id',
    { schema: { params: CommentIdParams, tags: ['comments'] }, config: { access: 'member' } },
    async (request, reply) => {
      await deleteComment(deps, request.actor!, request.params.id);
      return reply.code(204).send();
    },
  );

  app.put(
    '/api/comments/:id/appreciation',
    { schema: { params: CommentIdParams, response: { 200: Appreciation }, tags: ['comments'] }, config: { access: 'member' } },
    async (request) => appreciate(deps, request.actor!, request.params.id, true),
  );

  app.delete(
    '/api/comments/:id/appreciation',
    { schema: { params: CommentIdParams, response: { 200: Appreciation }, tags: ['comments'] }, config: { access: 'member' } },
    async (request) => appreciate(deps, request.actor!, request.params.id, false),
  );
};
