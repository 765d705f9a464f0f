import { beforeAll, describe, expect, it } from 'vitest';
import { saveScreenshot, seriousViolations } from './support/browser.ts';
import type { ForumUser } from './support/forum.ts';
import { useSite, type PageOptions } from './support/journey.ts';

const site = useSite();
let member: ForumUser;
let author: ForumUser;
let firstId: string;
let slug: string;
let deepestId: string;

// A thread that stresses layout: deep nesting, a long unbroken word, a long link, a held comment.
beforeAll(async () => {
  author = await site.newUser('author', 'Dr Ana Author');
  member = await site.newUser('member', 'Maria Member');
  const thread = await site.newThread(author, { title: 'Layout under pressure: a thread with a very long title about autologous haematopoietic stem cell transplantation', body: 'See https://example.org/a/very/long/path/that/keeps/going/and/going/without/any/break/at/all/for/a/long/while', tags: ['hsct', 'layout'] });
  slug = thread.slug;
  let parentId: string | undefined;
  for (let depth = 0; depth < 8; depth++) {
    parentId = (await site.newComment(member, slug, `Depth ${depth}: pneumonoultramicroscopicsilicovolcanoconiosisandevenlongerwordswithoutspaces`, parentId)).id;
    firstId ??= parentId;
  }
  deepestId = parentId!;
  await site.newComment(member, slug, '> A quote\n\n- a list item\n- and [a link](https://example.org)');
});
const signedInPage = (options: PageOptions = {}) => site.page({ as: member, ...options });

const PAGES = () => ['/', `/t/${slug}`, `/t/${slug}?reply=${deepestId}`, `/t/${slug}/c/${firstId}`, '/login', '/register', '/search?q=depth', '/no-such-page', `/u/${member.handle}`, '/t/no-such-thread'];

describe('on a 390 px wide phone', () => {
  it('no page scrolls sideways', async () => {
    const page = await signedInPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const overflowing: string[] = [];
    for (const path of PAGES()) {
      await page.goto(path);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 390) overflowing.push(`${path}: ${width}px`);
    }
    expect(overflowing).toEqual([]);
    await page.context().close();
  });

  it('reading and replying work', async () => {
    const page = await signedInPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await page.goto(`/t/${slug}`);
    const top = page.locator('.comment-tree > .comment').first();
    await top.locator('> article').getByRole('link', { name: /^Reply/ }).click();
    await page.getByLabel('Your reply to Maria Member').fill('Replying from my phone');
    await page.getByRole('button', { name: 'Post reply' }).click();
    await page.waitForURL(/#c-/);
    await expect(page.getByText('Replying from my phone').isVisible()).resolves.toBe(true);
    await saveScreenshot(page, 'mobile-thread-reply');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.context().close();
  });
});

describe('accessibility', () => {
  it('axe finds no serious or critical violations on the home, thread, sign-in and other pages', async () => {
    const found: Record<string, string[]> = {};
    for (const signedIn of [false, true]) {
      const page = signedIn ? await signedInPage() : await site.page();
      for (const path of PAGES()) {
        await page.goto(path);
        const violations = await seriousViolations(page);
        if (violations.length) found[`${signedIn ? 'member' : 'reader'} ${path}`] = violations.map((v) => `${v.id}: ${v.help} (${v.targets.slice(0, 3).join(', ')})`);
      }
      await page.context().close();
    }
    expect(found).toEqual({});
  });

  it('a keyboard user can skip to the content and reach a comment’s reply form', async () => {
    const page = await signedInPage();
    await page.goto(`/t/${slug}`);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(new URL(page.url()).hash).toBe('#main');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
    const reply = page.locator(`#c-${firstId} > article`).getByRole('link', { name: /^Reply/ });
    await reply.focus();
    await page.keyboard.press('Enter');
    const box = page.getByLabel('Your reply to Maria Member');
    await box.waitFor();
    await expect(box.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.context().close();
  });

  it('the axe check does catch a serious violation when one is there', async () => {
    const page = await site.page();
    await page.goto('/login');
    await page.waitForLoadState('networkidle');
    // Outside the app's root, so hydration cannot take it away again.
    await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<main><img src="data:,"></main>'));
    expect((await seriousViolations(page)).map((v) => v.id)).toContain('image-alt');
    await page.context().close();
  });

  it('axe passes in the dark theme too, where contrast differs', async () => {
    const page = await signedInPage({ colorScheme: 'dark' });
    const found: Record<string, string[]> = {};
    for (const path of ['/', `/t/${slug}`]) {
      await page.goto(path);
      const violations = await seriousViolations(page);
      if (violations.length) found[path] = violations.map((v) => `${v.id}: ${v.help}`);
    }
    expect(found).toEqual({});
    await page.context().close();
  });

  it('axe passes on the author’s thread forms', async () => {
    const page = await site.page({ as: author });
    const found: Record<string, string[]> = {};
    for (const path of ['/new', `/t/${slug}/edit`]) {
      await page.goto(path);
      const violations = await seriousViolations(page);
      if (violations.length) found[path] = violations.map((v) => `${v.id}: ${v.help}`);
    }
    expect(found).toEqual({});
    await page.context().close();
  });
});
