import { describe, expect, it } from 'vitest';
import { saveScreenshot, seriousViolations } from './support/browser.ts';
import { useSite } from './support/journey.ts';

const site = useSite();

describe('member profiles', () => {
  it('shows the display name, role, joined date and only the published comments, linked to their place', async () => {
    const author = await site.newUser('author', 'Dr Petra Profile');
    const open = await site.newThread(author, { title: 'Open discussion', body: 'Say anything.' });
    const moderated = await site.newThread(author, { title: 'Moderated discussion', body: 'Everything waits.', moderationMode: 'pre' });
    const published = await site.newComment(author, open.slug, 'A comment *everyone* can read');
    expect((await site.newComment(author, moderated.slug, 'A comment still waiting for a moderator')).visibility).toBe('awaiting_moderation');

    const page = await site.page();
    await page.goto(`/t/${open.slug}`);
    await page.locator('.thread .meta').getByRole('link', { name: 'Dr Petra Profile' }).click();
    await page.waitForURL(`${site.origin}/u/${author.handle}`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Dr Petra Profile');
    const meta = (await page.locator('.profile .meta').textContent())!.replace(/\s+/g, ' ');
    expect(meta).toContain(`@${author.handle}`);
    expect(meta).toContain('author');
    expect(meta).toMatch(/joined \d{1,2} \w+ \d{4}/);
    await expect(page.locator('#profile-comments').textContent()).resolves.toBe('1 published comment');
    const items = page.locator('.profile-comments li');
    expect(await items.count()).toBe(1);
    await expect(items.locator('em').textContent()).resolves.toBe('everyone');
    expect(await page.getByText('still waiting for a moderator').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await saveScreenshot(page, 'profile');
    await items.getByRole('link', { name: 'Open discussion' }).click();
    await page.waitForURL(`${site.origin}/t/${open.slug}#c-${published.id}`);
    await page.context().close();
  });

  it('answers 404 with a helpful page for an unknown address, thread or handle', async () => {
    const page = await site.page();
    const unknownRoute = await page.goto('/no/such/page');
    expect(unknownRoute?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Page not found');
    expect(await seriousViolations(page)).toEqual([]);

    const unknownThread = await page.goto('/t/stem-cell-diet-myths');
    expect(unknownThread?.status()).toBe(404);
    await expect(page.locator('main').textContent()).resolves.toMatch('There is no thread at this address');
    await expect(page.getByLabel('Search the discussions instead').inputValue()).resolves.toBe('stem cell diet myths');
    expect(await seriousViolations(page)).toEqual([]);
    await saveScreenshot(page, 'not-found-thread');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL((url) => url.pathname === '/search' && url.searchParams.get('q') === 'stem cell diet myths');

    for (const handle of ['nobody_here', 'Not-A-Handle']) {
      const unknownMember = await page.goto(`/u/${handle}`);
      expect(unknownMember?.status()).toBe(404);
      await expect(page.locator('main').textContent()).resolves.toMatch(`No member has the handle @${handle}`);
    }
    await page.context().close();
  });
});
