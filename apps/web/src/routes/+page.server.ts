import { ThreadList } from '@forum/contracts';
import { query } from '$lib/server/api';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url, locals }) => {
  const tag = url.searchParams.get('tag');
  const list = await locals.api.get(`/api/threads${query({ tag, cursor: url.searchParams.get('cursor') })}`, ThreadList);
  return { list, tag, isFirstPage: !url.searchParams.has('cursor') };
};
