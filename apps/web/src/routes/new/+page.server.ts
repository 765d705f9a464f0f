import { error, redirect } from '@sveltejs/kit';
import { CreateThreadInput, Thread } from '@forum/contracts';
import { failFromApi, invalid, textFields, zodFieldErrors } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

const FIELDS = ['title', 'body', 'tags', 'moderationMode', 'authorBio'] as const;

export const load: PageServerLoad = ({ locals }) => {
  if (!locals.user) redirect(303, '/login?next=/new');
  if (locals.user.role === 'member') error(403, 'Only authors start threads. Ask an admin if you would like to write one.');
};

/** "hsct, Clinical trials" → ["hsct", "clinical trials"]; the contract does the rest. */
const tagList = (text: string) => text.split(',').map((t) => t.trim()).filter(Boolean);

export const actions: Actions = {
  default: async ({ request, locals }) => {
    const values = textFields(await request.formData(), FIELDS);
    const parsed = CreateThreadInput.safeParse({ ...values, tags: tagList(values.tags), authorBio: values.authorBio || undefined });
    // A bad tag is reported as tags.2; the form has one tags field.
    const toForm = (errors: Record<string, string>) => Object.fromEntries(Object.entries(errors).map(([k, v]) => [k.split('.')[0]!, v]));
    if (!parsed.success) return invalid(values, toForm(zodFieldErrors(parsed.error)));
    let thread: Thread;
    try {
      thread = await locals.api.post('/api/threads', Thread, parsed.data);
    } catch (err) {
      return failFromApi(err, values, '/new');
    }
    redirect(303, `/t/${thread.slug}`);
  },
};
