import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { SearchQuery, SearchResults } from '@forum/contracts';
import type { Deps } from '../../deps.ts';
import { escapeHtml } from '../../lib/html.ts';
import { MARK_END, MARK_START, searchForum } from './queries.ts';

function highlight(snippet: string): string {
  return escapeHtml(snippet).replaceAll(MARK_START, '<mark>').replaceAll(MARK_END, '</mark>');
}

export const searchRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.get(
    '/api/search',
    { schema: { querystring: SearchQuery, response: { 200: SearchResults }, tags: ['search'] }, config: { access: 'public' } },
    async (request) => {
      const rows = await searchForum(deps.db, request.query.q);
      return {
        hits: rows.map((r) => ({
          kind: r.kind,
          threadSlug: r.thread_slug,
          threadTitle: r.thread_title,
          commentId: r.comment_id,
          snippetHtml: highlight(r.snippet),
          rank: Number(r.rank),
        })),
      };
    },
  );
};
