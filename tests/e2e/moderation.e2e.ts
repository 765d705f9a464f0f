import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage, saveScreenshot, seriousViolations } from './support/browser.ts';
import { startForum, type Forum, type ForumUser } from './support/forum.ts';

let forum: Forum;
let browser: Browser;
let author: ForumUser;
let moderator: ForumUser;

beforeAll(async () => {
  [forum, browser] = await Promise.all([startForum(), launchBrowser()]);
  author = await forum.newUser('author', 'Dr Ana Author');
  moderator = await forum.newUser('moderator', 'Mo Moderator');
});
afterAll(async () => {
  await browser?.close();
  await forum?.stop();
});

async function signedIn(user: ForumUser, options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const page = await newPage(browser, forum.origin, options);
  const [name, value] = user.cookie.split('=') as [string, string];
  await page.context().addCookies([{ name, value, url: forum.origin }]);
  return page;
}

const cards = (page: Page) => page.locator('[data-testid="queue-card"]');
const tabCount = async (page: Page, state: string) => Number(await page.locator(`[data-testid="tab-${state}"] .count`).textContent());

/** Waits until the queue shows this many cards, after a decision reloaded it. */
async function waitForCards(page: Page, n: number) {
  await page.waitForFunction((count) => document.querySelectorAll('[data-testid="queue-card"]').length === count, n);
}

describe('the moderation queue', () => {
  it('a moderator clears a queue of 5 pending comments with the keyboard alone', async () => {
    const thread = await forum.newThread(author, { title: 'Fatigue after HSCT', body: 'How long did it last for you?', moderationMode: 'pre' });
    const member = await forum.newUser('member', 'Patient Pat');
    const bodies = [1, 2, 3, 4, 5].map((n) => `My fatigue, month ${n} after transplant`);
    for (const body of bodies) expect((await forum.newComment(member, thread.slug, body)).visibility).toBe('awaiting_moderation');

    const page = await signedIn(moderator);
    await page.goto('/mod');
    await page.waitForLoadState('networkidle');
    expect(await tabCount(page, 'pending')).toBe(5);
    expect(await cards(page).count()).toBe(5);
    await saveScreenshot(page, 'mod-queue-five-pending');

    await page.keyboard.press('j');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).resolves.toBe('queue-card');
    for (let left = 4; left >= 0; left--) {
      await page.keyboard.press('a');
      await waitForCards(page, left);
    }
    await page.locator('[data-testid="queue-empty"]').waitFor();
    expect(await tabCount(page, 'pending')).toBe(0);
    expect(await tabCount(page, 'approved')).toBe(5);
    await saveScreenshot(page, 'mod-queue-cleared');
    await page.context().close();

    const reader = await newPage(browser, forum.origin, { javaScriptEnabled: false });
    await reader.goto(`/t/${thread.slug}`);
    const shown = (await reader.locator('.comment-body').allTextContents()).map((t) => t.trim());
    expect(shown).toEqual(bodies);
    await reader.context().close();
  });
});
