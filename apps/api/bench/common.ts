/** What every benchmark scenario shares: bounded autocannon runs, throwaway databases, running apps. */
import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import pg from 'pg';
import { createDb, type DbHandle } from '@forum/db';
import { buildApp, type App } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { createThreadCache } from '../src/modules/comments/thread-cache.ts';

export const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
export const CONNECTIONS = 50;
export const ORIGIN = 'http://127.0.0.1';

export type Load = { rps: number; p50Ms: number; p99Ms: number; bytes: number; errors: number };

/**
 * 50 connections for SECONDS from a worker thread, so the load generator does not share the
 * server's event loop; then one more request, which waits behind whatever is still queued, so
 * the next measurement starts on an idle server.
 */
export async function load(url: string, options: Partial<autocannon.Options> = {}): Promise<Load> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, workers: 1, ...options });
  await fetch(url, { method: options.method ?? 'GET', headers: options.headers as Record<string, string>, body: options.body as string }).catch(() => undefined);
  return {
    rps: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    bytes: Math.round(result.throughput.total / Math.max(1, result.requests.total)),
    errors: result.non2xx + result.errors + result.timeouts,
  };
}

export const ratio = (a: number, b: number) => +(a / Math.max(1, b)).toFixed(2);
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
export const median = (samples: number[]) => +[...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)]!.toFixed(1);

export type Kind = 'pglite' | 'postgres';
export type Bench = { kind: Kind; handle: DbHandle; url?: string; drop: () => Promise<void> };

/** PGlite in memory, or a throwaway database on the DATABASE_URL server, so a run never writes into real data. */
export async function openDatabase(kind: Kind): Promise<Bench> {
  if (kind === 'pglite') {
    const handle = await createDb({ kind: 'pglite' });
    return { kind, handle, drop: () => handle.close() };
  }
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  const name = `forum_bench_${randomUUID().slice(0, 8)}`;
  await admin.query(`create database ${name}`);
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `/${name}`;
  const handle = await createDb({ kind: 'postgres', url: url.toString() });
  return {
    kind,
    handle,
    url: url.toString(),
    drop: async () => {
      await handle.close();
      await admin.query(`drop database ${name} with (force)`);
      await admin.end();
    },
  };
}

/** A listening API on the bench database; `cacheEntries: 0` turns the thread page cache off. */
export async function startApi(handle: DbHandle, cacheEntries?: number): Promise<{ app: App; origin: string }> {
  const config = loadConfig({ LOG_LEVEL: 'silent', DEMO_DATA: 'false', PUBLIC_ORIGIN: ORIGIN });
  const deps = { db: handle.db, config, now: () => new Date(), threadCache: createThreadCache({ maxEntries: cacheEntries }) };
  const app = await buildApp({ deps });
  await app.listen({ port: 0, host: '127.0.0.1' });
  return { app, origin: `http://127.0.0.1:${(app.server.address() as { port: number }).port}` };
}
