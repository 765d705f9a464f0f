import { describe, expect, it } from 'vitest';
import { findStudyMentions } from '../src/index.ts';
import { knownStudies } from './known-studies.ts';

const mentionsIn = (text: string) => findStudyMentions(text, knownStudies).map(({ studyId, matched, via }) => ({ studyId, matched, via }));

describe('findStudyMentions', () => {
  it('finds "the MIST trial", preferring the longer alias', () => {
    expect(mentionsIn('Has everyone read the MIST trial yet?')).toEqual([{ studyId: 'mist', matched: 'MIST trial', via: 'alias' }]);
  });

  it('finds MIST right after a bracket', () => {
    expect(mentionsIn('The best evidence so far(MIST study) left out progressive MS.')).toEqual([{ studyId: 'mist', matched: 'MIST', via: 'alias' }]);
  });

  it.each(['It was a mistake to wait', 'a mist of side effects', 'the mist trial', 'MISTs and fog'])('does not take %j for MIST', (text) => {
    expect(mentionsIn(text)).toEqual([]);
  });

  it('matches all-caps names with hyphens case-sensitively', () => {
    expect(mentionsIn('HALT-MS reported at three years; I want to halt-ms, er, halt MS.')).toEqual([
      { studyId: 'halt-ms', matched: 'HALT-MS', via: 'alias' },
    ]);
  });

  it('matches other aliases without regard to case', () => {
    expect(mentionsIn('the ottawa TRIAL used busulfan')).toEqual([{ studyId: 'atkins-2016', matched: 'ottawa TRIAL', via: 'alias' }]);
  });

  it.each([
    ['Muraro et al. looked at 281 people', 'Muraro et al.'],
    ['as muraro et al showed', 'muraro et al'],
    ['Muraro 2017 is old data', 'Muraro 2017'],
    ['see Muraro et al. (2017) again', 'Muraro et al. (2017)'],
    ['Muraro, 2017, figure 2', 'Muraro, 2017'],
    ['from Paulo Muraro and colleagues', 'Muraro and colleagues'],
  ])('derives author aliases: %j', (text, matched) => {
    expect(mentionsIn(text)).toEqual([{ studyId: 'muraro-2017', matched, via: 'alias' }]);
  });

  it('does not take the wrong year or a longer surname for the author alias', () => {
    expect(mentionsIn('Muraro 2019 and Muraros et al. are someone else')).toEqual([]);
  });

  it('leaves an author alias unlinked when two known studies share it, and links it once the year decides', () => {
    expect(mentionsIn('Burt et al. say so')).toEqual([]);
    expect(mentionsIn('Burt et al. 2019 and Burt 2015 say so')).toEqual([
      { studyId: 'mist', matched: 'Burt et al. 2019', via: 'alias' },
      { studyId: 'burt-2015', matched: 'Burt 2015', via: 'alias' },
    ]);
  });

  it('finds studies by identifier, however the identifier is written', () => {
    expect(mentionsIn('https://doi.org/10.1001/JAMA.2018.18743 and ClinicalTrials.gov NCT01099930 and PMID: 99999999')).toEqual([
      { studyId: 'mist', matched: 'https://doi.org/10.1001/JAMA.2018.18743', via: 'identifier' },
      { studyId: 'atkins-2016', matched: 'NCT01099930', via: 'identifier' },
    ]);
  });

  it('reports positions that slice back to the matched text', () => {
    const text = 'Unlike the MIST trial, Muraro et al. (doi:10.1001/jamaneurol.2016.5867) had no control group.';
    const mentions = findStudyMentions(text, knownStudies);
    expect(mentions.map((m) => m.studyId)).toEqual(['mist', 'muraro-2017', 'muraro-2017']);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.matched);
  });

  it('finds nothing when no studies are known', () => {
    expect(findStudyMentions('the MIST trial', [])).toEqual([]);
  });
});
