import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { QueueCounts, QueuePage, QueueQuery } from '@forum/contracts';
import type { Deps } from '../../deps.ts';
import { countQueue, listQueue } from './queue.ts';

const mod = { access: 'moderator' } as const;

export const moderationRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.get(
    '/api/mod/queue',
    { schema: { querystring: QueueQuery, response: { 200: QueuePage }, tags: ['moderation'] }, config: mod },
    async (request) => listQueue(deps, request.query),
  );

  app.get(
    '/api/mod/queue/counts',
    { schema: { response: { 200: QueueCounts }, tags: ['moderation'] }, config: mod },
    async () => countQueue(deps),
  );
};
