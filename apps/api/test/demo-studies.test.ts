import { describe, expect, it } from 'vitest';
import type { CitationSuggestions, StudyPage } from '@forum/contracts';
import { extractIdentifiers } from '@forum/citations';
import { demoStudies, loadDemoStudies } from '../src/modules/studies/demo.ts';
import { seedComments, sharedPresent } from '../../../packages/citations/test/shared-data.ts';
import { createTestContext } from './context.ts';

const ctx = await createTestContext();
const count = Object.keys(demoStudies).length;
const first = await loadDemoStudies(ctx.deps);

async function study(id: string) {
  return ((await ctx.request('GET', `/api/studies/${id}`)).json() as StudyPage).study;
}

describe('demo studies', () => {
  it('adds every study the seeds mention, with its real identifiers, by a placeholder when there is no staff yet', async () => {
    expect(first.created).toBe(count);
    const mist = await study(first.studyIds.mist);
    expect(mist.identifiers).toContainEqual({ scheme: 'nct', value: 'NCT00273364' });
    expect(mist.evidence).toMatchObject({ level: 2, status: 'unreviewed' });
    expect((await study(first.studyIds.atkins2016)).identifiers).toEqual([
      { scheme: 'doi', value: '10.1016/s0140-6736(16)30169-6' },
      { scheme: 'nct', value: 'NCT01099930' },
    ]);
    expect((await study(first.studyIds.muraro2017)).createdBy.handle).toBe('study_library');
    expect((await study(first.studyIds.moscow2015)).identifiers).toContainEqual({ scheme: 'pmid', value: '25711670' });
  });

  it('adds nothing the second time, and gives back the same ids', async () => {
    const again = await loadDemoStudies(ctx.deps);
    expect(again).toEqual({ studyIds: first.studyIds, created: 0, existing: count });
  });

  it('lets a comment naming "the MIST trial", "Muraro et al." and "the Canadian trial" be cited in one click', async () => {
    const author = await ctx.newUser('author');
    const thread = await ctx.newThread(author);
    const writer = await ctx.newUser();
    const text = [
      'Before you book anything: the MIST trial only took relapsing people.',
      'Muraro et al. found that most people with progressive MS kept getting worse,',
      'and the Canadian trial used the harshest chemo there is. Burt et al. would disagree, of course.',
    ].join(' ');
    const comment = await ctx.newComment(writer, thread.slug, text);
    const res = await ctx.request('GET', `/api/comments/${comment.id}/citation-suggestions`, { as: writer });
    const offered = (res.json() as CitationSuggestions).suggestions.flatMap((s) => (s.kind === 'known_study' ? [[s.study.shortName, s.matched]] : []));
    // "Burt et al." fits both MIST and the 2015 Chicago series, so it is left for the author to choose.
    expect(offered).toEqual([
      ['MIST', 'MIST trial'],
      ['Muraro 2017', 'Muraro et al.'],
      ['Atkins 2016', 'Canadian trial'],
    ]);
  });
});

describe('demo studies against the seed comments', () => {
  it.skipIf(!sharedPresent)('suggests the demo study behind every identifier and name in the seed comments (skipped: ../shared absent)', async () => {
    const author = await ctx.newUser('author');
    const thread = await ctx.newThread(author);
    const writer = await ctx.newUser();
    const citing = seedComments().filter((c) => extractIdentifiers(c.text).length > 0 || /\bMIST\b|Muraro/.test(c.text));
    expect(citing.length).toBeGreaterThan(5);
    const offered = new Map<string, string>();
    for (const seed of citing) {
      const comment = await ctx.newComment(writer, thread.slug, seed.text);
      const res = await ctx.request('GET', `/api/comments/${comment.id}/citation-suggestions`, { as: writer });
      for (const s of (res.json() as CitationSuggestions).suggestions) offered.set(s.matched, s.kind === 'known_study' ? s.study.shortName : `new ${s.identifier.value}`);
    }
    expect(offered.get('MIST')).toBe('MIST');
    expect(offered.get('Muraro meta-analysis')).toBe('Muraro 2017');
    expect(offered.get('https://www.ncbi.nlm.nih.gov/m/pubmed/25711670')).toBe('Moscow 2015');
    // The one seed identifier no demo study has: its title could not be confirmed.
    expect([...offered.values()].filter((name) => name.startsWith('new '))).toEqual(['new PMC3002608']);
  });
});
