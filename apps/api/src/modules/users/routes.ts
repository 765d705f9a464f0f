import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ProfileParams, ProfileQuery, UserProfile } from '@forum/contracts';
import type { Deps } from '../../deps.ts';
import { readProfile } from './service.ts';

export const userRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.get(
    '/api/users/:handle',
    { schema: { params: ProfileParams, querystring: ProfileQuery, response: { 200: UserProfile }, tags: ['users'] }, config: { access: 'public' } },
    async (request) => readProfile(deps, request.params.handle, request.query),
  );
};
