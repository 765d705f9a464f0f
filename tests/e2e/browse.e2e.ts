import { beforeAll, describe, expect, it } from 'vitest';
import { saveScreenshot } from './support/browser.ts';
import type { ForumUser } from './support/forum.ts';
import { useSite } from './support/journey.ts';

const site = useSite();
let author: ForumUser;

beforeAll(async () => {
  author = await site.newUser('author', 'Dr Ana Author');
});

describe('finding threads', () => {
  it('lists threads by latest activity with tags and comment counts, filters by tag and pages to older ones', async () => {
    for (let i = 1; i <= 21; i++) await site.newThread(author, { title: `Weekly check-in ${i}`, body: `Week ${i}`, tags: i % 2 ? ['checkin'] : ['checkin', 'fatigue'] });
    const active = await site.newThread(author, { title: 'Stem cells and fatigue', body: 'Does HSCT help fatigue?', tags: ['hsct', 'fatigue'] });
    await site.newComment(await site.newUser('member'), active.slug, 'It did for me');

    const page = await site.page({ javaScriptEnabled: false });
    await page.goto('/');
    const first = page.locator('.thread-list > li').first();
    await expect(first.locator('h2').textContent()).resolves.toBe('Stem cells and fatigue');
    await expect(first.locator('.meta').textContent()).resolves.toMatch(/1 comment\b/);
    await expect(first.locator('.tags').textContent()).resolves.toMatch(/hsct\s*fatigue/);
    expect(await page.locator('.thread-list > li').count()).toBe(20);
    await saveScreenshot(page, 'home');

    await page.getByRole('link', { name: 'Older threads' }).click();
    const older = await page.locator('.thread-list h2').allTextContents();
    expect(older).toEqual(['Weekly check-in 2', 'Weekly check-in 1']);

    await page.goto('/');
    await first.getByRole('link', { name: 'hsct' }).click();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Threads tagged “hsct”');
    expect(await page.locator('.thread-list h2').allTextContents()).toEqual(['Stem cells and fatigue']);
    await page.context().close();
  });

  it('finds a comment by a word in it and highlights the word, with special characters shown as text', async () => {
    const thread = await site.newThread(author, { title: 'Neurologist visits', body: 'How did yours go?' });
    const comment = await site.newComment(await site.newUser('member'), thread.slug, 'My neurologist said remyelination & repair are possible if 5 < 6 <img src=x onerror=alert(1)>');
    const page = await site.page({ javaScriptEnabled: false });
    await page.goto('/');
    await page.getByRole('searchbox', { name: 'Search the forum' }).fill('remyelination');
    await page.getByRole('searchbox', { name: 'Search the forum' }).press('Enter');
    await page.waitForURL(/\/search\?q=remyelination/);
    const hit = page.locator('.hits > li').first();
    await expect(hit.locator('mark').first().textContent()).resolves.toMatch(/remyelination/i);
    await expect(hit.locator('.snippet').textContent()).resolves.toMatch('& repair are possible if 5 < 6');
    expect(await hit.locator('.snippet *:not(mark)').count()).toBe(0);
    await saveScreenshot(page, 'search');
    await expect(hit.getByRole('link').getAttribute('href')).resolves.toBe(`/t/${thread.slug}#c-${comment.id}`);
    await page.context().close();
  });

  it('lets an author start and edit a thread without JavaScript, and tells a member they cannot', async () => {
    const page = await site.page({ javaScriptEnabled: false });
    await page.goto('/login?next=/new');
    await page.getByLabel('Handle or email').fill(author.handle);
    await page.getByLabel('Password').fill(author.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${site.origin}/new`);
    await page.getByLabel('Title').fill('Ab');
    await page.getByLabel('Article').fill('What we know about **vitamin D**.');
    await page.getByLabel('Tags').fill('vitamin d, Diet');
    await page.getByLabel('Moderate first').check();
    await page.getByRole('button', { name: 'Publish thread' }).click();
    await expect(page.locator('#field-title-error').textContent()).resolves.toBe('Use at least 3 characters');
    await expect(page.getByLabel('Tags').inputValue()).resolves.toBe('vitamin d, Diet');
    await expect(page.getByLabel('Moderate first').isChecked()).resolves.toBe(true);

    await page.getByLabel('Title').fill('Vitamin D and relapses');
    await page.getByRole('button', { name: 'Publish thread' }).click();
    await page.waitForURL(`${site.origin}/t/vitamin-d-and-relapses`);
    await expect(page.locator('.prose strong').textContent()).resolves.toBe('vitamin D');
    await expect(page.locator('.thread .tags').textContent()).resolves.toMatch(/vitamin d\s*diet/);
    await expect(page.locator('.thread .meta').textContent()).resolves.toMatch('moderated before they appear');

    await page.getByRole('link', { name: 'Edit thread' }).click();
    await expect(page.getByLabel('Tags').inputValue()).resolves.toBe('vitamin d, diet');
    await page.getByLabel('Tags').fill('vitamin d, diet, relapses');
    await page.getByLabel('Publish at once').check();
    await page.getByRole('button', { name: 'Save thread' }).click();
    await page.waitForURL(`${site.origin}/t/vitamin-d-and-relapses`);
    await expect(page.locator('.thread .tags').textContent()).resolves.toMatch(/vitamin d\s*diet\s*relapses/);
    await expect(page.getByRole('status').textContent()).resolves.toMatch('The thread is saved.');
    await expect(page.locator('.thread .meta').textContent()).resolves.not.toMatch('moderated before they appear');
    await page.context().close();

    const member = await site.newUser('member');
    const memberPage = await site.page({ as: member, javaScriptEnabled: false });
    for (const path of ['/new', '/t/vitamin-d-and-relapses/edit']) {
      const res = await memberPage.goto(path);
      expect(res?.status()).toBe(403);
      await expect(memberPage.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Not allowed');
    }
    expect(await memberPage.getByRole('link', { name: 'Edit thread' }).count()).toBe(0);
    await memberPage.context().close();
  });
});
