import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { CreateThreadInput, Thread, ThreadCommentsQuery, ThreadList, ThreadListQuery, ThreadSlugParams, ThreadWithComments, UpdateThreadInput } from '@forum/contracts';
import type { Deps } from '../../deps.ts';
import { readThread } from '../comments/service.ts';
import { browseThreads, createThread, updateThread } from './service.ts';

export const threadRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.get(
    '/api/threads',
    { schema: { querystring: ThreadListQuery, response: { 200: ThreadList }, tags: ['threads'] }, config: { access: 'public' } },
    async (request) => browseThreads(deps, request.query),
  );

  app.post(
    '/api/threads',
    { schema: { body: CreateThreadInput, response: { 201: Thread }, tags: ['threads'] }, config: { access: 'author' } },
    async (request, reply) => reply.code(201).send(await createThread(deps, request.actor!, request.body)),
  );

  app.get(
    '/api/threads/:slug',
    { schema: { params: ThreadSlugParams, querystring: ThreadCommentsQuery, response: { 200: ThreadWithComments }, tags: ['threads'] }, config: { access: 'public' } },
    async (request, reply) => {
      const read = await readThread(deps, request.actor, request.params.slug, request.query.sort, request.query.cursor);
      // The cached public page is already serialised from the same schema: it goes out as it is.
      if ('json' in read) return reply.type('application/json; charset=utf-8').send(read.json as never);
      return read.page;
    },
  );

  app.patch(
    '/api/threads/:slug',
    { schema: { params: ThreadSlugParams, body: UpdateThreadInput, response: { 200: Thread }, tags: ['threads'] }, config: { access: 'author' } },
    async (request) => updateThread(deps, request.actor!, request.params.slug, request.body),
  );
};
