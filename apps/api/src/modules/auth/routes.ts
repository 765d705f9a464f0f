import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { LoginInput, Me, RegisterInput } from '@forum/contracts';
import type { Deps } from '../../deps.ts';
import { clearSessionCookie, setSessionCookie } from '../../plugins/auth.ts';
import { AppError } from '../../lib/app-error.ts';
import { invalidateSession } from './sessions.ts';
import * as auth from './service.ts';

const HOUR = 60 * 60 * 1000;

export const authRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const limits = deps.config.rateLimits;

  app.post(
    '/api/auth/register',
    {
      schema: { body: RegisterInput, response: { 201: Me }, tags: ['auth'] },
      config: { access: 'public', rateLimit: { max: limits.registerPerHour, timeWindow: HOUR } },
    },
    async (request, reply) => {
      const { user, session } = await auth.register(deps, request.body);
      setSessionCookie(reply, deps, session.token, session.expiresAt);
      return reply.code(201).send(auth.toMe(user));
    },
  );

  app.post(
    '/api/auth/login',
    {
      schema: { body: LoginInput, response: { 200: Me }, tags: ['auth'] },
      config: {
        access: 'public',
        rateLimit: {
          max: limits.loginPerMinute,
          timeWindow: 60_000,
          hook: 'preHandler',
          keyGenerator: (request) => `${request.ip}|${String((request.body as { login?: unknown })?.login ?? '').toLowerCase()}`,
        },
      },
    },
    async (request, reply) => {
      const { user, session } = await auth.login(deps, request.body, request.sessionId);
      setSessionCookie(reply, deps, session.token, session.expiresAt);
      return auth.toMe(user);
    },
  );

  app.post(
    '/api/auth/logout',
    { schema: { tags: ['auth'] }, config: { access: 'member', allowRestricted: true } },
    async (request, reply) => {
      if (request.sessionId) await invalidateSession(deps.db, request.sessionId);
      clearSessionCookie(reply, deps);
      return reply.code(204).send();
    },
  );

  app.get(
    '/api/me',
    { schema: { response: { 200: Me }, tags: ['auth'] }, config: { access: 'member' } },
    async (request) => {
      if (!request.actor) throw new AppError('NOT_AUTHENTICATED');
      return auth.me(deps, request.actor.id);
    },
  );
};
