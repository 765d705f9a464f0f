import type { RequestEvent } from '@sveltejs/kit';
import { ReportCreated, ReportInput } from '@forum/contracts';
import { failFromApi, invalid, localPath, zodFieldErrors } from './forms';

const THANKS = 'Thank you. A moderator will look at it.';
const NOTED = 'Noted. The author sees how many readers disagree; nobody is asked to remove it.';

/** A member reports a comment; the thanks shows in place, on the comment they reported. */
export async function reportComment(event: RequestEvent) {
  const data = await event.request.formData();
  const id = String(data.get('id') ?? '');
  const returnTo = localPath(String(data.get('return') ?? ''), `/t/${event.params.slug}`);
  const target = { action: 'report', target: id };
  const values = { reason: String(data.get('reason') ?? ''), note: String(data.get('note') ?? '') };
  const parsed = ReportInput.safeParse({ reason: values.reason || undefined, note: values.note.trim() || undefined });
  if (!parsed.success) return invalid(values, { ...zodFieldErrors(parsed.error), ...(values.reason ? {} : { reason: 'Choose a reason' }) }, target);
  try {
    await event.locals.api.post(`/api/comments/${encodeURIComponent(id)}/reports`, ReportCreated, parsed.data);
  } catch (error) {
    return failFromApi(error, values, `${returnTo}#c-${id}`, target);
  }
  return { ...target, notice: parsed.data.reason === 'disagree' ? NOTED : THANKS };
}
