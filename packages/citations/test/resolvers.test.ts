import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { crossrefWorkUrl, esummaryUrl, firstAnswerFrom, studyFromCrossref, studyFromEsummary, type MetadataResolver, type StudyDraft } from '../src/index.ts';

const recorded = (name: string): unknown => JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'));

describe('studyFromCrossref', () => {
  it('maps a recorded Crossref work', () => {
    expect(studyFromCrossref(recorded('crossref-work.json'))).toEqual({
      title: 'Long-term Outcomes After Autologous Hematopoietic Stem Cell Transplantation for Multiple Sclerosis',
      authors: [
        'Muraro PA',
        'Pasquini M',
        'Atkins HL',
        'Bowen JD',
        'Multiple Sclerosis–Autologous Hematopoietic Stem Cell Transplantation (MS-AHSCT) Long-term Outcomes Study Group',
      ],
      journal: 'JAMA Neurology',
      year: 2017,
      url: 'http://dx.doi.org/10.1001/jamaneurol.2016.5867',
      identifiers: [{ scheme: 'doi', value: '10.1001/jamaneurol.2016.5867' }],
    });
  });

  it('strips JATS markup from titles', () => {
    const json = { message: { title: ['Ocrelizumab in <i>primary</i> progressive MS'], DOI: '10.1056/NEJMoa1606468' } };
    expect(studyFromCrossref(json)?.title).toBe('Ocrelizumab in primary progressive MS');
  });

  it.each([null, 'Resource not found.', { status: 'ok' }, { message: { DOI: '10.1001/jama.2018.18743' } }])('returns null for %j', (json) => {
    expect(studyFromCrossref(json)).toBeNull();
  });
});

describe('studyFromEsummary', () => {
  it('maps a recorded esummary response', () => {
    expect(studyFromEsummary(recorded('esummary-pubmed.json'), '30644983')).toEqual({
      title:
        'Effect of Nonmyeloablative Hematopoietic Stem Cell Transplantation vs Continued Disease-Modifying Therapy on Disease Progression in Patients With Relapsing-Remitting Multiple Sclerosis: A Randomized Clinical Trial',
      authors: ['Burt RK', 'Balabanov R', 'Burman J', 'Sharrack B', 'Snowden JA', 'Oliveira MC'],
      journal: 'JAMA',
      year: 2019,
      url: 'https://pubmed.ncbi.nlm.nih.gov/30644983/',
      identifiers: [
        { scheme: 'pmid', value: '30644983' },
        { scheme: 'doi', value: '10.1001/jama.2018.18743' },
        { scheme: 'pmcid', value: 'PMC6439765' },
      ],
    });
  });

  it('returns null for a PMID the response does not describe', () => {
    expect(studyFromEsummary(recorded('esummary-pubmed.json'), '25711670')).toBeNull();
    expect(studyFromEsummary(recorded('esummary-unknown.json'), '99999999')).toBeNull();
    expect(studyFromEsummary(recorded('esummary-pubmed.json'), 'not a pmid')).toBeNull();
  });
});

describe('resolvers', () => {
  const draft: StudyDraft = { title: 'MIST', authors: ['Burt RK'], identifiers: [{ scheme: 'pmid', value: '30644983' }] };
  const knows = (scheme: string): MetadataResolver => ({ resolve: async (id) => (id.scheme === scheme ? draft : null) });

  it('asks each resolver in turn and takes the first answer', async () => {
    const resolver = firstAnswerFrom(knows('doi'), knows('pmid'));
    await expect(resolver.resolve({ scheme: 'pmid', value: '30644983' })).resolves.toBe(draft);
    await expect(resolver.resolve({ scheme: 'nct', value: 'NCT01099930' })).resolves.toBeNull();
  });

  it('builds the lookup addresses the API will fetch', () => {
    expect(crossrefWorkUrl('10.1016/s0140-6736(16)30169-6')).toBe('https://api.crossref.org/works/10.1016%2Fs0140-6736(16)30169-6');
    expect(esummaryUrl('30644983')).toBe('https://eutils.ncbi.nlm.nih.gov/entrez/eutils/esummary.fcgi?db=pubmed&retmode=json&id=30644983');
  });
});
