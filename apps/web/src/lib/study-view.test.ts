import { describe, expect, it } from 'vitest';
import { authorLine, identifierUrl, publishedIn, tagText } from './study-view';

describe('identifier links', () => {
  it('sends each identifier to the register a reader looks it up in', () => {
    expect(identifierUrl({ scheme: 'doi', value: '10.1016/s0140-6736(16)30169-6' })).toBe('https://doi.org/10.1016/s0140-6736(16)30169-6');
    expect(identifierUrl({ scheme: 'pmid', value: '25711670' })).toBe('https://pubmed.ncbi.nlm.nih.gov/25711670/');
    expect(identifierUrl({ scheme: 'pmcid', value: 'PMC5470019' })).toBe('https://pmc.ncbi.nlm.nih.gov/articles/PMC5470019/');
    expect(identifierUrl({ scheme: 'nct', value: 'NCT01099930' })).toBe('https://clinicaltrials.gov/study/NCT01099930');
  });

  it('keeps a DOI with unsafe characters inside the doi.org link', () => {
    expect(identifierUrl({ scheme: 'doi', value: '10.1000/a?b#c' })).toBe('https://doi.org/10.1000/a%3Fb%23c');
  });
});

describe('study lines', () => {
  it('shortens a long author list to the first three and a count', () => {
    expect(authorLine(['Muraro PA', 'Pasquini M', 'Atkins HL', 'Bowen JD'])).toBe('Muraro PA, Pasquini M, Atkins HL and 1 other');
    expect(authorLine(['Burt RK', 'Balabanov R'])).toBe('Burt RK, Balabanov R');
  });

  it('says where and when it was published with whatever is known', () => {
    expect(publishedIn({ journal: 'JAMA Neurology', year: 2017 })).toBe('JAMA Neurology, 2017');
    expect(publishedIn({ journal: null, year: 2019 })).toBe('2019');
    expect(publishedIn({ journal: null, year: null })).toBeNull();
  });

  it('words a citation tag as name, design, size and stance', () => {
    const study = { id: 's', shortName: 'Muraro 2017', title: 'Long-term outcomes', journal: null, year: 2017, designLabel: 'cohort study', sampleSize: 281, evidence: null };
    expect(tagText({ stance: 'supports', study })).toBe('Muraro 2017 · cohort study · n=281 · supports');
    expect(tagText({ stance: 'mentions', study: { ...study, designLabel: null, sampleSize: null } })).toBe('Muraro 2017 · mentions');
  });
});
