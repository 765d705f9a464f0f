import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  CitationIdParams,
  CitationSuggestions,
  CitationTag,
  CommentIdParams,
  CreateCitationInput,
  CreateSourceRequestInput,
  OpenSourceRequests,
  OpenSourceRequestsQuery,
  ResolveSourceRequestInput,
  SourceRequest,
  SourceRequestIdParams,
} from '@forum/contracts';
import type { Deps } from '../../deps.ts';
import { citeStudy, removeCitation } from './service.ts';
import { citationSuggestions } from './suggestions.ts';
import { openSourceRequests, requestSource, resolveSourceRequest } from './source-requests.ts';

export const citationRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.post(
    '/api/comments/:id/citations',
    { schema: { params: CommentIdParams, body: CreateCitationInput, response: { 201: CitationTag }, tags: ['citations'] }, config: { access: 'member' } },
    async (request, reply) => reply.code(201).send(await citeStudy(deps, request.actor!, request.params.id, request.body)),
  );

  app.get(
    '/api/comments/:id/citation-suggestions',
    { schema: { params: CommentIdParams, response: { 200: CitationSuggestions }, tags: ['citations'] }, config: { access: 'member' } },
    async (request) => citationSuggestions(deps, request.actor!, request.params.id),
  );

  app.delete(
    '/api/citations/:id',
    { schema: { params: CitationIdParams, tags: ['citations'] }, config: { access: 'member' } },
    async (request, reply) => {
      await removeCitation(deps, request.actor!, request.params.id);
      return reply.code(204).send();
    },
  );

  app.post(
    '/api/comments/:id/source-requests',
    { schema: { params: CommentIdParams, body: CreateSourceRequestInput, response: { 201: SourceRequest }, tags: ['citations'] }, config: { access: 'member' } },
    async (request, reply) => reply.code(201).send(await requestSource(deps, request.actor!, request.params.id, request.body)),
  );

  app.post(
    '/api/source-requests/:id/resolve',
    { schema: { params: SourceRequestIdParams, body: ResolveSourceRequestInput, response: { 200: SourceRequest }, tags: ['citations'] }, config: { access: 'member' } },
    async (request) => resolveSourceRequest(deps, request.actor!, request.params.id, request.body),
  );

  app.get(
    '/api/source-requests',
    { schema: { querystring: OpenSourceRequestsQuery, response: { 200: OpenSourceRequests }, tags: ['citations'] }, config: { access: 'public' } },
    async (request) => openSourceRequests(deps, request.query),
  );
};
