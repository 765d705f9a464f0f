import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../lib/app-error.ts';

/** The path of the first string holding U+0000, walking iteratively: bodies may nest thousands deep. */
function findNul(root: unknown, prefix: string): string | undefined {
  const stack: Array<[unknown, string]> = [[root, prefix]];
  while (stack.length) {
    const [value, path] = stack.pop()!;
    if (typeof value === 'string') {
      if (value.includes('\u0000')) return path;
    } else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) stack.push([child, `${path}.${key}`]);
    }
  }
  return undefined;
}

/**
 * PostgreSQL text cannot hold U+0000: such a value would fail in the database as a 500.
 * Refused before validation, naming the field, wherever it comes from.
 */
export const textGuardPlugin = fp(async (app: FastifyInstance) => {
  app.addHook('preValidation', async (request) => {
    const path = findNul(request.params, 'params') ?? findNul(request.query, 'query') ?? findNul(request.body, 'body');
    if (path) throw new AppError('VALIDATION_FAILED', 'Text may not contain the NUL character', [{ path, message: 'Remove the NUL character (U+0000)' }]);
  });
});
