import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import fastifyCookie from '@fastify/cookie';
import type { Deps } from '../deps.ts';
import { assertCanWrite, assertRole, type Access, type Actor } from '../lib/access.ts';
import { AppError } from '../lib/app-error.ts';
import { validateSessionToken } from '../modules/auth/sessions.ts';

export const SESSION_COOKIE = 'forum_session';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Every /api route must declare who may call it; the authorization matrix test reads this. */
    access?: Access;
    /** Lets a banned or suspended user still sign out. */
    allowRestricted?: boolean;
  }
  interface FastifyRequest {
    actor: Actor | null;
    sessionId: string | null;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function setSessionCookie(reply: FastifyReply, deps: Deps, token: string, expiresAt: Date) {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: deps.config.cookieSecure,
    path: '/',
    expires: expiresAt,
  });
}

export function clearSessionCookie(reply: FastifyReply, deps: Deps) {
  reply.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure: deps.config.cookieSecure, path: '/' });
}

// A browser always sends Origin on a cross-site POST; a cookie-bearing write without a matching one is refused.
function checkOrigin(request: FastifyRequest, publicOrigin: string) {
  if (SAFE_METHODS.has(request.method)) return;
  const origin = request.headers.origin;
  const hasCookie = request.cookies[SESSION_COOKIE] !== undefined;
  if (origin === undefined && !hasCookie) return;
  if (origin !== publicOrigin) throw new AppError('CROSS_ORIGIN', `Origin ${origin ?? '(none)'} is not ${publicOrigin}`);
}

export const authPlugin = fp(async (app: FastifyInstance, { deps }: { deps: Deps }) => {
  await app.register(fastifyCookie);
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionId', null);

  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api') && !route.config?.access) {
      throw new Error(`Route ${route.method} ${route.url} declares no access rule`);
    }
  });

  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith('/api')) return;
    checkOrigin(request, deps.config.publicOrigin);
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    const session = await validateSessionToken(deps.db, token, deps.now());
    if (!session) {
      clearSessionCookie(reply, deps);
      return;
    }
    request.actor = session.actor;
    request.sessionId = session.sessionId;
    if (session.renewed) setSessionCookie(reply, deps, token, session.expiresAt);
  });

  // Before body validation, so an anonymous caller learns "sign in" rather than which fields are wrong.
  app.addHook('onRequest', async (request) => {
    const { access, allowRestricted } = request.routeOptions.config;
    if (!access || access === 'public') return;
    assertRole(request.actor, access);
    if (!SAFE_METHODS.has(request.method) && !allowRestricted) assertCanWrite(request.actor, deps.now());
  });
});
