import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { Me, UpdateUserInput, UserIdParams } from '@forum/contracts';
import type { Deps } from '../../deps.ts';
import { updateUser } from '../auth/service.ts';

export const adminRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.patch(
    '/api/admin/users/:id',
    { schema: { params: UserIdParams, body: UpdateUserInput, response: { 200: Me }, tags: ['admin'] }, config: { access: 'admin' } },
    async (request) => updateUser(deps, request.params.id, request.body),
  );
};
