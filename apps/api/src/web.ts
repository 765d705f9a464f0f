import { pathToFileURL } from 'node:url';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';

type NodeHandler = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

/** Serves the SvelteKit build on the API's origin, so pages, /api and /api/live share one cookie. */
export async function mountWeb(app: FastifyInstance, handlerPath: string) {
  const { handler } = (await import(pathToFileURL(handlerPath).href)) as { handler: NodeHandler };
  app.route({
    method: ['GET', 'HEAD', 'POST'],
    url: '/*',
    config: { access: 'public' },
    schema: { hide: true },
    handler: (request, reply) => {
      reply.hijack();
      handler(request.raw, reply.raw, () => {
        reply.raw.statusCode = 404;
        reply.raw.end('Not found');
      });
    },
  });
}
