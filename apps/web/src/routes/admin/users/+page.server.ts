import { AdminUserList, Me, Role, UpdateUserInput } from '@forum/contracts';
import { requireRole } from '$lib/server/access';
import { pageError, query } from '$lib/server/api';
import { failFromApi, invalid, zodFieldErrors } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
  requireRole(locals.user, url, 'admin', 'the people admin page');
  const q = url.searchParams.get('q')?.trim() ?? '';
  const role = Role.safeParse(url.searchParams.get('role')).data ?? null;
  const cursor = url.searchParams.get('cursor');
  const list = await locals.api.get(`/api/admin/users${query({ q, role, cursor })}`, AdminUserList).catch(pageError);
  return { ...list, q, role };
};

export const actions: Actions = {
  update: async ({ request, locals, url }) => {
    const data = await request.formData();
    const id = String(data.get('id') ?? '');
    const values = { role: String(data.get('role') ?? ''), status: String(data.get('status') ?? '') };
    const target = { action: 'update', target: id };
    const parsed = UpdateUserInput.safeParse({ role: values.role || undefined, status: values.status || undefined });
    if (!parsed.success) return invalid(values, zodFieldErrors(parsed.error), target);
    try {
      const user = await locals.api.patch(`/api/admin/users/${encodeURIComponent(id)}`, Me, parsed.data);
      return { ...target, saved: `Saved: ${user.displayName} is now ${user.role}, ${user.status}.` };
    } catch (error) {
      return failFromApi(error, values, url.pathname + url.search, target);
    }
  },
};
