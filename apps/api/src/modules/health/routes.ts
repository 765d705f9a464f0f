import { sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { Health } from '@forum/contracts';
import type { Deps } from '../../deps.ts';
import { AppError } from '../../lib/app-error.ts';

export const healthRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.get(
    '/api/health',
    { schema: { response: { 200: Health }, tags: ['health'] }, config: { access: 'public' } },
    async (request) => {
      try {
        await deps.db.execute(sql`select 1`);
      } catch (error) {
        request.log.warn({ err: error }, 'health check: database down');
        throw new AppError('SERVICE_UNAVAILABLE', 'The database is not answering', undefined, { 'retry-after': '5' });
      }
      return { status: 'ok' as const, database: 'up' as const };
    },
  );
};
