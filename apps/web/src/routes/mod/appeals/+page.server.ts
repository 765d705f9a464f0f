import { redirect } from '@sveltejs/kit';
import { Appeal, AppealDecisionInput, AppealList } from '@forum/contracts';
import { pageError } from '$lib/server/api';
import { failFromApi, invalid, zodFieldErrors } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
  const all = url.searchParams.get('all') === 'true';
  const { appeals } = await locals.api.get(`/api/mod/appeals${all ? '?all=true' : ''}`, AppealList).catch(pageError);
  return { appeals, all };
};

export const actions: Actions = {
  decide: async ({ request, locals, url }) => {
    const data = await request.formData();
    const id = String(data.get('id') ?? '');
    const values = { note: String(data.get('note') ?? '') };
    const target = { action: 'decide', target: id };
    const parsed = AppealDecisionInput.safeParse({ outcome: data.get('outcome'), note: values.note.trim() || undefined });
    if (!parsed.success) return invalid(values, zodFieldErrors(parsed.error), target);
    try {
      await locals.api.post(`/api/mod/appeals/${encodeURIComponent(id)}/decision`, Appeal, parsed.data);
    } catch (error) {
      return failFromApi(error, values, url.pathname, target);
    }
    redirect(303, url.searchParams.get('all') === 'true' ? '/mod/appeals?all=true' : '/mod/appeals');
  },
};
