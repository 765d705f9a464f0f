import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReferences } from '../src/index.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('parseReferences: BibTeX', () => {
  const parsed = parseReferences(fixture('hsct.bib'), 'bibtex');

  it('reads three entries, each with its DOI, using @string macros', () => {
    expect(parsed.rejected).toEqual([]);
    expect(parsed.entries.map((e) => e.identifiers.find((id) => id.scheme === 'doi')?.value)).toEqual([
      '10.1001/jamaneurol.2016.5867',
      '10.1016/s0140-6736(16)30169-6',
      '10.1001/jamaneurol.2014.3780',
    ]);
    expect(parsed.entries.map((e) => e.journal)).toEqual(['JAMA Neurology', 'Lancet', 'JAMA Neurology']);
  });

  it('maps title, authors, year and the registration in the note', () => {
    expect(parsed.entries[1]).toEqual({
      title: 'Immunoablation and autologous haemopoietic stem-cell transplantation for aggressive multiple sclerosis: a multicentre single-group phase 2 trial',
      authors: ['Atkins HL', 'Bowman M', 'Allan D'],
      journal: 'Lancet',
      year: 2016,
      identifiers: [
        { scheme: 'doi', value: '10.1016/s0140-6736(16)30169-6' },
        { scheme: 'nct', value: 'NCT01099930' },
      ],
    });
    expect(parsed.entries[2]?.identifiers).toEqual([
      { scheme: 'doi', value: '10.1001/jamaneurol.2014.3780' },
      { scheme: 'pmid', value: '25546364' },
      { scheme: 'pmcid', value: 'PMC5261862' },
    ]);
  });

  it('rejects a malformed entry with a reason and keeps the others', () => {
    const broken = fixture('hsct.bib').replace('pages   = {459--469},', 'pages   = {459--469,');
    const result = parseReferences(broken, 'bibtex');
    expect(result.entries.map((e) => e.year)).toEqual([2016, 2015]);
    expect(result.rejected).toEqual([{ index: 0, reason: expect.stringMatching(/^could not be read: /) }]);
  });

  it('rejects an entry without a title', () => {
    expect(parseReferences('@article{x, author = {Burt, R. K.}, year = {2019}}', 'bibtex')).toEqual({
      entries: [],
      rejected: [{ index: 0, reason: 'no title' }],
    });
  });

  it('rejects an entry whose DOI is not a DOI', () => {
    expect(parseReferences('@article{x, title = {HSCT}, doi = {see the journal}}', 'bibtex').rejected).toEqual([
      { index: 0, reason: 'DOI "see the journal" is not a valid DOI' },
    ]);
  });

  it('says so when there is nothing to read', () => {
    expect(parseReferences('just some words', 'bibtex')).toEqual({ entries: [], rejected: [{ index: 0, reason: 'no BibTeX entries found' }] });
  });
});

describe('parseReferences: RIS', () => {
  it('reads every record, taking the PMID from a PubMed link', () => {
    expect(parseReferences(fixture('hsct.ris'), 'ris')).toEqual({
      entries: [
        {
          title: 'Intrathecal immunoglobulins and neurofilament light after autologous haematopoietic stem cell transplantation for multiple sclerosis',
          authors: ['Larsson D', 'Åkerfeldt T', 'Carlson K', 'Burman J'],
          journal: 'Multiple Sclerosis Journal',
          year: 2020,
          url: 'https://pubmed.ncbi.nlm.nih.gov/31347948/',
          identifiers: [
            { scheme: 'doi', value: '10.1177/1352458519863983' },
            { scheme: 'pmid', value: '31347948' },
          ],
        },
        {
          title: 'Evidence for acute neurotoxicity after chemotherapy',
          authors: ['Petzold A', 'Mondria T', 'Kuhle J'],
          journal: 'Annals of Neurology',
          year: 2010,
          identifiers: [{ scheme: 'doi', value: '10.1002/ana.22169' }],
        },
      ],
      rejected: [],
    });
  });

  it('rejects a record that does not start with TY', () => {
    const result = parseReferences(`${fixture('hsct.ris')}\nTI  - A stray title\nER  - \n`, 'ris');
    expect(result.entries).toHaveLength(2);
    expect(result.rejected).toEqual([{ index: 2, reason: 'a RIS record must start with a TY line' }]);
  });
});

describe('parseReferences: CSL-JSON', () => {
  it('reads every item, including name particles', () => {
    const { entries, rejected } = parseReferences(fixture('hsct.csl.json'), 'csl-json');
    expect(rejected).toEqual([]);
    expect(entries.map((e) => e.authors[0])).toEqual(['Burt RK', 'von Büdingen HC']);
    expect(entries[0]?.identifiers).toEqual([
      { scheme: 'doi', value: '10.1001/jama.2018.18743' },
      { scheme: 'pmid', value: '30644983' },
      { scheme: 'pmcid', value: 'PMC6439765' },
    ]);
    expect(entries[1]).toMatchObject({ year: 2017, journal: 'Annals of Clinical and Translational Neurology' });
  });

  it('accepts a single object as well as a list', () => {
    expect(parseReferences('{"title": "Stem cells for MS"}', 'csl-json').entries).toEqual([{ title: 'Stem cells for MS', authors: [], identifiers: [] }]);
  });

  it('rejects items that are not references, and input that is not JSON', () => {
    expect(parseReferences('[42, {"title": "ok"}, {"type": "book"}]', 'csl-json').rejected).toEqual([
      { index: 0, reason: 'not a reference object' },
      { index: 2, reason: 'no title' },
    ]);
    expect(parseReferences('[{"title": ', 'csl-json')).toEqual({
      entries: [],
      rejected: [{ index: 0, reason: expect.stringMatching(/^not valid JSON: /) }],
    });
  });
});
