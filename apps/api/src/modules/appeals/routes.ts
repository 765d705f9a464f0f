import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { Appeal, AppealDecisionInput, AppealIdParams, AppealInput, AppealList, AppealQuery, CommentIdParams } from '@forum/contracts';
import type { Deps } from '../../deps.ts';
import { appealRejection, decideAppeal, readAppeals } from './service.ts';

const tags = ['appeals'];

export const appealRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.post(
    '/api/comments/:id/appeal',
    { schema: { params: CommentIdParams, body: AppealInput, response: { 201: Appeal }, tags }, config: { access: 'member' } },
    async (request, reply) => reply.code(201).send(await appealRejection(deps, request.actor!, request.params.id, request.body)),
  );

  app.get(
    '/api/mod/appeals',
    { schema: { querystring: AppealQuery, response: { 200: AppealList }, tags }, config: { access: 'moderator' } },
    async (request) => readAppeals(deps, request.actor!, request.query.all),
  );

  app.post(
    '/api/mod/appeals/:id/decision',
    { schema: { params: AppealIdParams, body: AppealDecisionInput, response: { 200: Appeal }, tags }, config: { access: 'moderator' } },
    async (request) => decideAppeal(deps, request.actor!, request.params.id, request.body),
  );
};
