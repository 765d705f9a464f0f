import { error } from '@sveltejs/kit';
import { Handle, UserProfile } from '@forum/contracts';
import { pageError, query } from '$lib/server/api';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, url, locals }) => {
  // A handle that cannot exist is simply not found, not a form error.
  if (!Handle.safeParse(params.handle).success) error(404, 'No member has this handle');
  const cursor = url.searchParams.get('cursor');
  const profile = await locals.api.get(`/api/users/${params.handle}${query({ cursor })}`, UserProfile).catch(pageError);
  return { ...profile, isFirstPage: !cursor };
};
