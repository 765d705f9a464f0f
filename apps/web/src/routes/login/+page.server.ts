import { redirect } from '@sveltejs/kit';
import { LoginInput, Me } from '@forum/contracts';
import { ApiError } from '$lib/server/api';
import { failFromApi, failWith, invalid, localPath, textFields, zodFieldErrors } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
  if (locals.user) redirect(303, localPath(url.searchParams.get('next')));
  return { next: url.searchParams.get('next') };
};

export const actions: Actions = {
  default: async ({ request, locals, url }) => {
    const data = await request.formData();
    const values = textFields(data, ['login'] as const);
    const parsed = LoginInput.safeParse({ ...values, password: String(data.get('password') ?? '') });
    if (!parsed.success) return invalid(values, zodFieldErrors(parsed.error));
    try {
      await locals.api.post('/api/auth/login', Me, parsed.data);
    } catch (error) {
      // Here a 401 is a wrong password, not an expired session.
      if (error instanceof ApiError && error.status === 401) return failWith(401, values, error.message);
      return failFromApi(error, values, '/login');
    }
    redirect(303, localPath(url.searchParams.get('next')));
  },
};
