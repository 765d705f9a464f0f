import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { ErrorCode, FieldError, Problem } from '@forum/contracts';
import { AppError, statusOf, titleOf } from '../lib/app-error.ts';
import { isDatabaseUnavailable, isInvalidData } from '../lib/db-errors.ts';

export function sendProblem(
  reply: FastifyReply,
  request: FastifyRequest,
  code: ErrorCode,
  detail?: string,
  errors?: FieldError[],
) {
  const status = statusOf[code];
  const problem: Problem = {
    type: `/problems/${code.toLowerCase().replaceAll('_', '-')}`,
    title: titleOf[code],
    status,
    code,
    requestId: request.id,
    ...(detail ? { detail } : {}),
    ...(errors?.length ? { errors } : {}),
  };
  return reply.code(status).type('application/problem+json').send(problem);
}

function fieldErrors(error: FastifyError): FieldError[] {
  if (!hasZodFastifySchemaValidationErrors(error)) return [];
  const where = (error as { validationContext?: string }).validationContext ?? 'body';
  return error.validation.map((v) => ({
    path: [where, ...v.instancePath.split('/').filter(Boolean)].join('.'),
    message: v.message ?? 'Invalid value',
  }));
}

function codeFor(error: FastifyError): ErrorCode | undefined {
  if (hasZodFastifySchemaValidationErrors(error)) return 'VALIDATION_FAILED';
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return 'PAYLOAD_TOO_LARGE';
  if (error.statusCode === 429) return 'RATE_LIMITED';
  if (error.statusCode === 415 || error.statusCode === 400) return 'VALIDATION_FAILED';
  if (isDatabaseUnavailable(error)) return 'SERVICE_UNAVAILABLE';
  return undefined;
}

/** Fastify answers a URL it cannot decode (`/api/threads/%ZZ`) before any route or error handler runs. */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  return sendProblem(reply, request, 'VALIDATION_FAILED', error.message, [{ path: 'url', message: 'The address is not valid percent-encoding' }]);
}

export const errorsPlugin = fp(async (app: FastifyInstance) => {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      if (error.headers) reply.headers(error.headers);
      return sendProblem(reply, request, error.code, error.message, error.errors);
    }
    const code = codeFor(error);
    if (code === 'VALIDATION_FAILED') {
      const errors = fieldErrors(error);
      return sendProblem(reply, request, code, errors.length ? 'Check the named fields' : error.message, errors);
    }
    if (code === 'SERVICE_UNAVAILABLE') {
      request.log.warn({ err: error }, 'database unavailable');
      reply.header('retry-after', '5');
      return sendProblem(reply, request, code, 'The database is not answering; try again shortly');
    }
    if (code) return sendProblem(reply, request, code, error.message);
    if (isInvalidData(error)) {
      // The driver's message quotes the SQL: it stays in the log.
      request.log.warn({ err: error }, 'value refused by the database');
      return sendProblem(reply, request, 'VALIDATION_FAILED', 'A value is out of range or cannot be stored');
    }
    request.log.error({ err: error }, 'unexpected error');
    return sendProblem(reply, request, 'INTERNAL', `Quote request id ${request.id} when reporting this`);
  });
  app.setNotFoundHandler((request, reply) =>
    sendProblem(reply, request, 'NOT_FOUND', `No route ${request.method} ${request.url.split('?')[0]}`),
  );
});
