import { canEditStudies, searchStudies } from '$lib/server/studies';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url, locals }) => {
  const q = url.searchParams.get('q')?.trim().slice(0, 200) ?? '';
  const { studies } = await searchStudies(locals.api, q);
  return { studies, q, canEdit: canEditStudies(locals.user) };
};
