import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, newPage, saveScreenshot } from './support/browser.ts';
import { startForum, type Forum } from './support/forum.ts';

let forum: Forum;
let browser: Browser;

beforeAll(async () => {
  [forum, browser] = await Promise.all([startForum({ demo: true }), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await forum?.stop();
});

const DEMO_TITLES = [
  'Is HSCT worth it for progressive MS?',
  'Moscow, Puebla or a trial at home? Comparing your options',
  'Paying for HSCT abroad: real costs, fundraising and what nobody tells you',
  'What the HSCT trials actually show, and what they do not',
  'Recovery diaries: the first year after transplant',
];

describe('the demo forum on a first start', () => {
  it('shows a visitor the five demo threads and a discussion nested five replies deep', async () => {
    const page = await newPage(browser, forum.origin, { javaScriptEnabled: false });
    await page.goto('/');
    expect((await page.locator('.thread-list h2').allTextContents()).sort()).toEqual([...DEMO_TITLES].sort());
    await page.getByRole('link', { name: 'What the HSCT trials actually show, and what they do not' }).click();
    await page.waitForURL(/\/t\/what-the-hsct-trials-show/);
    await expect(page.getByText('Write down your questions before the appointment').isVisible()).resolves.toBe(true);
    await expect(page.getByText('HSCT cultists').count()).resolves.toBe(0);
    await saveScreenshot(page, 'demo-thread');
    await page.context().close();
  });

  it('signs the demo moderator in with the README password, and sees the demo queue on the moderation page', async () => {
    const page = await newPage(browser, forum.origin);
    await page.goto('/login');
    await page.getByLabel('Handle or email').fill('demo_moderator');
    await page.getByLabel('Password').fill('demo-moderator-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByTestId('signed-in').waitFor();
    await expect(page.getByTestId('signed-in').textContent()).resolves.toMatch(/Morgan Reyes\s*moderator/);
    await page.getByRole('link', { name: 'Moderation' }).click();
    await page.waitForURL(/\/mod/);
    const count = async (state: string) => Number(await page.getByTestId(`tab-${state}`).locator('.count').textContent());
    expect(await count('pending')).toBeGreaterThanOrEqual(4);
    expect(await count('reported')).toBeGreaterThanOrEqual(3);
    expect(await count('spam')).toBe(3);
    await expect(page.getByTestId('queue-card').count()).resolves.toBeGreaterThanOrEqual(4);
    await saveScreenshot(page, 'demo-moderation-queue');
    await page.context().close();
  });
});
