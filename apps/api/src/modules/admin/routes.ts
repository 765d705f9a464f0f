import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AdminUserList, AdminUserQuery, Me, UpdateUserInput, UserIdParams } from '@forum/contracts';
import type { Deps } from '../../deps.ts';
import { updateUser } from '../auth/service.ts';
import { findUsers } from './service.ts';

const admin = { access: 'admin' } as const;
const tags = ['admin'];

export const adminRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.get('/api/admin/users', { schema: { querystring: AdminUserQuery, response: { 200: AdminUserList }, tags }, config: admin }, async (request) =>
    findUsers(deps, request.query),
  );

  app.patch(
    '/api/admin/users/:id',
    { schema: { params: UserIdParams, body: UpdateUserInput, response: { 200: Me }, tags }, config: admin },
    async (request) => updateUser(deps, request.params.id, request.body),
  );
};
