import { CreateThreadInput } from '@forum/contracts';
import { textFields, zodFieldErrors, type FieldErrors } from './forms';

const FIELDS = ['title', 'body', 'tags', 'moderationMode', 'authorBio'] as const;
export type ThreadFormValues = Record<(typeof FIELDS)[number], string>;

/** "hsct, Clinical trials" → ["hsct", "clinical trials"]; the contract does the rest. */
const tagList = (text: string) => text.split(',').map((t) => t.trim()).filter(Boolean);

// A bad tag is reported as tags.2; the form has one tags field.
const byFormField = (errors: FieldErrors) => Object.fromEntries(Object.entries(errors).map(([k, v]) => [k.split('.')[0]!, v]));

/** The new-thread and edit-thread forms, parsed with the shared contract. */
export function parseThreadForm(data: FormData) {
  const values: ThreadFormValues = textFields(data, FIELDS);
  const parsed = CreateThreadInput.safeParse({ ...values, tags: tagList(values.tags), authorBio: values.authorBio || undefined });
  return parsed.success ? { values, input: parsed.data, errors: null } : { values, input: null, errors: byFormField(zodFieldErrors(parsed.error)) };
}
