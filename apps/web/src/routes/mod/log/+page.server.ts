import { LogPage, LogQuery } from '@forum/contracts';
import { pageError, query } from '$lib/server/api';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
  const raw = Object.fromEntries(['action', 'moderator', 'comment', 'thread', 'cursor'].map((k) => [k, url.searchParams.get(k) || undefined]));
  const parsed = LogQuery.safeParse(raw);
  const filters = parsed.success ? parsed.data : LogQuery.parse({});
  const problem = parsed.success ? null : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
  const { limit: _limit, ...shown } = filters;
  const page = await locals.api.get(`/api/mod/log${query(shown)}`, LogPage).catch(pageError);
  return { page, filters: shown, problem };
};
