import { error, redirect } from '@sveltejs/kit';
import { localPath } from '$lib/server/forms';
import { canEditStudies, apiFor, submitStudyForm } from '$lib/server/studies';
import { emptyFormValues, studyFormOptions } from '$lib/server/study-form';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
  if (!locals.user) redirect(303, `/login?next=${encodeURIComponent(url.pathname + url.search)}`);
  if (!canEditStudies(locals.user)) error(403, 'Authors, moderators and admins add studies. Ask one of them to add it.');
  // A search that found nothing can hand its words over as the title to start from.
  return { values: { ...emptyFormValues(), title: url.searchParams.get('title') ?? '' }, ...studyFormOptions() };
};

export const actions: Actions = {
  default: async ({ fetch, locals, request, url }) => {
    if (!locals.user) redirect(303, `/login?next=${encodeURIComponent(url.pathname)}`);
    const { study, failure } = await submitStudyForm(apiFor({ fetch, locals }), request, null);
    if (failure) return failure;
    redirect(303, localPath(url.searchParams.get('return'), `/studies/${study!.id}`));
  },
};
