import { extractIdentifiers, normaliseIdentifier, type Identifier, type IdentifierScheme } from './identifiers.ts';

/** What we know about a study before a moderator confirms it. Authors are "Family Initials", as PubMed writes them. */
export type StudyDraft = {
  title: string;
  authors: string[];
  journal?: string;
  year?: number;
  url?: string;
  identifiers: Identifier[];
};

export type DraftResult = { ok: true; draft: StudyDraft } | { ok: false; reason: string };

type JsonObject = Record<string, unknown>;

const CSL_IDENTIFIER_FIELDS: Array<[string, IdentifierScheme]> = [
  ['DOI', 'doi'],
  ['PMID', 'pmid'],
  ['PMCID', 'pmcid'],
];

/** A draft from one CSL-JSON item (what citation-js produces, and close to what Crossref returns). */
export function draftFromCsl(item: unknown): DraftResult {
  if (!isRecord(item)) return { ok: false, reason: 'not a reference object' };
  const title = text(item.title);
  if (!title) return { ok: false, reason: 'no title' };
  const identifiers: Identifier[] = [];
  for (const [field, scheme] of CSL_IDENTIFIER_FIELDS) {
    const raw = text(item[field]);
    if (!raw) continue;
    const value = normaliseIdentifier(scheme, raw);
    if (value === null) return { ok: false, reason: `${field} "${raw}" is not a valid ${scheme.toUpperCase()}` };
    identifiers.push({ scheme, value });
  }
  const url = text(item.URL);
  // Trial registrations usually travel in the note or the link, as there is no CSL field for them.
  identifiers.push(...extractIdentifiers(`${text(item.note) ?? ''} ${url ?? ''}`));
  return {
    ok: true,
    draft: {
      title,
      authors: Array.isArray(item.author) ? item.author.flatMap(authorName) : [],
      journal: text(item['container-title']),
      year: yearOf(item.issued),
      url,
      identifiers: distinct(identifiers),
    },
  };
}

export function isRecord(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A trimmed non-empty string, or undefined. */
export function text(value: unknown): string | undefined {
  const trimmed = typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';
  return trimmed === '' ? undefined : trimmed;
}

function authorName(name: unknown): string[] {
  if (!isRecord(name)) return [];
  const literal = text(name.literal);
  if (literal) return [literal];
  const family = [text(name['non-dropping-particle']), text(name.family)].filter(Boolean).join(' ');
  const initials = (text(name.given) ?? '')
    .split(/[\s.-]+/)
    .map((part) => part.charAt(0).toUpperCase())
    .join('');
  return family ? [[family, initials].filter(Boolean).join(' ')] : [];
}

function yearOf(issued: unknown): number | undefined {
  const parts = isRecord(issued) ? issued['date-parts'] : undefined;
  const year = Array.isArray(parts) && Array.isArray(parts[0]) ? Number(parts[0][0]) : NaN;
  return Number.isInteger(year) ? year : undefined;
}

/** One identifier per scheme and value, keeping just the scheme and value. */
export function distinct(identifiers: Identifier[]): Identifier[] {
  const seen = new Map<string, Identifier>();
  for (const { scheme, value } of identifiers) seen.set(`${scheme}:${value}`, { scheme, value });
  return [...seen.values()];
}
