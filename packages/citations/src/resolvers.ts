import { distinct, draftFromCsl, isRecord, text, type StudyDraft } from './draft.ts';
import { normaliseIdentifier, type Identifier } from './identifiers.ts';

/** Looks an identifier up somewhere (Crossref, PubMed, a registry). The API supplies the fetching. */
export type MetadataResolver = { resolve(id: Identifier): Promise<StudyDraft | null> };

/** Asks each resolver in turn and takes the first answer. */
export function firstAnswerFrom(...resolvers: MetadataResolver[]): MetadataResolver {
  return {
    async resolve(id) {
      for (const resolver of resolvers) {
        const draft = await resolver.resolve(id);
        if (draft) return draft;
      }
      return null;
    },
  };
}

export function crossrefWorkUrl(doi: string): string {
  return `https://api.crossref.org/works/${encodeURIComponent(doi)}`;
}

export function esummaryUrl(pmid: string): string {
  return `https://eutils.ncbi.nlm.nih.gov/entrez/eutils/esummary.fcgi?db=pubmed&retmode=json&id=${encodeURIComponent(pmid)}`;
}

/** A draft from a Crossref `/works/{doi}` response, or null when it describes no work. */
export function studyFromCrossref(json: unknown): StudyDraft | null {
  const work = isRecord(json) ? json.message : undefined;
  if (!isRecord(work)) return null;
  // Crossref is CSL-shaped except that titles are lists, may carry JATS markup, and organisations are `name`.
  const result = draftFromCsl({
    ...work,
    title: withoutMarkup(firstOf(work.title)),
    'container-title': firstOf(work['container-title']),
    author: Array.isArray(work.author) ? work.author.map(organisationAsLiteral) : [],
  });
  return result.ok ? result.draft : null;
}

function firstOf(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

function withoutMarkup(title: unknown): string | undefined {
  return text(title)?.replace(/<[^>]+>/g, '');
}

function organisationAsLiteral(author: unknown): unknown {
  return isRecord(author) && text(author.name) ? { literal: author.name } : author;
}

/** A draft from an NCBI E-utilities esummary (db=pubmed, retmode=json) response for one PMID. */
export function studyFromEsummary(json: unknown, pmid: string): StudyDraft | null {
  const uid = normaliseIdentifier('pmid', pmid);
  const summary = uid && isRecord(json) && isRecord(json.result) ? json.result[uid] : undefined;
  // PubMed ends titles with a full stop; Crossref and reference managers do not.
  const title = isRecord(summary) && !summary.error ? text(summary.title)?.replace(/\.$/, '') : undefined;
  if (!uid || !isRecord(summary) || !title) return null;
  return {
    title,
    authors: listOf(summary.authors).flatMap((author) => (isRecord(author) && author.authtype === 'Author' ? (text(author.name) ?? []) : [])),
    journal: text(summary.fulljournalname) ?? text(summary.source),
    year: yearOf(summary.pubdate),
    url: `https://pubmed.ncbi.nlm.nih.gov/${uid}/`,
    identifiers: distinct([{ scheme: 'pmid', value: uid }, ...articleIds(summary.articleids)]),
  };
}

const ARTICLE_ID_SCHEMES = { doi: 'doi', pmc: 'pmcid' } as const;

function articleIds(ids: unknown): Identifier[] {
  return listOf(ids).flatMap((id) => {
    if (!isRecord(id) || !(id.idtype === 'doi' || id.idtype === 'pmc')) return [];
    const scheme = ARTICLE_ID_SCHEMES[id.idtype];
    const value = normaliseIdentifier(scheme, text(id.value) ?? '');
    return value ? [{ scheme, value }] : [];
  });
}

function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function yearOf(pubdate: unknown): number | undefined {
  const year = /^\d{4}/.exec(text(pubdate) ?? '')?.[0];
  return year ? Number(year) : undefined;
}
