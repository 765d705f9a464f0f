import { describe, expect, it } from 'vitest';
import type { ImportReport } from '@forum/contracts';
import { createTestContext } from './context.ts';

const ctx = await createTestContext();
const author = await ctx.newUser('author');

// Three papers the seed threads argue about; the bibliographic details are facts.
const BIBTEX = String.raw`
@string{jn = "JAMA Neurology"}
@article{muraro2017,
  author = {Muraro, Paolo A. and Pasquini, Marcelo and Atkins, Harold L.},
  title = {Long-term Outcomes After Autologous Hematopoietic Stem Cell Transplantation for Multiple Sclerosis},
  journal = jn, year = {2017}, doi = {10.1001/jamaneurol.2016.5867}
}
@article{atkins2016,
  author = {Atkins, Harold L. and Bowman, Marjorie and Allan, David},
  title = {Immunoablation and autologous haemopoietic stem-cell transplantation for aggressive multiple sclerosis: a multicentre single-group phase 2 trial},
  journal = {Lancet}, year = {2016}, doi = {10.1016/S0140-6736(16)30169-6},
  note = {ClinicalTrials.gov NCT01099930}
}
@article{nash2015,
  author = {Nash, Richard A. and Hutton, George J.},
  title = {High-Dose Immunosuppressive Therapy and Autologous Hematopoietic Cell Transplantation for Relapsing-Remitting Multiple Sclerosis ({HALT-MS})},
  journal = jn, year = {2015}, doi = {10.1001/jamaneurol.2014.3780}
}`;

async function importFile(format: string, content: string, as = author) {
  const res = await ctx.request('POST', '/api/studies/import', { as, body: { format, content } });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as ImportReport;
}

describe('study import', () => {
  it('imports a BibTeX file of three entries, then merges all three when the file comes again', async () => {
    const first = await importFile('bibtex', BIBTEX);
    expect(first.created.map((s) => s.shortName)).toEqual(['Muraro 2017', 'Atkins 2016', 'Nash 2015']);
    expect(first.merged).toEqual([]);
    expect(first.rejected).toEqual([]);
    expect(first.created[1]!.identifiers).toEqual([
      { scheme: 'doi', value: '10.1016/s0140-6736(16)30169-6' },
      { scheme: 'nct', value: 'NCT01099930' },
    ]);
    expect(first.created[0]!.evidence).toBeNull();

    const again = await importFile('bibtex', BIBTEX);
    expect(again.created).toEqual([]);
    expect(again.merged.map((m) => [m.study.id, m.matchedOn.scheme])).toEqual(first.created.map((s) => [s.id, 'doi']));
    const listed = await ctx.request('GET', '/api/studies?q=transplantation');
    expect(listed.json().studies).toHaveLength(3);
  });

  it('merges an entry into the study already holding its DOI, adding the identifiers it lacked', async () => {
    const existing = await ctx.request('POST', '/api/studies', {
      as: author,
      body: { title: 'Intrathecal immunoglobulins and neurofilament light after aHSCT', shortName: 'Uppsala NfL study', identifiers: [{ scheme: 'doi', value: '10.1177/1352458519863983' }] },
    });
    const ris = ['TY  - JOUR', 'AU  - Larsson, D.', 'TI  - Intrathecal immunoglobulins and neurofilament light after autologous haematopoietic stem cell transplantation for multiple sclerosis', 'PY  - 2020', 'DO  - 10.1177/1352458519863983', 'UR  - https://pubmed.ncbi.nlm.nih.gov/31347948/', 'ER  - ', ''].join('\n');
    const report = await importFile('ris', ris);
    expect(report.merged).toHaveLength(1);
    expect(report.merged[0]!.study).toMatchObject({ id: existing.json().id, shortName: 'Uppsala NfL study' });
    expect(report.merged[0]!.study.identifiers).toEqual([
      { scheme: 'doi', value: '10.1177/1352458519863983' },
      { scheme: 'pmid', value: '31347948' },
    ]);
  });

  it('reports each broken entry by its place in the file, with a reason, and imports the rest', async () => {
    const csl = JSON.stringify([
      { type: 'article-journal', title: 'Evidence for acute neurotoxicity after chemotherapy', author: [{ family: 'Petzold', given: 'Axel' }], issued: { 'date-parts': [[2010]] }, DOI: '10.1002/ana.22169' },
      { type: 'article-journal', author: [{ family: 'Nobody' }] },
      { type: 'article-journal', title: 'A paper with a broken DOI', DOI: 'not-a-doi' },
    ]);
    const report = await importFile('csl-json', csl);
    expect(report.created.map((s) => s.shortName)).toEqual(['Petzold 2010']);
    expect(report.rejected).toEqual([
      { index: 1, reason: 'no title' },
      { index: 2, reason: 'DOI "not-a-doi" is not a valid DOI' },
    ]);
  });

  it('rejects an entry whose identifiers belong to two different studies', async () => {
    await importFile('csl-json', JSON.stringify([{ title: 'Siponimod versus placebo in SPMS', DOI: '10.1016/S0140-6736(18)30475-6' }, { title: 'Siponimod abstract', PMID: '29576505' }]));
    const report = await importFile('csl-json', JSON.stringify([{ title: 'EXPAND', DOI: '10.1016/S0140-6736(18)30475-6', PMID: '29576505' }]));
    expect(report.created).toEqual([]);
    expect(report.merged).toEqual([]);
    expect(report.rejected[0]!.reason).toContain('belong to different studies');
  });

  it('says why a file that is no export at all was refused', async () => {
    expect((await importFile('bibtex', 'just some words')).rejected).toEqual([{ index: 0, reason: 'no BibTeX entries found' }]);
    const bad = await ctx.request('POST', '/api/studies/import', { as: author, body: { format: 'endnote', content: 'x' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('body.format');
    const member = await ctx.newUser();
    expect((await ctx.request('POST', '/api/studies/import', { as: member, body: { format: 'bibtex', content: BIBTEX } })).statusCode).toBe(403);
  });
});
