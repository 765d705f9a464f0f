import { describe, expect, it } from 'vitest';
import type { Study, StudyList } from '@forum/contracts';
import { createTestContext } from './context.ts';

const ctx = await createTestContext();
const author = await ctx.newUser('author');
const moderator = await ctx.newUser('moderator');

let counter = 0;
async function newStudy(overrides: Record<string, unknown> = {}): Promise<Study> {
  counter += 1;
  const res = await ctx.request('POST', '/api/studies', {
    as: author,
    body: { title: `Stem cell transplantation outcomes ${counter}`, shortName: `Study ${counter}`, authors: ['Muraro PA'], design: 'cohort', ...overrides },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

async function search(q: string): Promise<string[]> {
  const res = await ctx.request('GET', `/api/studies?q=${encodeURIComponent(q)}`);
  expect(res.statusCode).toBe(200);
  return (res.json() as StudyList).studies.map((s) => s.shortName);
}

describe('study records', () => {
  it('stores a study with normalised identifiers and an unreviewed level suggested by its design', async () => {
    const study = await newStudy({
      title: 'Long-term Outcomes After Autologous Hematopoietic Stem Cell Transplantation for Multiple Sclerosis',
      shortName: 'Muraro 2017',
      aliases: ['EBMT long-term outcomes study'],
      journal: 'JAMA Neurology',
      year: 2017,
      sampleSize: 281,
      identifiers: [{ scheme: 'doi', value: 'https://doi.org/10.1001/JAMANEUROL.2016.5867' }],
    });
    expect(study.identifiers).toEqual([{ scheme: 'doi', value: '10.1001/jamaneurol.2016.5867' }]);
    expect(study.evidence).toMatchObject({ level: 3, label: 'cohort study', status: 'unreviewed' });
    expect(study.designLabel).toBe('cohort study');
    expect(study.createdBy.id).toBe(author.id);
    const page = await ctx.request('GET', `/api/studies/${study.id}`);
    expect(page.json().study).toMatchObject({ shortName: 'Muraro 2017', sampleSize: 281, aliases: ['EBMT long-term outcomes study'] });
  });

  it('refuses a second study with a DOI already entered, naming the study that has it', async () => {
    const first = await newStudy({ shortName: 'Canadian trial', identifiers: [{ scheme: 'doi', value: '10.1016/S0140-6736(16)30169-6' }] });
    const res = await ctx.request('POST', '/api/studies', {
      as: moderator,
      body: { title: 'Immunoablation and autologous haemopoietic stem-cell transplantation', shortName: 'Atkins 2016', identifiers: [{ scheme: 'doi', value: 'doi:10.1016/s0140-6736(16)30169-6.' }] },
    });
    expect(res.statusCode).toBe(409);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().detail).toContain('Canadian trial');
    expect(res.json().detail).toContain(first.id);
    expect(await search('Atkins 2016')).toEqual([]);
  });

  it('refuses an identifier that is not one, naming the field', async () => {
    const res = await ctx.request('POST', '/api/studies', { as: author, body: { title: 'A trial', shortName: 'X', identifiers: [{ scheme: 'nct', value: 'NCT123' }] } });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([{ path: 'body.identifiers.0.value', message: 'Not a NCT' }]);
  });

  it('lets authors and moderators create and edit studies, and refuses members', async () => {
    const member = await ctx.newUser('member');
    const refused = await ctx.request('POST', '/api/studies', { as: member, body: { title: 'A member study', shortName: 'M' } });
    expect(refused.statusCode).toBe(403);
    const study = await newStudy();
    const edited = await ctx.request('PATCH', `/api/studies/${study.id}`, { as: moderator, body: { summary: 'Followed 281 people for about six years.', sampleSize: 281 } });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ summary: 'Followed 281 people for about six years.', sampleSize: 281, title: study.title });
    expect((await ctx.request('PATCH', `/api/studies/${study.id}`, { as: member, body: { sampleSize: 3 } })).statusCode).toBe(403);
  });

  it('refuses an edit that gives a study another study’s identifier', async () => {
    const holder = await newStudy({ identifiers: [{ scheme: 'pmid', value: '25711670' }] });
    const other = await newStudy();
    const res = await ctx.request('PATCH', `/api/studies/${other.id}`, { as: author, body: { identifiers: [{ scheme: 'pmid', value: 'PMID: 25711670' }] } });
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toContain(holder.id);
    const own = await ctx.request('PATCH', `/api/studies/${holder.id}`, { as: author, body: { identifiers: [{ scheme: 'pmid', value: '25711670' }, { scheme: 'doi', value: '10.1007/s00277-015-2337-8' }] } });
    expect(own.statusCode).toBe(200);
    expect(own.json().identifiers).toHaveLength(2);
  });

  it('shows the level as confirmed once a moderator confirms or corrects it, and unreviewed again after a design change', async () => {
    const study = await newStudy({ design: 'cohort' });
    const confirmed = await ctx.request('POST', `/api/studies/${study.id}/confirm-level`, { as: moderator, body: { level: 4 } });
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.json().evidence).toMatchObject({ level: 4, label: 'case series', status: 'confirmed' });
    const redesigned = await ctx.request('PATCH', `/api/studies/${study.id}`, { as: author, body: { design: 'randomised_trial' } });
    expect(redesigned.json().evidence).toMatchObject({ level: 2, label: 'randomised trial', status: 'unreviewed' });
  });

  it('cannot confirm a level for a study with no design unless the level is given', async () => {
    const study = await newStudy({ design: undefined });
    expect(study.evidence).toBeNull();
    const res = await ctx.request('POST', `/api/studies/${study.id}/confirm-level`, { as: author, body: {} });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('body.level');
    const given = await ctx.request('POST', `/api/studies/${study.id}/confirm-level`, { as: author, body: { level: 5 } });
    expect(given.json().evidence).toMatchObject({ level: 5, status: 'confirmed' });
  });

  it('links a trial registration to its publication, seen from both studies', async () => {
    const paper = await newStudy({ shortName: 'MIST results', design: 'randomised_trial' });
    const registration = await newStudy({ shortName: 'MIST registration', identifiers: [{ scheme: 'nct', value: 'nct00273364' }], links: [{ kind: 'registration_of', studyId: paper.id }] });
    expect(registration.links).toEqual([{ kind: 'registration_of', direction: 'from', study: { id: paper.id, shortName: 'MIST results' } }]);
    const fromPaper = (await ctx.request('GET', `/api/studies/${paper.id}`)).json().study as Study;
    expect(fromPaper.links).toEqual([{ kind: 'registration_of', direction: 'to', study: { id: registration.id, shortName: 'MIST registration' } }]);
    const self = await ctx.request('PATCH', `/api/studies/${paper.id}`, { as: author, body: { links: [{ kind: 'preprint_of', studyId: paper.id }] } });
    expect(self.statusCode).toBe(400);
    expect(self.json().errors[0].path).toBe('body.links.0.studyId');
  });

  it('searches titles, authors, aliases and identifiers, a pasted link included', async () => {
    await newStudy({ shortName: 'HALT-MS', title: 'High-Dose Immunosuppressive Therapy for Relapsing-Remitting MS (HALT-MS)', authors: ['Nash RA'], year: 2015, aliases: ['the American trial'], identifiers: [{ scheme: 'pmid', value: '25546364' }] });
    expect(await search('immunosuppressive')).toEqual(['HALT-MS']);
    expect(await search('nash 2015')).toEqual(['HALT-MS']);
    expect(await search('American trial')).toEqual(['HALT-MS']);
    expect(await search('https://pubmed.ncbi.nlm.nih.gov/25546364/')).toEqual(['HALT-MS']);
    expect(await search('2554636')).toEqual(['HALT-MS']);
    expect(await search('nash 1999')).toEqual([]);
  });

  it('answers 404 for a study that does not exist and 400 for an id that is not one', async () => {
    expect((await ctx.request('GET', '/api/studies/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    const bad = await ctx.request('GET', '/api/studies/muraro');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('params.id');
  });
});
