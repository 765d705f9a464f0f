import { describe, expect, it } from 'vitest';
import { extractIdentifiers, findStudyMentions } from '../src/index.ts';
import { knownStudies } from './known-studies.ts';
import { seedComment, seedComments, seedPages, sharedPresent } from './shared-data.ts';

// Every identifier printed in the five seed pages, by page. Identifiers are facts, found by reading the pages.
const seedIdentifiers: Record<string, string[]> = {
  '000_2afc9101a8fd32d0.txt': [],
  '001_6596dcb8204f4b31.txt': [],
  '002_c3092f4debf896b6.txt': [],
  '003_bcb636319636b5bf.txt': [],
  '004_c5d2cb88200d496f.txt': [
    'doi:10.1001/jamaneurol.2016.5867',
    'doi:10.1016/s0140-6736(16)30169-6',
    'nct:NCT01099930',
    'doi:10.1002/ana.22169',
    'pmid:25711670',
    'pmid:31347948',
    'pmid:31123141',
    'pmcid:PMC3002608',
    'pmcid:PMC5221476',
    'pmcid:PMC5745133',
  ],
};

const keys = (text: string) => extractIdentifiers(text).map(({ scheme, value }) => `${scheme}:${value}`);
const mentionsIn = (text: string) => findStudyMentions(text, knownStudies).map(({ studyId, matched }) => ({ studyId, matched }));

describe('seed pages', () => {
  it.skipIf(!sharedPresent)('extraction finds exactly the listed identifiers in each seed page (skipped: ../shared absent)', () => {
    const pages = seedPages();
    expect([...pages.keys()]).toEqual(Object.keys(seedIdentifiers));
    for (const [name, text] of pages) expect(keys(text), name).toEqual(seedIdentifiers[name]);
  });

  it.skipIf(!sharedPresent)('the comments hold no identifier outside that list (skipped: ../shared absent)', () => {
    const everySeedIdentifier = new Set(Object.values(seedIdentifiers).flat());
    const inComments = seedComments().flatMap((comment) => keys(comment.text));
    expect(inComments.length).toBeGreaterThan(0);
    expect(inComments.filter((key) => !everySeedIdentifier.has(key))).toEqual([]);
  });

  it.skipIf(!sharedPresent)('finds "the MIST trial" and "Muraro et al." in the pages that name them (skipped: ../shared absent)', () => {
    const pages = seedPages();
    expect(mentionsIn(pages.get('003_bcb636319636b5bf.txt') ?? '')).toContainEqual({ studyId: 'mist', matched: 'MIST trial' });
    expect(mentionsIn(pages.get('004_c5d2cb88200d496f.txt') ?? '')).toContainEqual({ studyId: 'muraro-2017', matched: 'Muraro et al.' });
  });

  it.skipIf(!sharedPresent)('finds MIST and the Muraro paper in the comments that name them (skipped: ../shared absent)', () => {
    expect(mentionsIn(seedComment('004', 159))).toEqual([{ studyId: 'mist', matched: 'MIST' }]);
    expect(mentionsIn(seedComment('004', 104))).toEqual([{ studyId: 'muraro-2017', matched: 'Muraro meta-analysis' }]);
  });

  it.skipIf(!sharedPresent)('links MIST only in comments that write the acronym (skipped: ../shared absent)', () => {
    const comments = seedComments();
    const linked = comments.filter((c) => findStudyMentions(c.text, knownStudies).some((m) => m.studyId === 'mist'));
    expect(linked.map((c) => c.index)).toEqual(comments.filter((c) => /\bMIST\b/.test(c.text)).map((c) => c.index));
  });

  it.skipIf(!sharedPresent)('leaves "Dr Burt" and "Burt et all" unlinked: two Burt papers are known (skipped: ../shared absent)', () => {
    const burtComments = seedComments().filter((c) => c.text.includes('Burt'));
    expect(burtComments.length).toBeGreaterThan(3);
    expect(burtComments.flatMap((c) => findStudyMentions(c.text, knownStudies))).toEqual([]);
  });
});
