import { error, redirect } from '@sveltejs/kit';
import { ApiError } from '$lib/server/api';
import { canEditStudies, readStudyPage, submitStudyForm } from '$lib/server/studies';
import { formValuesOf, studyFormOptions } from '$lib/server/study-form';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
  if (!locals.user) redirect(303, `/login?next=${encodeURIComponent(url.pathname)}`);
  if (!canEditStudies(locals.user)) error(403, 'Authors, moderators and admins edit studies.');
  const page = await readStudyPage(locals.api, params.id).catch((err: unknown) => {
    if (err instanceof ApiError && (err.status === 404 || err.status === 400)) error(404, 'No such study');
    throw err;
  });
  return { study: { id: page.study.id, shortName: page.study.shortName }, values: formValuesOf(page.study), ...studyFormOptions() };
};

export const actions: Actions = {
  default: async ({ locals, params, request, url }) => {
    if (!locals.user) redirect(303, `/login?next=${encodeURIComponent(url.pathname)}`);
    const { failure } = await submitStudyForm(locals.api, request, params.id);
    if (failure) return failure;
    redirect(303, `/studies/${params.id}`);
  },
};
