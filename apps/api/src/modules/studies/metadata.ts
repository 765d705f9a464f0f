import { crossrefWorkUrl, esummaryUrl, firstAnswerFrom, studyFromCrossref, studyFromEsummary, type MetadataResolver, type StudyDraft } from '@forum/citations';
import type { Deps } from '../../deps.ts';

type Fetch = typeof globalThis.fetch;

const TIMEOUT_MS = 5000;

/** A failed or slow lookup is no answer: metadata only ever prefills a form. */
async function getJson(fetch: Fetch, url: string): Promise<unknown> {
  try {
    const response = await fetch(url, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(TIMEOUT_MS) });
    return response.ok ? await response.json() : null;
  } catch {
    return null;
  }
}

function crossref(fetch: Fetch): MetadataResolver {
  return { resolve: async (id) => (id.scheme === 'doi' ? studyFromCrossref(await getJson(fetch, crossrefWorkUrl(id.value))) : null) };
}

function pubmed(fetch: Fetch): MetadataResolver {
  return { resolve: async (id) => (id.scheme === 'pmid' ? studyFromEsummary(await getJson(fetch, esummaryUrl(id.value)), id.value) : null) };
}

/** Crossref for DOIs, then NCBI E-utilities for PMIDs; null when METADATA_RESOLVER is off. */
export function metadataResolver(deps: Pick<Deps, 'config' | 'fetch'>): MetadataResolver | null {
  if (deps.config.metadataResolver !== 'online') return null;
  const fetch = deps.fetch ?? globalThis.fetch;
  return firstAnswerFrom(crossref(fetch), pubmed(fetch));
}

export async function lookUpStudy(deps: Pick<Deps, 'config' | 'fetch'>, id: StudyDraft['identifiers'][number]): Promise<StudyDraft | null> {
  return (await metadataResolver(deps)?.resolve(id)) ?? null;
}
