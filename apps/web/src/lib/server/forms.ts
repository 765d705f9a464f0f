import { fail, redirect } from '@sveltejs/kit';
import type { z } from 'zod';
import { ApiError } from './api';

export type FieldErrors = Record<string, string>;

/** What a failed form sends back: the values to refill, errors by field, and one message for the form. */
export type FormFailure<V> = { values: V; errors: FieldErrors; message: string | null };

/** Which of the page's many forms failed, so only that one shows the errors. */
export type FormTarget = { action: string; target: string };

export function textFields<K extends string>(data: FormData, keys: readonly K[]): Record<K, string> {
  return Object.fromEntries(keys.map((k) => [k, String(data.get(k) ?? '')])) as Record<K, string>;
}

/** The first message per field, keyed by the field's dotted path, as the API names them too. */
export function zodFieldErrors(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || 'form';
    errors[key] ??= issue.message;
  }
  return errors;
}

export function failWith<V, T extends Partial<FormTarget> = object>(status: number, values: V, message: string | null, errors: FieldErrors = {}, target?: T) {
  return fail(status, { values, errors, message, ...(target as T) });
}

export function invalid<V, T extends Partial<FormTarget> = object>(values: V, errors: FieldErrors, target?: T) {
  return failWith(400, values, 'Check the fields marked below.', errors, target);
}

/** Safe places to go back to after a form: paths on this site only. */
export function localPath(target: string | null | undefined, fallback = '/'): string {
  return target && target.startsWith('/') && !target.startsWith('//') && !target.startsWith('/\\') ? target : fallback;
}

/**
 * Turns an API problem into the form's failure: field errors next to fields, anything else as the
 * form's message. An expired session sends the member to sign in and come back.
 */
export function failFromApi<V, T extends Partial<FormTarget> = object>(error: unknown, values: V, returnTo: string, target?: T) {
  if (!(error instanceof ApiError)) throw error;
  if (error.status === 401) redirect(303, `/login?next=${encodeURIComponent(returnTo)}`);
  if (error.status >= 500) throw error;
  const errors = error.fieldErrors;
  const message = Object.keys(errors).length ? 'Check the fields marked below.' : (error.problem.detail ?? error.problem.title);
  return failWith(error.status, values, message, errors, target);
}
