import { SearchQuery, SearchResults } from '@forum/contracts';
import { pageError, query } from '$lib/server/api';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url, locals }) => {
  const q = url.searchParams.get('q') ?? '';
  const parsed = SearchQuery.safeParse({ q });
  if (!parsed.success) return { q, hits: [], error: q ? (parsed.error.issues[0]?.message ?? 'Check the search') : null };
  const results = await locals.api.get(`/api/search${query({ q: parsed.data.q })}`, SearchResults).catch(pageError);
  return { q, hits: results.hits, error: null };
};
