import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { CommentIdParams, ReportCreated, ReportInput } from '@forum/contracts';
import type { Deps } from '../../deps.ts';
import { reportComment } from './service.ts';

export const reportRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.post(
    '/api/comments/:id/reports',
    { schema: { params: CommentIdParams, body: ReportInput, response: { 201: ReportCreated }, tags: ['reports'] }, config: { access: 'member' } },
    async (request, reply) => reply.code(201).send(await reportComment(deps, request.actor!, request.params.id, request.body)),
  );
};
