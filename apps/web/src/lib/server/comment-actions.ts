import { redirect, type Actions, type RequestEvent } from '@sveltejs/kit';
import { Appreciation, CommentCreated, CreateCommentInput, EditCommentInput } from '@forum/contracts';
import { setFlash } from './flash';
import { failFromApi, invalid, localPath, zodFieldErrors } from './forms';
import { reportComment } from './report-action';

type Form = { data: FormData; returnTo: string; id: string };

async function readForm(event: RequestEvent): Promise<Form> {
  const data = await event.request.formData();
  const fallback = `/t/${event.params.slug}`;
  return { data, returnTo: localPath(String(data.get('return') ?? ''), fallback), id: String(data.get('id') ?? '') };
}

// Post, redirect, get: a reload never posts twice, and the anchor lands on the comment.
function backTo(returnTo: string, commentId: string): never {
  redirect(303, `${returnTo}#c-${commentId}`);
}

const slugOf = (event: RequestEvent) => encodeURIComponent(event.params.slug ?? '');

/**
 * The comment forms of the thread page and of the "more replies" page. Each works as a plain
 * form post; a failure names its form (action and target) so only that one shows the errors.
 */
export const commentActions = {
  reply: async (event) => {
    const { data, returnTo } = await readForm(event);
    const parentId = String(data.get('parentId') ?? '') || undefined;
    const target = { action: 'reply', target: parentId ?? 'thread' };
    const values = { body: String(data.get('body') ?? '') };
    const parsed = CreateCommentInput.safeParse({ ...values, parentId });
    if (!parsed.success) return invalid(values, zodFieldErrors(parsed.error), target);
    const key = String(data.get('key') ?? '');
    let created: CommentCreated;
    try {
      created = await event.locals.api.post(`/api/threads/${slugOf(event)}/comments`, CommentCreated, parsed.data, key ? { 'idempotency-key': key } : {});
    } catch (error) {
      return failFromApi(error, values, returnTo, target);
    }
    if (created.visibility === 'awaiting_moderation') setFlash(event.cookies, 'comment-held');
    backTo(returnTo, created.id);
  },

  edit: async (event) => {
    const { data, returnTo, id } = await readForm(event);
    const target = { action: 'edit', target: id };
    const values = { body: String(data.get('body') ?? '') };
    const parsed = EditCommentInput.safeParse(values);
    if (!parsed.success) return invalid(values, zodFieldErrors(parsed.error), target);
    try {
      await event.locals.api.patch(`/api/comments/${encodeURIComponent(id)}`, CommentCreated, parsed.data);
    } catch (error) {
      return failFromApi(error, values, returnTo, target);
    }
    backTo(returnTo, id);
  },

  delete: async (event) => {
    const { returnTo, id } = await readForm(event);
    try {
      await event.locals.api.delete(`/api/comments/${encodeURIComponent(id)}`, null);
    } catch (error) {
      return failFromApi(error, {}, returnTo, { action: 'delete', target: id });
    }
    backTo(returnTo, id);
  },

  appreciate: async (event) => {
    const { data, returnTo, id } = await readForm(event);
    const path = `/api/comments/${encodeURIComponent(id)}/appreciation`;
    try {
      if (data.get('on') === 'true') await event.locals.api.put(path, Appreciation);
      else await event.locals.api.delete(path, Appreciation);
    } catch (error) {
      return failFromApi(error, {}, `${returnTo}#c-${id}`, { action: 'appreciate', target: id });
    }
    backTo(returnTo, id);
  },

  report: reportComment,
} satisfies Actions;

