import { redirect } from '@sveltejs/kit';
import { Appeal, AppealInput, MyCommentsPage, WarningList } from '@forum/contracts';
import { requireRole } from '$lib/server/access';
import { pageError, query } from '$lib/server/api';
import { failFromApi, invalid, zodFieldErrors } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
  requireRole(locals.user, url, 'member', 'their activity');
  const cursor = url.searchParams.get('cursor');
  const [page, { warnings }] = await Promise.all([
    locals.api.get(`/api/me/comments${query({ cursor })}`, MyCommentsPage),
    locals.api.get('/api/me/warnings', WarningList),
  ]).catch(pageError);
  return { ...page, warnings, isFirstPage: !cursor };
};

export const actions: Actions = {
  appeal: async ({ request, locals }) => {
    const data = await request.formData();
    const id = String(data.get('id') ?? '');
    const values = { note: String(data.get('note') ?? '') };
    const target = { action: 'appeal', target: id };
    const parsed = AppealInput.safeParse(values);
    if (!parsed.success) return invalid(values, zodFieldErrors(parsed.error), target);
    try {
      await locals.api.post(`/api/comments/${encodeURIComponent(id)}/appeal`, Appeal, parsed.data);
    } catch (error) {
      return failFromApi(error, values, '/me', target);
    }
    redirect(303, `/me#mine-${id}`);
  },

  acknowledge: async ({ request, locals }) => {
    const id = String((await request.formData()).get('id') ?? '');
    try {
      await locals.api.post(`/api/me/warnings/${encodeURIComponent(id)}/ack`, null);
    } catch (error) {
      return failFromApi(error, {}, '/me', { action: 'acknowledge', target: id });
    }
    redirect(303, '/me');
  },
};
