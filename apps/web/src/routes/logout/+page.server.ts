import { redirect } from '@sveltejs/kit';
import { ApiError } from '$lib/server/api';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
  default: async ({ locals }) => {
    try {
      await locals.api.post('/api/auth/logout', null);
    } catch (error) {
      // Already signed out on the server: clearing the cookie here is all that is left to do.
      if (!(error instanceof ApiError && error.status === 401)) throw error;
    }
    locals.api.dropSession();
    redirect(303, '/');
  },
};
