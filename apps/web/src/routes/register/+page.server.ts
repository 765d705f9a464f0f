import { redirect } from '@sveltejs/kit';
import { Me, RegisterInput } from '@forum/contracts';
import { failFromApi, invalid, localPath, textFields, zodFieldErrors } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
  if (locals.user) redirect(303, localPath(url.searchParams.get('next')));
};

export const actions: Actions = {
  default: async ({ request, locals, url }) => {
    const data = await request.formData();
    const values = textFields(data, ['handle', 'displayName', 'email'] as const);
    const parsed = RegisterInput.safeParse({ ...values, password: String(data.get('password') ?? '') });
    if (!parsed.success) return invalid(values, zodFieldErrors(parsed.error));
    try {
      await locals.api.post('/api/auth/register', Me, parsed.data);
    } catch (error) {
      return failFromApi(error, values, '/register');
    }
    redirect(303, localPath(url.searchParams.get('next')));
  },
};
