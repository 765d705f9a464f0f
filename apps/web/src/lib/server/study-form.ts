import { designLabelFor } from '@forum/citations/evidence';
import { CreateStudyInput, IdentifierScheme, StudyDesign, TrialStatus, type Study, type StudyIdentifier, type UpdateStudyInput } from '@forum/contracts';
import type { FieldErrors } from './forms';

const TEXT_FIELDS = ['shortName', 'title', 'authors', 'journal', 'year', 'url', 'aliases', 'design', 'sampleSize', 'population', 'trialStatus', 'summary'] as const;
export const SCHEMES = IdentifierScheme.options;
export const STUDY_FORM_FIELDS = [...TEXT_FIELDS, ...SCHEMES] as const;

export type StudyFormValues = Record<(typeof TEXT_FIELDS)[number] | IdentifierScheme, string>;

/** The form a study is edited in, filled from the record. */
export function formValuesOf(study: Study): StudyFormValues {
  const ids = (scheme: IdentifierScheme) =>
    study.identifiers
      .filter((id) => id.scheme === scheme)
      .map((id) => id.value)
      .join(' ');
  return {
    shortName: study.shortName,
    title: study.title,
    authors: study.authors.join('\n'),
    journal: study.journal ?? '',
    year: study.year?.toString() ?? '',
    url: study.url ?? '',
    aliases: study.aliases.join('\n'),
    design: study.design ?? '',
    sampleSize: study.sampleSize?.toString() ?? '',
    population: study.population ?? '',
    trialStatus: study.trialStatus ?? '',
    summary: study.summary ?? '',
    ...(Object.fromEntries(SCHEMES.map((scheme) => [scheme, ids(scheme)])) as Record<IdentifierScheme, string>),
  };
}

export const emptyFormValues = (): StudyFormValues => Object.fromEntries(STUDY_FORM_FIELDS.map((key) => [key, ''])) as StudyFormValues;

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

type Parsed = { ok: true; input: CreateStudyInput; identifierFields: IdentifierScheme[] } | { ok: false; errors: FieldErrors };

/**
 * Reads the study form: one author or alias per line, and per register any number of identifiers
 * separated by spaces. Empty fields are left out, so on an edit they clear the stored value.
 */
export function parseStudyForm(values: StudyFormValues): Parsed {
  const errors: FieldErrors = {};
  const whole = (key: 'year' | 'sampleSize', message: string) => {
    const text = values[key].trim();
    if (text === '') return undefined;
    if (!/^\d+$/.test(text)) errors[key] = message;
    return Number(text);
  };
  const year = whole('year', 'Enter the year as four digits, like 2017');
  const sampleSize = whole('sampleSize', 'Enter the number of people as digits, like 281');
  const identifiers: StudyIdentifier[] = SCHEMES.flatMap((scheme) =>
    values[scheme]
      .split(/[\s,]+/)
      .filter(Boolean)
      .map((value) => ({ scheme, value })),
  );
  const optional = (key: keyof StudyFormValues) => values[key].trim() || undefined;
  const candidate = {
    title: values.title,
    shortName: values.shortName,
    authors: lines(values.authors),
    aliases: lines(values.aliases),
    journal: optional('journal'),
    year,
    url: optional('url'),
    design: StudyDesign.optional().catch(undefined).parse(optional('design')),
    sampleSize,
    population: optional('population'),
    trialStatus: TrialStatus.optional().catch(undefined).parse(optional('trialStatus')),
    summary: optional('summary'),
    identifiers,
  };
  const result = CreateStudyInput.safeParse(candidate);
  const identifierFields = identifiers.map((id) => id.scheme);
  if (!result.success) for (const issue of result.error.issues) errors[fieldOf(issue.path.map(String), identifierFields)] ??= issue.message;
  if (Object.keys(errors).length || !result.success) return { ok: false, errors };
  return { ok: true, input: result.data, identifierFields };
}

/** What an edit sends: every field, with null for the ones the form left empty. */
export function asUpdate(input: CreateStudyInput): UpdateStudyInput {
  const { links: _links, ...fields } = input;
  const nullable = ['journal', 'year', 'url', 'design', 'sampleSize', 'population', 'trialStatus', 'summary'] as const;
  return { ...fields, ...Object.fromEntries(nullable.map((key) => [key, input[key] ?? null])) };
}

/** `identifiers.2.value` names the third identifier sent; the form shows it beside its register's field. */
function fieldOf(path: string[], identifierFields: IdentifierScheme[]): string {
  const [head = 'form', index] = path;
  if (head === 'identifiers') return identifierFields[Number(index)] ?? 'identifiers';
  return head;
}

/** The API's field errors, renamed to the form's fields. */
export function studyFieldErrors(apiErrors: FieldErrors, identifierFields: IdentifierScheme[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const [path, message] of Object.entries(apiErrors)) errors[fieldOf(path.split('.'), identifierFields)] ??= message;
  return errors;
}

/** A 409 on an identifier names the study that has it, so the form can point there instead of making a second copy. */
export function existingStudyIn(status: number, detail: string | undefined): { id: string; shortName: string; scheme: IdentifierScheme } | null {
  const match = /^Study "(?<shortName>.*)" \((?<id>[0-9a-f-]{36})\) already has (?<scheme>\w+) /.exec(detail ?? '');
  const scheme = IdentifierScheme.safeParse(match?.groups?.scheme);
  if (status !== 409 || !match?.groups || !scheme.success) return null;
  return { id: match.groups.id!, shortName: match.groups.shortName!, scheme: scheme.data };
}

/** The choices of the form's selects, worded as the study page words them. */
export function studyFormOptions() {
  return {
    designs: StudyDesign.options.map((value) => ({ value, label: capitalise(designLabelFor(value)) })),
    statuses: TrialStatus.options.map((value) => ({ value, label: capitalise(value.replaceAll('_', ' ')) })),
  };
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

