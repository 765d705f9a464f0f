import { fail } from '@sveltejs/kit';
import { Study, StudyList, StudyPage, type CreateStudyInput, type Me, type UpdateStudyInput } from '@forum/contracts';
import { ApiError, query, type Api } from './api';
import { textFields, type FieldErrors } from './forms';
import { asUpdate, existingStudyIn, parseStudyForm, STUDY_FORM_FIELDS, studyFieldErrors, type StudyFormValues } from './study-form';

export const searchStudies = (api: Api, q: string, limit = 20) => api.get(`/api/studies${query({ q, limit: String(limit) })}`, StudyList);
export const readStudyPage = (api: Api, id: string) => api.get(`/api/studies/${encodeURIComponent(id)}`, StudyPage);
export const createStudy = (api: Api, input: CreateStudyInput) => api.post('/api/studies', Study, input);
export const updateStudy = (api: Api, id: string, input: UpdateStudyInput) => api.patch(`/api/studies/${encodeURIComponent(id)}`, Study, input);
export const confirmLevel = (api: Api, id: string, level: number | undefined) =>
  api.post(`/api/studies/${encodeURIComponent(id)}/confirm-level`, Study, level === undefined ? {} : { level });

/** The API lets authors, moderators and admins keep the study records. */
export function canEditStudies(user: Me | null): boolean {
  return user !== null && user.role !== 'member';
}

/**
 * Creates the study (no id) or saves the edit, from the posted form. It answers with the study, or
 * with the form's failure: the values to refill and the errors beside their fields.
 */
export async function submitStudyForm(api: Api, request: Request, id: string | null) {
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
