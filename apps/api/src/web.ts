import { pathToFileURL } from 'node:url';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';

type NodeHandler = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

/** Serves the SvelteKit build on the API's origin, so pages, /api and /api/live share one cookie. */
export async function mountWeb(app: FastifyInstance, handlerPath: string, publicOrigin: string) {
  // adapter-node reads ORIGIN when imported; without it SvelteKit assumes https and refuses form posts.
  process.env.ORIGIN ??= publicOrigin;
  const { handler } = (await import(pathToFileURL(handlerPath).href)) as { handler: NodeHandler };
  await app.register(async (web) => {
    // Form posts are urlencoded or multipart: leave the body unread for SvelteKit to parse.
    web.removeAllContentTypeParsers();
    web.addContentTypeParser('*', (_request, _payload, done) => done(null));
    web.route({
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
  });
}
