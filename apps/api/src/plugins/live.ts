import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import fastifyWebsocket from '@fastify/websocket';
import { LiveCloseCode } from '@forum/contracts';
import type { Deps } from '../deps.ts';
import type { LiveConnection } from '../modules/live/connection.ts';
import { createHub, type LiveHub } from '../modules/live/hub.ts';
import { listenForCommits } from '../modules/live/listener.ts';
import { sequencePending } from '../modules/live/outbox.ts';
import { pruneEvents } from '../modules/live/queries.ts';

declare module 'fastify' {
  interface FastifyInstance {
    live: { hub: LiveHub; connections: Set<LiveConnection> };
  }
}

const HOUR_MS = 3_600_000;
const PRUNE_EVERY_MS = 10 * 60_000;

/** The websocket hub of this instance: woken by commits on any instance, with a slow poll in case a wake-up is lost. */
export const livePlugin = fp(async (app: FastifyInstance, { deps }: { deps: Deps }) => {
  const options = deps.config.live;
  const connections = new Set<LiveConnection>();
  // Added before the websocket plugin's own, so clients learn the server is going away and reconnect elsewhere.
  app.addHook('preClose', async () => {
    for (const connection of connections) connection.socket.close(LiveCloseCode.shuttingDown, 'server restarting');
  });
  await app.register(fastifyWebsocket, { options: { maxPayload: 4096 } });
  const hub = createHub(deps.db, { replayLimit: options.replayLimit });
  app.decorate('live', { hub, connections });

  const timers: NodeJS.Timeout[] = [];
  let unlisten: (() => Promise<void>) | null = null;
  const catchUp = (newestId?: number) => void hub.catchUp(newestId).catch((err: unknown) => app.log.warn({ err }, 'live: outbox read failed'));
  // Numbers events that an instance committed but did not get to number (it crashed, or lost its connection).
  const poll = () =>
    void sequencePending(deps.db)
      .then(() => hub.catchUp())
      .catch((err: unknown) => app.log.warn({ err }, 'live: outbox poll failed'));
  const prune = () =>
    void pruneEvents(deps.db, new Date(deps.now().getTime() - options.retentionHours * HOUR_MS)).catch((err: unknown) => app.log.warn({ err }, 'live: prune failed'));

  const heartbeat = () => {
    for (const connection of connections) {
      if (!connection.isAlive) {
        connection.socket.terminate();
        continue;
      }
      connection.isAlive = false;
      connection.socket.ping();
    }
  };

  app.addHook('onReady', async () => {
    await hub.start();
    unlisten = await listenForCommits(deps.db, catchUp, app.log);
    timers.push(setInterval(poll, options.pollMs), setInterval(heartbeat, options.heartbeatMs), setInterval(prune, PRUNE_EVERY_MS));
    for (const timer of timers) timer.unref();
    prune();
    poll();
  });
  app.addHook('onClose', async () => {
    for (const timer of timers) clearInterval(timer);
    await unlisten?.();
  });
});
