import { canEditStudies, searchStudies } from '$lib/server/studies';
import type { PageServerLoad } from './$types';

// The API's most; past it, a reader narrows with the search.
const LIST_LIMIT = 50;

export const load: PageServerLoad = async ({ url, locals }) => {
  const q = url.searchParams.get('q')?.trim().slice(0, 200) ?? '';
  const { studies } = await searchStudies(locals.api, q, LIST_LIMIT);
  return { studies, q, isCut: studies.length === LIST_LIMIT, canEdit: canEditStudies(locals.user) };
};
