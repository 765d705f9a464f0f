import { error, fail, redirect } from '@sveltejs/kit';
import { evidenceLevelOf } from '@forum/citations/evidence';
import { EvidenceLevelNumber } from '@forum/contracts';
import { ApiError } from '$lib/server/api';
import { canEditStudies, confirmLevel, readStudyPage } from '$lib/server/studies';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals }) => {
  try {
    const page = await readStudyPage(locals.api, params.id);
    const canEdit = canEditStudies(locals.user);
    return { ...page, canEdit, levels: canEdit ? ([1, 2, 3, 4, 5] as const).map(evidenceLevelOf) : [] };
  } catch (err) {
    // A malformed id is a 400 from the API, but to a reader it is a study that is not there.
    if (err instanceof ApiError && (err.status === 404 || err.status === 400)) error(404, 'No such study');
    throw err;
  }
};

export const actions: Actions = {
  confirm: async ({ params, request, locals, url }) => {
    if (!locals.user) redirect(303, `/login?next=${encodeURIComponent(url.pathname)}`);
    const raw = String((await request.formData()).get('level') ?? '');
    const level = EvidenceLevelNumber.optional().safeParse(raw === '' ? undefined : Number(raw));
    if (!level.success) return fail(400, { confirm: { message: 'Choose a level from 1 to 5.', confirmed: false } });
    try {
      await confirmLevel(locals.api, params.id, level.data);
    } catch (err) {
      if (!(err instanceof ApiError) || err.status >= 500) throw err;
      return fail(err.status, { confirm: { message: err.fieldErrors.level ?? err.message, confirmed: false } });
    }
    return { confirm: { message: null, confirmed: true } };
  },
};
