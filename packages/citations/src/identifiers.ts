import { keepLongestSpans } from './spans.ts';

export type IdentifierScheme = 'doi' | 'pmid' | 'pmcid' | 'nct' | 'isrctn' | 'eudract' | 'euct';

export type Identifier = { scheme: IdentifierScheme; value: string };

/** An identifier found in text; start/end cover the label or link prefix too, raw is that slice. */
export type FoundIdentifier = Identifier & { start: number; end: number; raw: string };

const DOI_CORE = String.raw`10\.\d{4,9}/[-._;()/:A-Z0-9]+`;
const PUNCTUATION_AFTER_DOI = /[.,;:/]$/;

/** Drops sentence punctuation, a link's closing slash, and a closing bracket the DOI never opened, from the end of a DOI. */
function trimDoi(doi: string): string {
  let trimmed = doi;
  for (;;) {
    if (PUNCTUATION_AFTER_DOI.test(trimmed)) trimmed = trimmed.slice(0, -1);
    else if (trimmed.endsWith(')') && count(trimmed, ')') > count(trimmed, '(')) trimmed = trimmed.slice(0, -1);
    else return trimmed;
  }
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}

function decodePercent(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

const normalisers: Record<IdentifierScheme, (input: string) => string | null> = {
  doi: (input) => {
    const bare = decodePercent(input.trim()).replace(/^(?:https?:\/\/)?(?:dx\.|www\.)?doi\.org\/|^doi:\s*/i, '');
    const match = new RegExp(`^${DOI_CORE}`, 'i').exec(bare);
    return match ? trimDoi(match[0]).toLowerCase() : null;
  },
  pmid: (input) => {
    const digits = /^(?:PMID:?\s*)?0*(\d{1,8})$/i.exec(input.trim());
    return digits?.[1] ?? null;
  },
  pmcid: (input) => {
    const digits = /^(?:PMCID:?\s*)?(?:PMC)?(\d{1,9})$/i.exec(input.trim());
    return digits ? `PMC${digits[1]}` : null;
  },
  nct: (input) => (/^NCT\d{8}$/i.test(input.trim()) ? input.trim().toUpperCase() : null),
  isrctn: (input) => {
    const digits = /^ISRCTN\s?(\d{8})$/i.exec(input.trim());
    return digits ? `ISRCTN${digits[1]}` : null;
  },
  eudract: (input) => (/^(?:19|20)\d{2}-\d{6}-\d{2}$/.test(input.trim()) ? input.trim() : null),
  euct: (input) => (/^20\d{2}-5\d{5}-\d{2}-\d{2}$/.test(input.trim()) ? input.trim() : null),
};

/** The canonical form of an identifier (lower-case DOI, `PMC…`, `NCT…`), or null when it is not one. */
export function normaliseIdentifier(scheme: IdentifierScheme, input: string): string | null {
  return normalisers[scheme](input);
}

// Each pattern captures the identifier in the group `id`; the whole match is what a reader sees as the citation.
const START = String.raw`(?<![\w.])`;
const OPTIONAL_SCHEME = String.raw`(?:https?://)?`;
const EUDRACT = String.raw`(?:19|20)\d{2}-\d{6}-\d{2}`;
const EUCT = String.raw`20\d{2}-5\d{5}-\d{2}-\d{2}`;
const REGISTER_LABEL = String.raw`(?:\s*(?:number|no\.?|#))?\s*[:#]?\s*`;

const patterns: Array<{ scheme: IdentifierScheme; pattern: RegExp }> = [
  { scheme: 'doi', pattern: new RegExp(`${START}${OPTIONAL_SCHEME}(?:dx\\.|www\\.)?doi\\.org/(?<id>10\\.\\d{4,9}(?:/|%2F)[-._;()/:A-Z0-9%]+)`, 'gid') },
  { scheme: 'doi', pattern: new RegExp(`\\bdoi:?\\s*(?<id>${DOI_CORE})`, 'gid') },
  { scheme: 'doi', pattern: new RegExp(`${START}(?<id>${DOI_CORE})`, 'gid') },
  { scheme: 'pmid', pattern: new RegExp(`${START}${OPTIONAL_SCHEME}(?:(?:www|m)\\.)?ncbi\\.nlm\\.nih\\.gov/(?:m/)?pubmed/(?<id>\\d{1,8})(?!\\d)`, 'gid') },
  { scheme: 'pmid', pattern: new RegExp(`${START}${OPTIONAL_SCHEME}(?:(?:www|m)\\.)?pubmed\\.ncbi\\.nlm\\.nih\\.gov/(?<id>\\d{1,8})(?!\\d)`, 'gid') },
  { scheme: 'pmid', pattern: /\bPMID:?\s*(?<id>\d{1,8})(?!\d)/dgi },
  { scheme: 'pmcid', pattern: new RegExp(`${START}${OPTIONAL_SCHEME}(?:www\\.)?(?:ncbi\\.nlm\\.nih\\.gov/pmc|pmc\\.ncbi\\.nlm\\.nih\\.gov)/articles/(?<id>(?:PMC)?\\d{1,9})(?!\\d)`, 'gid') },
  { scheme: 'pmcid', pattern: /\b(?:PMCID:?\s*)?(?<id>PMC\d{1,9})(?!\d)/dgi },
  { scheme: 'nct', pattern: new RegExp(`${START}${OPTIONAL_SCHEME}(?:www\\.)?clinicaltrials\\.gov/[^\\s]*?(?<id>NCT\\d{8})(?!\\d)`, 'gid') },
  { scheme: 'nct', pattern: /(?<![A-Z0-9])(?<id>NCT\d{8})(?!\d)/dgi },
  { scheme: 'isrctn', pattern: /(?<![A-Z0-9])(?<id>ISRCTN\s?\d{8})(?!\d)/dgi },
  // Bare YYYY-NNNNNN-CC looks like too many other things (dates, phone numbers), so a label or register link is required.
  { scheme: 'eudract', pattern: new RegExp(`\\bEudraCT${REGISTER_LABEL}(?<id>${EUDRACT})(?![\\d-])`, 'gid') },
  { scheme: 'eudract', pattern: new RegExp(`${START}${OPTIONAL_SCHEME}(?:www\\.)?clinicaltrialsregister\\.eu/[^\\s]*?(?<id>${EUDRACT})(?![\\d-])`, 'gid') },
  { scheme: 'euct', pattern: new RegExp(`\\b(?:EU[\\s-]?CT|CTIS)${REGISTER_LABEL}(?<id>${EUCT})(?![\\d-])`, 'gid') },
  { scheme: 'euct', pattern: new RegExp(`${START}${OPTIONAL_SCHEME}(?:www\\.)?euclinicaltrials\\.eu/[^\\s]*?(?<id>${EUCT})(?![\\d-])`, 'gid') },
];

/** Every study identifier in free text or links, in reading order, each place reported once. */
export function extractIdentifiers(text: string): FoundIdentifier[] {
  const candidates = patterns.flatMap(({ scheme, pattern }) => [...text.matchAll(pattern)].flatMap((match) => found(text, scheme, match)));
  // A link and the bare identifier inside it are one citation.
  return keepLongestSpans(candidates);
}

function found(text: string, scheme: IdentifierScheme, match: RegExpExecArray): FoundIdentifier[] {
  const span = match.indices?.groups?.id;
  const id = match.groups?.id;
  if (!span || id === undefined) return [];
  const kept = scheme === 'doi' ? trimDoi(id) : id;
  const value = normaliseIdentifier(scheme, kept);
  if (value === null) return [];
  const start = match.index;
  const end = span[0] + kept.length;
  return [{ scheme, value, start, end, raw: text.slice(start, end) }];
}
