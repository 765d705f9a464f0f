import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { lookUpStudy } from '../src/modules/studies/metadata.ts';

// Answers recorded from Crossref and E-utilities, kept with the citations package's resolver tests.
const recorded = (name: string) => readFileSync(new URL(`../../../packages/citations/test/fixtures/${name}`, import.meta.url), 'utf8');

type Call = string;
function recordedFetch(answers: Record<string, { status: number; body: string } | Error>) {
  const calls: Call[] = [];
  const fetch = (async (url: string | URL) => {
    calls.push(String(url));
    const answer = answers[String(url)];
    if (answer instanceof Error) throw answer;
    return new Response(answer?.body ?? 'not found', { status: answer?.status ?? 404, headers: { 'content-type': 'application/json' } });
  }) as typeof globalThis.fetch;
  return { fetch, calls };
}

const online = loadConfig({ METADATA_RESOLVER: 'online' });
const CROSSREF = 'https://api.crossref.org/works/10.1001%2Fjamaneurol.2016.5867';
const ESUMMARY = 'https://eutils.ncbi.nlm.nih.gov/entrez/eutils/esummary.fcgi?db=pubmed&retmode=json&id=30644983';

describe('metadata resolver', () => {
  it('is off unless METADATA_RESOLVER=online, and then never touches the network', async () => {
    const { fetch, calls } = recordedFetch({ [CROSSREF]: { status: 200, body: recorded('crossref-work.json') } });
    const config = loadConfig({});
    expect(config.metadataResolver).toBe('off');
    expect(await lookUpStudy({ config, fetch }, { scheme: 'doi', value: '10.1001/jamaneurol.2016.5867' })).toBeNull();
    expect(calls).toEqual([]);
  });

  it('fills a DOI from Crossref', async () => {
    const { fetch, calls } = recordedFetch({ [CROSSREF]: { status: 200, body: recorded('crossref-work.json') } });
    const draft = await lookUpStudy({ config: online, fetch }, { scheme: 'doi', value: '10.1001/jamaneurol.2016.5867' });
    expect(calls).toEqual([CROSSREF]);
    expect(draft).toMatchObject({ title: 'Long-term Outcomes After Autologous Hematopoietic Stem Cell Transplantation for Multiple Sclerosis', journal: 'JAMA Neurology', year: 2017 });
    expect(draft!.authors[0]).toBe('Muraro PA');
  });

  it('fills a PMID from PubMed E-utilities', async () => {
    const { fetch } = recordedFetch({ [ESUMMARY]: { status: 200, body: recorded('esummary-pubmed.json') } });
    const draft = await lookUpStudy({ config: online, fetch }, { scheme: 'pmid', value: '30644983' });
    expect(draft).toMatchObject({ journal: expect.stringContaining('JAMA'), year: 2019, authors: expect.arrayContaining(['Burt RK']) });
    expect(draft!.identifiers).toContainEqual({ scheme: 'pmid', value: '30644983' });
  });

  it('answers nothing, without failing, when the service errs or the network is down', async () => {
    const failing = recordedFetch({ [CROSSREF]: { status: 503, body: 'busy' }, [ESUMMARY]: new TypeError('fetch failed') });
    expect(await lookUpStudy({ config: online, fetch: failing.fetch }, { scheme: 'doi', value: '10.1001/jamaneurol.2016.5867' })).toBeNull();
    expect(await lookUpStudy({ config: online, fetch: failing.fetch }, { scheme: 'pmid', value: '30644983' })).toBeNull();
    expect(await lookUpStudy({ config: online, fetch: failing.fetch }, { scheme: 'nct', value: 'NCT01099930' })).toBeNull();
    expect(failing.calls).toEqual([CROSSREF, ESUMMARY]);
  });
});
