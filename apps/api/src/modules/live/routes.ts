import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Deps } from '../../deps.ts';
import { AppError } from '../../lib/app-error.ts';
import { serveConnection } from './connection.ts';

// Browsers send Origin on every websocket handshake and do not apply CORS to it: without this check any site could read a member's events.
function checkSocketOrigin(request: FastifyRequest, publicOrigin: string) {
  const origin = request.headers.origin;
  if (origin !== undefined && origin !== publicOrigin) throw new AppError('CROSS_ORIGIN', `Origin ${origin} is not ${publicOrigin}`);
}

export async function liveRoutes(app: FastifyInstance, { deps }: { deps: Deps }) {
  app.route({
    method: 'GET',
    url: '/api/live',
    config: { access: 'public' },
    schema: { hide: true },
    preHandler: async (request) => checkSocketOrigin(request, deps.config.publicOrigin),
    handler: async () => {
      throw new AppError('VALIDATION_FAILED', 'GET /api/live is a websocket: connect with an Upgrade request', [
        { path: 'headers.upgrade', message: 'Expected "websocket"' },
      ]);
    },
    wsHandler: (socket, request) => {
      const connection = serveConnection(socket, request.actor, { hub: app.live.hub, socketBufferBytes: deps.config.live.socketBufferBytes, log: request.log });
      app.live.connections.add(connection);
      socket.on('close', () => app.live.connections.delete(connection));
    },
  });
}
