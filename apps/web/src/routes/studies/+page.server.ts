import { canEditStudies, searchStudies, apiFor } from '$lib/server/studies';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch, url, locals }) => {
  const q = url.searchParams.get('q')?.trim().slice(0, 200) ?? '';
  const { studies } = await searchStudies(apiFor({ fetch, locals }), q);
  return { studies, q, canEdit: canEditStudies(locals.user) };
};
