import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { MyCommentsPage, MyCommentsQuery, WarningIdParams, WarningList } from '@forum/contracts';
import type { Deps } from '../../deps.ts';
import { acknowledge, myWarnings } from '../moderation/warnings.ts';
import { readMyComments } from './service.ts';

const member = { access: 'member' } as const;
const tags = ['me'];

export const activityRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.get('/api/me/comments', { schema: { querystring: MyCommentsQuery, response: { 200: MyCommentsPage }, tags }, config: member }, async (request) =>
    readMyComments(deps, request.actor!, request.query),
  );

  app.get('/api/me/warnings', { schema: { response: { 200: WarningList }, tags }, config: member }, async (request) => ({
    warnings: await myWarnings(deps, request.actor!),
  }));

  // A restricted member may still read and acknowledge what the moderators told them.
  app.post(
    '/api/me/warnings/:id/ack',
    { schema: { params: WarningIdParams, tags }, config: { ...member, allowRestricted: true } },
    async (request, reply) => {
      await acknowledge(deps, request.actor!, request.params.id);
      return reply.code(204).send();
    },
  );
};
