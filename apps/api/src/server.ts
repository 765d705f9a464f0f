import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createDb, migrate } from '@forum/db';
import { buildApp } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';
import { loadDemoIfEmpty } from './modules/demo/service.ts';
import { mountWeb } from './web.ts';

async function main() {
  const config = loadConfig(process.env);
  const handle = await createDb(config.database);
  await migrate(handle);
  const deps = { db: handle.db, config, now: () => new Date() };
  const app = await buildApp({ deps, logger: { level: config.logLevel } });
  const demo = config.demoData ? await loadDemoIfEmpty(deps) : null;
  if (demo) app.log.info(`empty database: loaded the demo forum (${demo.threads} threads, ${demo.comments} comments) in ${demo.seconds.toFixed(1)} s`);
  const webHandler = fileURLToPath(new URL('../../web/build/handler.js', import.meta.url));
  if (existsSync(webHandler)) await mountWeb(app, webHandler, config.publicOrigin);
  else app.log.warn('web build not found: serving the API only (run pnpm --filter @forum/web build)');

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down: finishing in-flight requests');
    // close() ends the keep-alive connections idle at that moment; one whose request finishes later
    // would hold the exit for the whole keep-alive timeout (72 s), so each is closed once it goes idle.
    const sweep = setInterval(() => app.server.closeIdleConnections(), 50);
    await app.close();
    clearInterval(sweep);
    await handle.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  await app.listen({ port: config.port, host: config.host });
  const where = config.database.kind === 'postgres' ? 'PostgreSQL' : `embedded PGlite in ${config.database.dataDir}`;
  app.log.info(`forum ready on ${where}`);
  console.log(`\n  Forum is running: open ${config.publicOrigin}\n`);
}

main().catch((error) => {
  if (error instanceof ConfigError) console.error(error.message);
  else console.error(error);
  process.exit(1);
});
