import type { CitationStance, CitationTag, IdentifierScheme, StudyIdentifier, StudySummary } from '@forum/contracts';

export const STANCES: readonly CitationStance[] = ['supports', 'contradicts', 'mentions', 'critiques'];

/** How each stance reads on the study page, where the comments are grouped under it. */
export const STANCE_HEADINGS: Record<CitationStance, string> = {
  supports: 'Comments it supports',
  contradicts: 'Comments it contradicts',
  mentions: 'Comments that mention it',
  critiques: 'Comments that critique it',
};

export const SCHEME_LABELS: Record<IdentifierScheme, string> = {
  doi: 'DOI',
  pmid: 'PubMed',
  pmcid: 'PubMed Central',
  nct: 'ClinicalTrials.gov',
  isrctn: 'ISRCTN registry',
  eudract: 'EudraCT',
  euct: 'EU CT',
};

/** Where a reader can look the study up by this identifier; every register has a public page. */
export function identifierUrl({ scheme, value }: StudyIdentifier): string {
  const v = encodeURIComponent(value);
  switch (scheme) {
    case 'doi':
      // A DOI's slashes are part of it and doi.org resolves them as path segments.
      return `https://doi.org/${value.split('/').map(encodeURIComponent).join('/')}`;
    case 'pmid':
      return `https://pubmed.ncbi.nlm.nih.gov/${v}/`;
    case 'pmcid':
      return `https://pmc.ncbi.nlm.nih.gov/articles/${v}/`;
    case 'nct':
      return `https://clinicaltrials.gov/study/${v}`;
    case 'isrctn':
      return `https://www.isrctn.com/${encodeURIComponent(value.replace(/\s+/g, ''))}`;
    case 'eudract':
      return `https://www.clinicaltrialsregister.eu/ctr-search/search?query=${v}`;
    case 'euct':
      return `https://euclinicaltrials.eu/ctis-public/view/${v}`;
  }
}

/** "JAMA Neurology, 2017", or whichever half is known. */
export function publishedIn(study: Pick<StudySummary, 'journal' | 'year'>): string | null {
  return [study.journal, study.year].filter((part) => part !== null && part !== '').join(', ') || null;
}

/** "Muraro PA, Pasquini M and 2 others" keeps long author lists to one line. */
export function authorLine(authors: readonly string[], shown = 3): string {
  if (authors.length <= shown) return authors.join(', ');
  const rest = authors.length - shown;
  return `${authors.slice(0, shown).join(', ')} and ${rest} ${rest === 1 ? 'other' : 'others'}`;
}

/** The words of a citation tag: "Muraro 2017 · cohort study · n=281 · supports". */
export function tagText(tag: Pick<CitationTag, 'stance' | 'study'>): string {
  const { shortName, designLabel, sampleSize } = tag.study;
  return [shortName, designLabel, sampleSize === null ? null : `n=${sampleSize}`, tag.stance].filter(Boolean).join(' · ');
}
