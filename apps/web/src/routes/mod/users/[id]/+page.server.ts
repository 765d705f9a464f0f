import { redirect, type RequestEvent } from '@sveltejs/kit';
import type { z } from 'zod';
import { BanInput, LiftInput, PremoderationInput, SuspendInput, UserHistory, UserNoteInput, WarnInput } from '@forum/contracts';
import { pageError } from '$lib/server/api';
import { failFromApi, invalid, zodFieldErrors } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => ({
  history: await locals.api.get(`/api/mod/users/${encodeURIComponent(params.id)}`, UserHistory).catch(pageError),
});

const DAY_MS = 86_400_000;

/**
 * Every form on the page: read the fields, check them with the API's own schema, post, and come
 * back to the page (post, redirect, get); a failure stays on its form.
 */
function userAction<S extends z.ZodType>(name: string, schema: S, path: string, read: (data: FormData) => Record<string, unknown>, method: 'post' | 'put' = 'post') {
  return async (event: RequestEvent) => {
    const data = await event.request.formData();
    const raw = read(data);
    const values = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, typeof v === 'string' ? v : String(v ?? '')]));
    const target = { action: name, target: name };
    const parsed = schema.safeParse(raw);
    if (!parsed.success) return invalid(values, zodFieldErrors(parsed.error), target);
    const url = `/api/mod/users/${encodeURIComponent(event.params.id ?? '')}${path}`;
    try {
      await event.locals.api[method](url, null, parsed.data as Record<string, unknown>);
    } catch (error) {
      return failFromApi(error, values, event.url.pathname, target);
    }
    redirect(303, `${event.url.pathname}#${name}`);
  };
}

const text = (data: FormData, key: string) => String(data.get(key) ?? '');
const optional = (data: FormData, key: string) => text(data, key).trim() || undefined;

export const actions: Actions = {
  note: userAction('note', UserNoteInput, '/notes', (d) => ({ body: text(d, 'body') })),
  warn: userAction('warn', WarnInput, '/warn', (d) => ({ message: text(d, 'message') })),
  suspend: userAction('suspend', SuspendInput, '/suspend', (d) => ({
    until: new Date(Date.now() + Number(text(d, 'days') || 1) * DAY_MS).toISOString(),
    reason: text(d, 'reason'),
    rejectPending: d.get('rejectPending') === 'on',
  })),
  ban: userAction('ban', BanInput, '/ban', (d) => ({ reason: text(d, 'reason'), rejectPending: d.get('rejectPending') === 'on' })),
  lift: userAction('lift', LiftInput, '/lift', (d) => ({ reason: optional(d, 'reason') })),
  premoderation: userAction('premoderation', PremoderationInput, '/premoderation', (d) => ({ enabled: d.get('enabled') === 'true' }), 'put'),
};
