import { ThreadList } from '@forum/contracts';
import { call } from '$lib/server/api';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch, url, locals }) => {
  const query = new URLSearchParams();
  for (const key of ['tag', 'q', 'cursor']) {
    const value = url.searchParams.get(key);
    if (value) query.set(key, value);
  }
  const { data } = await call(fetch, `/api/threads?${query}`, ThreadList, { cookie: locals.sessionCookie });
  return { list: data, tag: url.searchParams.get('tag'), q: url.searchParams.get('q') ?? '' };
};
