import { error, redirect } from '@sveltejs/kit';
import { localPath } from '$lib/server/forms';
import { canEditStudies, submitStudyForm } from '$lib/server/studies';
import { emptyFormValues, studyFormOptions } from '$lib/server/study-form';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
  if (!locals.user) redirect(303, `/login?next=${encodeURIComponent(url.pathname + url.search)}`);
  if (!canEditStudies(locals.user)) error(403, 'Authors, moderators and admins add studies. Ask one of them to add it.');
  // The cite form and the suggestions hand over what they know: the words searched for, an identifier, resolver metadata.
  const values = emptyFormValues();
  for (const key of Object.keys(values) as (keyof typeof values)[]) values[key] = url.searchParams.get(key)?.slice(0, 500) ?? '';
  return { values, returnTo: localPath(url.searchParams.get('return'), '') || null, ...studyFormOptions() };
};

export const actions: Actions = {
  default: async ({ locals, request, url }) => {
    if (!locals.user) redirect(303, `/login?next=${encodeURIComponent(url.pathname)}`);
    const { study, failure } = await submitStudyForm(locals.api, request, null);
    if (failure) return failure;
    const back = localPath(url.searchParams.get('return'), '');
    // Back in the cite form, the new study is the one chosen.
    if (!back) redirect(303, `/studies/${study!.id}`);
    const citing = new URL(back, url).searchParams.get('cite');
    redirect(303, `${back}${back.includes('?') ? '&' : '?'}picked=${study!.id}${citing ? `#cite-${citing}` : ''}`);
  },
};
