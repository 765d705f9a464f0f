import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CitationSuggestions } from '@forum/contracts';
import { createTestContext, type TestContext, type TestUser } from './context.ts';

const ESUMMARY = 'https://eutils.ncbi.nlm.nih.gov/entrez/eutils/esummary.fcgi?db=pubmed&retmode=json&id=30644983';
const recordedEsummary = readFileSync(new URL('../../../packages/citations/test/fixtures/esummary-pubmed.json', import.meta.url), 'utf8');
const lookups: string[] = [];
const recordedFetch = (async (url: string | URL) => {
  lookups.push(String(url));
  return String(url) === ESUMMARY ? new Response(recordedEsummary, { status: 200 }) : new Response('', { status: 404 });
}) as typeof globalThis.fetch;

const ctx = await createTestContext();
const onlineCtx = await createTestContext({ METADATA_RESOLVER: 'online' }, undefined, { fetch: recordedFetch });

async function addSeedStudies(c: TestContext, as: TestUser) {
  const post = (body: object) => c.request('POST', '/api/studies', { as, body }).then((res) => res.json() as { id: string });
  const mist = await post({
    title: 'Effect of Nonmyeloablative HSCT vs Continued Disease-Modifying Therapy on Disease Progression in Relapsing-Remitting MS',
    shortName: 'MIST',
    aliases: ['MIST trial'],
    authors: ['Burt RK', 'Balabanov R'],
    year: 2019,
    design: 'randomised_trial',
    identifiers: [{ scheme: 'doi', value: '10.1001/jama.2018.18743' }],
  });
  const muraro = await post({
    title: 'Long-term Outcomes After Autologous Hematopoietic Stem Cell Transplantation for Multiple Sclerosis',
    shortName: 'Muraro 2017',
    authors: ['Muraro PA'],
    year: 2017,
    design: 'cohort',
    identifiers: [{ scheme: 'doi', value: '10.1001/jamaneurol.2016.5867' }],
  });
  return { mist, muraro };
}

const author = await ctx.newUser('author');
const { mist, muraro } = await addSeedStudies(ctx, author);

async function suggestionsFor(c: TestContext, as: TestUser, commentId: string) {
  const res = await c.request('GET', `/api/comments/${commentId}/citation-suggestions`, { as });
  expect(res.statusCode, res.body).toBe(200);
  return (res.json() as CitationSuggestions).suggestions;
}

const known = (s: CitationSuggestions['suggestions']) => s.flatMap((x) => (x.kind === 'known_study' ? [[x.study.id, x.matched]] : []));

describe('citation suggestions', () => {
  it('offers "the MIST trial" and "Muraro et al." in a comment as one-click citations', async () => {
    const thread = await ctx.newThread(author);
    const writer = await ctx.newUser();
    const comment = await ctx.newComment(writer, thread.slug, 'My neuro says the MIST trial only took relapsing people, and Muraro et al. found most progressive patients kept getting worse.');
    const suggestions = await suggestionsFor(ctx, writer, comment.id);
    expect(known(suggestions)).toEqual([
      [mist.id, 'MIST trial'],
      [muraro.id, 'Muraro et al.'],
    ]);
    const first = suggestions[0]!;
    expect(first.kind === 'known_study' && first.study.designLabel).toBe('randomised trial');
  });

  it('does not mistake the word "mist" for the trial', async () => {
    const thread = await ctx.newThread(author);
    const writer = await ctx.newUser();
    const comment = await ctx.newComment(writer, thread.slug, 'Brain fog feels like walking through a mist after each infusion.');
    expect(await suggestionsFor(ctx, writer, comment.id)).toEqual([]);
  });

  it('offers an unknown identifier as "add this study", and as the study once someone adds it', async () => {
    const thread = await ctx.newThread(author);
    const writer = await ctx.newUser();
    const text = 'The Moscow data are here: https://www.ncbi.nlm.nih.gov/m/pubmed/25711670/ if anyone wants them.';
    const comment = await ctx.newComment(writer, thread.slug, text);
    const link = 'https://www.ncbi.nlm.nih.gov/m/pubmed/25711670';
    expect(await suggestionsFor(ctx, writer, comment.id)).toEqual([
      { kind: 'new_study', identifier: { scheme: 'pmid', value: '25711670' }, prefill: null, matched: link, start: text.indexOf(link), end: text.indexOf(link) + link.length },
    ]);
    const added = await ctx.request('POST', '/api/studies', { as: author, body: { title: 'Long-term outcomes of aHSCT with reduced-intensity conditioning in MS', shortName: 'Moscow 2015', identifiers: [{ scheme: 'pmid', value: '25711670' }] } });
    expect(known(await suggestionsFor(ctx, writer, comment.id))).toEqual([[added.json().id, 'https://www.ncbi.nlm.nih.gov/m/pubmed/25711670']]);
  });

  it('follows edits, and leaves out a study the comment already cites', async () => {
    const thread = await ctx.newThread(author);
    const writer = await ctx.newUser();
    const comment = await ctx.newComment(writer, thread.slug, 'The MIST trial is the only randomised evidence.');
    await ctx.request('PATCH', `/api/comments/${comment.id}`, { as: writer, body: { body: 'Randomised evidence: doi:10.1001/jamaneurol.2016.5867 is not it, MIST is.' } });
    expect(known(await suggestionsFor(ctx, writer, comment.id))).toEqual([
      [muraro.id, 'doi:10.1001/jamaneurol.2016.5867'],
      [mist.id, 'MIST'],
    ]);
    await ctx.request('POST', `/api/comments/${comment.id}/citations`, { as: writer, body: { studyId: mist.id, stance: 'supports' } });
    expect(known(await suggestionsFor(ctx, writer, comment.id))).toEqual([[muraro.id, 'doi:10.1001/jamaneurol.2016.5867']]);
  });

  it('keeps suggestions to those who may cite on the comment', async () => {
    const thread = await ctx.newThread(author);
    const writer = await ctx.newUser();
    const comment = await ctx.newComment(writer, thread.slug, 'Muraro et al. again.');
    expect((await ctx.request('GET', `/api/comments/${comment.id}/citation-suggestions`, { as: await ctx.newUser() })).statusCode).toBe(403);
    expect(known(await suggestionsFor(ctx, author, comment.id))).toEqual([[muraro.id, 'Muraro et al.']]);
  });
});

describe('citation suggestions with the metadata resolver online', () => {
  it('prefills "add this study" from PubMed, looking up only when the author asks', async () => {
    const onlineAuthor = await onlineCtx.newUser('author');
    const thread = await onlineCtx.newThread(onlineAuthor);
    const writer = await onlineCtx.newUser();
    const comment = await onlineCtx.newComment(writer, thread.slug, 'PMID: 30644983 is the randomised one.');
    expect(lookups).toEqual([]);
    const [suggestion] = await suggestionsFor(onlineCtx, writer, comment.id);
    expect(lookups).toEqual([ESUMMARY]);
    expect(suggestion).toMatchObject({ kind: 'new_study', identifier: { scheme: 'pmid', value: '30644983' }, prefill: { year: 2019, authors: expect.arrayContaining(['Burt RK']) } });
  });
});
