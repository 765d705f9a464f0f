import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import pg from 'pg';
import type { Deps } from '../deps.ts';
import { AppError } from '../lib/app-error.ts';

const RESOLUTION_MS = 10;
// Short windows, so shedding stops within a fraction of a second once the load drops.
const SAMPLE_MS = 250;
// The health check answers how the process is, and live sockets are long-lived: neither is load to shed.
const EXEMPT = /^\/api\/(health|live)(\?|$)/;

/** Queries waiting for a PostgreSQL connection; PGlite runs on the event loop, so its backlog shows as delay. */
function databaseBacklog(deps: Deps): () => number {
  const client = (deps.db as unknown as { $client: unknown }).$client;
  return client instanceof pg.Pool ? () => client.waitingCount : () => 0;
}

/** How far the event loop falls behind, over the last sample window. */
function eventLoopDelay(app: FastifyInstance): () => number {
  const histogram = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
  histogram.enable();
  let delayMs = 0;
  const sampler = setInterval(() => {
    // The histogram counts the timer's own resolution as delay.
    delayMs = Math.max(0, histogram.mean / 1e6 - RESOLUTION_MS);
    histogram.reset();
  }, SAMPLE_MS);
  sampler.unref();
  app.addHook('onClose', async () => {
    clearInterval(sampler);
    histogram.disable();
  });
  return () => delayMs;
}

/**
 * Sheds load when the event loop falls behind (MAX_EVENT_LOOP_DELAY_MS) or too many queries wait
 * for a database connection (MAX_DATABASE_WAITING); 0 turns either off. A request then gets an
 * immediate 503 with Retry-After instead of joining a queue that only grows, so what is admitted
 * stays fast. Checked first, before the session lookup, so a refusal costs no query.
 */
export const overloadPlugin = fp(async (app: FastifyInstance, { deps }: { deps: Deps }) => {
  const { maxEventLoopDelayMs, maxDatabaseWaiting } = deps.config.overload;
  if (!maxEventLoopDelayMs && !maxDatabaseWaiting) return;
  const delay = maxEventLoopDelayMs ? eventLoopDelay(app) : () => 0;
  const backlog = maxDatabaseWaiting ? databaseBacklog(deps) : () => 0;

  app.addHook('onRequest', async (request) => {
    if (EXEMPT.test(request.url)) return;
    const lagging = maxEventLoopDelayMs > 0 && delay() > maxEventLoopDelayMs;
    const queued = maxDatabaseWaiting > 0 && backlog() > maxDatabaseWaiting;
    if (!lagging && !queued) return;
    const why = lagging ? `event loop ${Math.round(delay())} ms behind` : `${backlog()} queries waiting for the database`;
    throw new AppError('SERVICE_UNAVAILABLE', `The server is overloaded (${why}); try again shortly`, undefined, { 'retry-after': '1' });
  });
});
