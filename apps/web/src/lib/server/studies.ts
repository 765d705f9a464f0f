import { fail } from '@sveltejs/kit';
import { Study, StudyList, StudyPage, type CreateStudyInput, type Me, type UpdateStudyInput } from '@forum/contracts';
import type { z } from 'zod';
import { ApiError, call } from './api';
import { textFields, type FieldErrors } from './forms';
import { asUpdate, existingStudyIn, parseStudyForm, STUDY_FORM_FIELDS, studyFieldErrors, type StudyFormValues } from './study-form';

/** The calls the study and citation pages make, shaped like the app's API client so it can stand in for it. */
export type StudiesApi = {
  get<T>(path: string, schema: z.ZodType<T>): Promise<T>;
  post<T>(path: string, schema: z.ZodType<T> | null, body?: Record<string, unknown>): Promise<T>;
  patch<T>(path: string, schema: z.ZodType<T> | null, body: Record<string, unknown>): Promise<T>;
  delete<T>(path: string, schema: z.ZodType<T> | null): Promise<T>;
};

/** The API acting for the person behind this request. */
export function apiFor(event: { fetch: typeof fetch; locals: App.Locals }): StudiesApi {
  const send = async <T>(method: string, path: string, schema: z.ZodType<T> | null, body?: unknown) =>
    (await call(event.fetch, path, schema, { method, body, cookie: event.locals.sessionCookie })).data;
  return {
    get: (path, schema) => send('GET', path, schema),
    post: (path, schema, body) => send('POST', path, schema, body),
    patch: (path, schema, body) => send('PATCH', path, schema, body),
    delete: (path, schema) => send('DELETE', path, schema),
  };
}

export const searchStudies = (api: StudiesApi, q: string) => api.get(`/api/studies${q ? `?q=${encodeURIComponent(q)}` : ''}`, StudyList);
export const readStudyPage = (api: StudiesApi, id: string) => api.get(`/api/studies/${encodeURIComponent(id)}`, StudyPage);
export const createStudy = (api: StudiesApi, input: CreateStudyInput) => api.post('/api/studies', Study, input);
export const updateStudy = (api: StudiesApi, id: string, input: UpdateStudyInput) => api.patch(`/api/studies/${encodeURIComponent(id)}`, Study, input);
export const confirmLevel = (api: StudiesApi, id: string, level: number | undefined) =>
  api.post(`/api/studies/${encodeURIComponent(id)}/confirm-level`, Study, level === undefined ? {} : { level });

/** The API lets authors, moderators and admins keep the study records. */
export function canEditStudies(user: Me | null): boolean {
  return user !== null && user.role !== 'member';
}

/**
 * Creates the study (no id) or saves the edit, from the posted form. It answers with the study, or
 * with the form's failure: the values to refill and the errors beside their fields.
 */
export async function submitStudyForm(api: StudiesApi, request: Request, id: string | null) {
  const values = textFields(await request.formData(), STUDY_FORM_FIELDS) as StudyFormValues;
  const parsed = parseStudyForm(values);
  const failure = (status: number, message: string, errors: FieldErrors, existingId: string | null = null) => ({ study: null, failure: fail(status, { values, errors, message, existingId }) });
  if (!parsed.ok) return failure(400, 'Check the fields marked below.', parsed.errors);
  try {
    const study = id ? await updateStudy(api, id, asUpdate(parsed.input)) : await createStudy(api, parsed.input);
    return { study, failure: null };
  } catch (error) {
    if (!(error instanceof ApiError) || error.status >= 500 || error.status === 401) throw error;
    const existing = existingStudyIn(error.status, error.problem.detail);
    if (existing) {
      const taken = `“${existing.shortName}” already has this identifier.`;
      return failure(409, `${taken} Open that study rather than adding it twice.`, { [existing.scheme]: taken }, existing.id);
    }
    const message = error.status === 400 ? 'Check the fields marked below.' : error.message;
    return failure(error.status, message, studyFieldErrors(error.fieldErrors, parsed.identifierFields));
  }
}
