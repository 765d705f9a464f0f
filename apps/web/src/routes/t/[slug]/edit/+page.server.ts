import { error, redirect } from '@sveltejs/kit';
import { Thread, ThreadWithComments } from '@forum/contracts';
import { pageError } from '$lib/server/api';
import { failFromApi, invalid } from '$lib/server/forms';
import { setFlash } from '$lib/server/flash';
import { parseThreadForm } from '$lib/server/thread-form';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals, url }) => {
  if (!locals.user) redirect(303, `/login?next=${encodeURIComponent(url.pathname)}`);
  const { thread } = await locals.api.get(`/api/threads/${encodeURIComponent(params.slug)}`, ThreadWithComments).catch(pageError);
  if (thread.author.id !== locals.user.id && locals.user.role !== 'admin') error(403, 'Only the thread’s author or an admin can edit it.');
  const values = { title: thread.title, body: thread.body, tags: thread.tags.join(', '), moderationMode: thread.moderationMode, authorBio: thread.authorBio ?? '' };
  return { slug: thread.slug, values };
};

export const actions: Actions = {
  default: async ({ request, locals, params, cookies }) => {
    const { values, input, errors } = parseThreadForm(await request.formData());
    if (!input) return invalid(values, errors);
    const path = `/t/${params.slug}`;
    try {
      await locals.api.patch(`/api/threads/${encodeURIComponent(params.slug)}`, Thread, { ...input, authorBio: input.authorBio ?? '' });
    } catch (err) {
      return failFromApi(err, values, `${path}/edit`);
    }
    setFlash(cookies, 'thread-saved');
    redirect(303, path);
  },
};
