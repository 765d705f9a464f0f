import { describe, expect, it } from 'vitest';
import type { Study } from '@forum/contracts';
import { asUpdate, emptyFormValues, existingStudyIn, formValuesOf, parseStudyForm, studyFieldErrors } from './study-form';

const filled = { ...emptyFormValues(), shortName: 'Muraro 2017', title: 'Long-term outcomes after aHSCT for MS' };

describe('the study form', () => {
  it('reads authors and aliases one per line and identifiers per register', () => {
    const parsed = parseStudyForm({ ...filled, authors: 'Muraro PA\n\n Pasquini M \n', aliases: 'EBMT study', doi: '10.1001/jamaneurol.2016.5867', nct: 'NCT01099930 NCT00000001', year: '2017', sampleSize: '281', design: 'cohort' });
    expect(parsed).toMatchObject({
      ok: true,
      input: {
        authors: ['Muraro PA', 'Pasquini M'],
        aliases: ['EBMT study'],
        year: 2017,
        sampleSize: 281,
        design: 'cohort',
        identifiers: [
          { scheme: 'doi', value: '10.1001/jamaneurol.2016.5867' },
          { scheme: 'nct', value: 'NCT01099930' },
          { scheme: 'nct', value: 'NCT00000001' },
        ],
      },
      identifierFields: ['doi', 'nct', 'nct'],
    });
  });

  it('names the fields that are wrong instead of sending them', () => {
    const parsed = parseStudyForm({ ...emptyFormValues(), title: 'ab', year: 'twenty', sampleSize: '2.5', url: 'not a link' });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(Object.keys(parsed.errors).sort()).toEqual(['sampleSize', 'shortName', 'title', 'url', 'year']);
    expect(parsed.errors.year).toMatch(/four digits/);
  });

  it('clears on an edit the fields the form left empty', () => {
    const parsed = parseStudyForm(filled);
    if (!parsed.ok) throw new Error('expected the form to parse');
    expect(asUpdate(parsed.input)).toMatchObject({ journal: null, year: null, design: null, summary: null, identifiers: [] });
    expect(asUpdate(parsed.input)).not.toHaveProperty('links');
  });

  it('puts the API’s identifier errors beside the register field they came from', () => {
    expect(studyFieldErrors({ 'identifiers.1.value': 'Not a PMID', title: 'Too short' }, ['doi', 'pmid'])).toEqual({ pmid: 'Not a PMID', title: 'Too short' });
    expect(studyFieldErrors({ identifiers: 'Already study x' }, ['doi'])).toEqual({ identifiers: 'Already study x' });
  });

  it('finds the study that already holds an identifier in a conflict', () => {
    const id = '0b7c2b1e-7d7e-4c39-9d0f-3f0a6f7e1a2b';
    expect(existingStudyIn(409, `Study "Muraro 2017" (${id}) already has doi 10.1001/x`)).toEqual({ id, shortName: 'Muraro 2017', scheme: 'doi' });
    expect(existingStudyIn(400, `Study "Muraro 2017" (${id}) already has doi 10.1001/x`)).toBeNull();
  });

  it('fills an edit form from the record and reads it back unchanged', () => {
    const study = {
      id: 's', shortName: 'MIST', title: 'A randomized trial of HSCT', authors: ['Burt RK'], journal: 'JAMA', year: 2019, design: 'randomised_trial', designLabel: 'randomised trial',
      sampleSize: 110, evidence: null, identifiers: [{ scheme: 'nct', value: 'NCT00273364' }], url: null, aliases: ['the MIST trial'], population: null, trialStatus: 'completed',
      summary: null, links: [], createdBy: { id: 'u', handle: 'a', displayName: 'A', role: 'author' }, createdAt: '', updatedAt: '',
    } satisfies Study;
    const parsed = parseStudyForm(formValuesOf(study));
    expect(parsed).toMatchObject({ ok: true, input: { shortName: 'MIST', year: 2019, sampleSize: 110, aliases: ['the MIST trial'], trialStatus: 'completed', identifiers: study.identifiers } });
  });
});
