import Fastify, { type FastifyServerOptions } from 'fastify';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Deps } from './deps.ts';
import type { Access } from './lib/access.ts';
import { AppError } from './lib/app-error.ts';
import { authPlugin } from './plugins/auth.ts';
import { errorsPlugin, frameworkErrors } from './plugins/errors.ts';
import { livePlugin } from './plugins/live.ts';
import { overloadPlugin } from './plugins/overload.ts';
import { textGuardPlugin } from './plugins/text-guard.ts';
import { adminRoutes } from './modules/admin/routes.ts';
import { authRoutes } from './modules/auth/routes.ts';
import { citationRoutes } from './modules/citations/routes.ts';
import { commentRoutes } from './modules/comments/routes.ts';
import { healthRoutes } from './modules/health/routes.ts';
import { moderationRoutes } from './modules/moderation/routes.ts';
import { reportRoutes } from './modules/reports/routes.ts';
import { appealRoutes } from './modules/appeals/routes.ts';
import { activityRoutes } from './modules/activity/routes.ts';
import { liveRoutes } from './modules/live/routes.ts';
import { searchRoutes } from './modules/search/routes.ts';
import { studyRoutes } from './modules/studies/routes.ts';
import { threadRoutes } from './modules/threads/routes.ts';
import { userRoutes } from './modules/users/routes.ts';

/** Every API route with who may call it: the authorization matrix test walks this. */
export type RouteEntry = { method: string; url: string; access: Access; allowRestricted: boolean };

declare module 'fastify' {
  interface FastifyInstance {
    routeTable: RouteEntry[];
  }
}

export type BuildOptions = { deps: Deps; logger?: FastifyServerOptions['logger'] };

const DOCS_PREFIX = '/api/docs';

/** Builds the API without listening, so tests drive it through inject and servers own the socket. */
export async function buildApp({ deps, logger = false }: BuildOptions) {
  const app = Fastify({
    logger,
    bodyLimit: 256 * 1024,
    requestIdHeader: 'x-request-id',
    genReqId: () => crypto.randomUUID(),
    frameworkErrors,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  const routeTable: RouteEntry[] = [];
  app.decorate('routeTable', routeTable);
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith(DOCS_PREFIX)) route.config = { ...route.config, access: 'public' };
    const methods = ([] as string[]).concat(route.method).filter((m) => m !== 'HEAD');
    const config = route.config as { access?: Access; allowRestricted?: boolean } | undefined;
    const isOwnApi = route.url.startsWith('/api') && !route.url.startsWith(DOCS_PREFIX);
    if (isOwnApi && config?.access) {
      for (const method of methods) routeTable.push({ method, url: route.url, access: config.access, allowRestricted: config.allowRestricted ?? false });
    }
  });

  await app.register(errorsPlugin);
  await app.register(overloadPlugin, { deps });
  await app.register(textGuardPlugin);
  await app.register(fastifySwagger, {
    openapi: { info: { title: 'Forum API', version: '1.0.0' } },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: DOCS_PREFIX });
  await app.register(fastifyRateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) =>
      new AppError('RATE_LIMITED', `Try again in ${context.after}`, undefined, {
        'retry-after': String(Math.ceil(context.ttl / 1000)),
      }),
  });
  await app.register(authPlugin, { deps });
  await app.register(livePlugin, { deps });

  await app.register(healthRoutes, { deps });
  await app.register(authRoutes, { deps });
  await app.register(adminRoutes, { deps });
  await app.register(threadRoutes, { deps });
  await app.register(commentRoutes, { deps });
  await app.register(searchRoutes, { deps });
  await app.register(studyRoutes, { deps });
  await app.register(citationRoutes, { deps });
  await app.register(moderationRoutes, { deps });
  await app.register(reportRoutes, { deps });
  await app.register(appealRoutes, { deps });
  await app.register(activityRoutes, { deps });
  await app.register(userRoutes, { deps });
  await app.register(liveRoutes, { deps });

  app.get('/api/openapi.json', { schema: { hide: true }, config: { access: 'public' } }, async () => app.swagger());
  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;
