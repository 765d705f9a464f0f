import { error, redirect } from '@sveltejs/kit';
import { Thread } from '@forum/contracts';
import { failFromApi, invalid } from '$lib/server/forms';
import { parseThreadForm } from '$lib/server/thread-form';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => {
  if (!locals.user) redirect(303, '/login?next=/new');
  if (locals.user.role === 'member') error(403, 'Only authors start threads. Ask an admin if you would like to write one.');
};

export const actions: Actions = {
  default: async ({ request, locals }) => {
    const { values, input, errors } = parseThreadForm(await request.formData());
    if (!input) return invalid(values, errors);
    let thread: Thread;
    try {
      thread = await locals.api.post('/api/threads', Thread, input);
    } catch (err) {
      return failFromApi(err, values, '/new');
    }
    redirect(303, `/t/${thread.slug}`);
  },
};
