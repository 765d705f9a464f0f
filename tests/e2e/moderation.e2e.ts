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

  it('r asks for a reason in a dialog, u undoes the last decision, bulk select decides several, and a stale decision names who decided', async () => {
    const thread = await forum.newThread(author, { title: 'Cooling vests', body: 'Do they help with heat?', moderationMode: 'pre' });
    const member = await forum.newUser('member', 'Hot Summer');
    const [first, second, third] = [
      await forum.newComment(member, thread.slug, 'Buy my cooling vests here'),
      await forum.newComment(member, thread.slug, 'Mine helps on hot days'),
      await forum.newComment(member, thread.slug, 'Cheap vests, message me'),
    ];
    const state = async (id: string) => {
      const res = await forum.api<{ entries: Array<{ toState: string }> }>('GET', `/api/mod/log?comment=${id}`, { as: moderator });
      return res.body.entries[0]!.toState;
    };

    const page = await signedIn(moderator);
    await page.goto('/mod');
    await page.waitForLoadState('networkidle');
    await page.keyboard.press('j');
    await page.keyboard.press('r');
    const dialog = page.getByRole('dialog', { name: 'Reject this comment' });
    await dialog.waitFor();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('dialog-reason');
    await dialog.getByLabel('Reason').selectOption('Off-topic');
    await dialog.getByLabel('Note to the author').fill('Please keep adverts out');
    await saveScreenshot(page, 'mod-reject-dialog');
    await dialog.getByRole('button', { name: 'Reject' }).click();
    await waitForCards(page, 2);
    await expect(state(first.id)).resolves.toBe('rejected');
    await expect(page.locator('[data-testid="decision-message"]').textContent()).resolves.toMatch('Rejected.');

    await page.keyboard.press('u');
    await waitForCards(page, 3);
    await expect(state(first.id)).resolves.toBe('pending');
    expect(await tabCount(page, 'pending')).toBe(3);

    // A colleague decides one first: its card leaves this live page at once, and a page that
    // could not hear of it (no JavaScript) is told who was first when it decides too.
    const stale = await signedIn(moderator, { javaScriptEnabled: false });
    await stale.goto('/mod');
    const other = await forum.newUser('moderator', 'Quick Quinn');
    await forum.api('POST', `/api/mod/comments/${second.id}/decision`, { as: other, body: { action: 'approve', expectedState: 'pending' } });
    await waitForCards(page, 2);
    await stale.locator(`[data-id="${second.id}"]`).getByRole('button', { name: /Approve/ }).click();
    await expect(stale.locator('[data-testid="decision-error"]').textContent()).resolves.toMatch(`@${other.handle} decided "approve"`);
    await stale.context().close();

    for (const id of [first.id, third.id]) await page.getByLabel('Select the comment by Hot Summer').and(page.locator(`[value^="${id}"]`)).check();
    await expect(page.locator('.bulk-bar').textContent()).resolves.toMatch('2 selected');
    await page.getByRole('button', { name: 'Spam selected' }).click();
    await page.locator('[data-testid="queue-empty"]').waitFor();
    await expect(state(first.id)).resolves.toBe('spam');
    await expect(state(third.id)).resolves.toBe('spam');
    await page.context().close();
  });

  it('without JavaScript every decision is a plain form: reject with a reason and a note, then undo', async () => {
    const thread = await forum.newThread(author, { title: 'No script moderation', body: 'Body', moderationMode: 'pre' });
    const held = await forum.newComment(await forum.newUser('member', 'Plain Poster'), thread.slug, 'You are all sheep');
    const page = await signedIn(moderator, { javaScriptEnabled: false });
    await page.goto('/mod');
    const card = page.locator(`[data-id="${held.id}"]`);
    await card.locator('summary', { hasText: 'Reject' }).click();
    await card.getByLabel('Reason').selectOption('Personal attack');
    await card.getByLabel('Note to the author').fill('Please argue the point');
    await card.getByRole('button', { name: 'Reject', exact: true }).click();
    await expect(page.locator('[data-testid="decision-message"]').textContent()).resolves.toMatch('Rejected.');
    expect(await page.locator(`[data-id="${held.id}"]`).count()).toBe(0);
    const log = await forum.api<{ entries: Array<{ action: string; reason: string | null; note: string | null }> }>('GET', `/api/mod/log?comment=${held.id}`, { as: moderator });
    expect(log.body.entries[0]).toMatchObject({ action: 'reject', reason: 'Personal attack', note: 'Please argue the point' });
    await page.getByRole('button', { name: /Undo/ }).click();
    await page.locator(`[data-id="${held.id}"]`).waitFor();
    await page.locator(`[data-id="${held.id}"]`).getByRole('button', { name: /Approve/ }).click();
    expect(await page.locator('[data-testid="queue-empty"]').count()).toBe(1);
    await page.context().close();
  });

  it('a member reports a comment without JavaScript, and moderators see it in the reported tab with the reason and the reporter', async () => {
    const thread = await forum.newThread(author, { title: 'Diet and relapses', body: 'Does diet matter?' });
    const writer = await forum.newUser('member', 'Confident Carl');
    const claim = await forum.newComment(writer, thread.slug, 'Stop your medication, a keto diet cures MS');
    const opinion = await forum.newComment(writer, thread.slug, 'I think the trial was too small to mean much');

    const reporter = await forum.newUser('member', 'Careful Reader');
    const page = await signedIn(reporter, { javaScriptEnabled: false });
    await page.goto(`/t/${thread.slug}`);
    const reportOn = async (id: string, reason: string, note?: string) => {
      const comment = page.locator(`#c-${id} > article`);
      await comment.locator('summary', { hasText: 'Report' }).click();
      await comment.getByLabel(reason).check();
      if (note) await comment.getByLabel('A note for the moderators').fill(note);
      await comment.getByRole('button', { name: 'Send report' }).click();
      return page.locator(`#c-${id} > article [data-testid="report-thanks"]`).textContent();
    };
    await expect(reportOn(claim.id, 'Medical misinformation', 'Telling people to stop treatment is dangerous')).resolves.toMatch('A moderator will look at it');
    await saveScreenshot(page, 'report-sent');
    await expect(reportOn(opinion.id, 'I just disagree')).resolves.toMatch('nobody is asked to remove it');
    await page.context().close();

    const mod = await signedIn(moderator);
    await mod.goto('/mod?state=reported');
    expect(await tabCount(mod, 'reported')).toBe(1);
    const card = cards(mod);
    expect(await card.count()).toBe(1);
    await expect(card.locator('.comment-body').textContent()).resolves.toMatch('a keto diet cures MS');
    const reports = (await card.locator('[data-testid="reports"]').textContent())!;
    expect(reports).toMatch('Medical misinformation');
    expect(reports).toMatch('Careful Reader');
    expect(reports).toMatch('Telling people to stop treatment is dangerous');
    await saveScreenshot(mod, 'mod-queue-reported');
    await mod.context().close();
  });

  it('a new account posts the prophet testimonial in an auto thread: it never appears publicly, and moderators see it as spam with the phone number named', async () => {
    const thread = await forum.newThread(author, { title: 'Hope after diagnosis', body: 'Share what helped you.', moderationMode: 'auto' });
    const testimonial = 'I want to thank prophet jeremiah omoto for curing my MS after years of suffering. Contact him on WhatsApp +2348012345678, he will help you too';
    const newcomer = await forum.newUser('member', 'Grateful Grace');
    const page = await signedIn(newcomer, { javaScriptEnabled: false });
    await page.goto(`/t/${thread.slug}`);
    await page.getByLabel('Add a comment').fill(testimonial);
    await page.getByRole('button', { name: 'Post comment' }).click();
    await page.waitForLoadState('load');
    await saveScreenshot(page, 'prophet-as-its-author-sees-it');
    expect(page.url()).toMatch(/#c-/);
    await page.context().close();

    const reader = await newPage(browser, forum.origin, { javaScriptEnabled: false });
    await reader.goto(`/t/${thread.slug}`);
    expect(await reader.content()).not.toMatch(/prophet|2348012345678/);
    expect(await reader.locator('.comment').count()).toBe(0);
    await reader.context().close();
    const viaApi = await forum.api<{ comments: unknown[] }>('GET', `/api/threads/${thread.slug}`);
    expect(JSON.stringify(viaApi.body)).not.toMatch(/prophet/);

    const mod = await signedIn(moderator);
    await mod.goto('/mod?state=spam');
    const card = cards(mod).filter({ hasText: 'prophet jeremiah' });
    expect(await card.count()).toBe(1);
    await expect(card.locator('[data-testid="spam-reasons"]').textContent()).resolves.toMatch(/phone number \+234/);
    await saveScreenshot(mod, 'mod-queue-spam-prophet');
    await card.getByRole('link', { name: 'Only this thread' }).click();
    await mod.waitForURL((url) => url.searchParams.get('thread') !== null);
    expect(await cards(mod).count()).toBe(1);
    await expect(mod.locator('.notice').first().textContent()).resolves.toMatch('Only comments on “Hope after diagnosis”');
    await mod.context().close();
  });

  it('a member sees on their activity page the state and the moderator note of their comments, appeals a rejection once, and acknowledges a warning', async () => {
    const thread = await forum.newThread(author, { title: 'Vitamin D', body: 'Doses?', moderationMode: 'pre' });
    const member = await forum.newUser('member', 'Vera Vitamin');
    const held = await forum.newComment(member, thread.slug, 'I take 50,000 IU every day and you all should too');
    const waiting = await forum.newComment(member, thread.slug, 'What do your neurologists suggest?');
    await forum.api('POST', `/api/mod/comments/${held.id}/decision`, { as: moderator, body: { action: 'reject', reason: 'Medical misinformation', note: 'Please do not advise doses', expectedState: 'pending' } });
    await forum.api('POST', `/api/mod/users/${member.id}/warn`, { as: moderator, body: { message: 'Please keep dosing advice to your doctor.' } });

    const page = await signedIn(member, { javaScriptEnabled: false });
    await page.goto('/me');
    const rejected = page.locator(`#mine-${held.id}`);
    await expect(rejected.locator('.badge.warn').textContent()).resolves.toBe('Rejected');
    await expect(rejected.locator('[data-testid="moderator-note"]').textContent()).resolves.toMatch(/Medical misinformation[\s\S]*Please do not advise doses/);
    await expect(page.locator(`#mine-${waiting.id} .badge.warn`).textContent()).resolves.toBe('Awaiting moderation');
    await expect(page.locator('[data-testid="warning"]').textContent()).resolves.toMatch('Please keep dosing advice to your doctor.');
    await saveScreenshot(page, 'member-activity');

    await rejected.locator('summary', { hasText: 'Appeal this decision' }).click();
    await rejected.getByLabel('Why should the decision change?').fill('I was sharing what I do, not advising');
    await rejected.getByRole('button', { name: 'Send appeal' }).click();
    await expect(page.locator(`#mine-${held.id} [data-testid="appeal-status"]`).textContent()).resolves.toMatch('Appeal sent');
    expect(await page.locator(`#mine-${held.id} summary`, { hasText: 'Appeal this decision' }).count()).toBe(0);

    await page.getByRole('button', { name: 'I have read this' }).click();
    await page.waitForURL(`${forum.origin}/me`);
    expect(await page.locator('[data-testid="warning"]').count()).toBe(0);
    await page.context().close();
  });

  it('axe finds no serious or critical violations on the queue, its tabs, and the member activity page', async () => {
    const found: Record<string, string[]> = {};
    const check = async (page: Page, path: string) => {
      await page.goto(path);
      const violations = await seriousViolations(page);
      if (violations.length) found[path] = violations.map((v) => `${v.id}: ${v.help} (${v.targets.slice(0, 3).join(', ')})`);
    };
    const mod = await signedIn(moderator);
    for (const path of ['/mod', '/mod?state=reported', '/mod?state=spam', '/mod?state=approved']) await check(mod, path);
    await mod.context().close();
    const writer = await forum.newUser('member', 'Axe Writer');
    const thread = await forum.newThread(author, { title: 'Axe thread', body: 'Body', moderationMode: 'pre' });
    const rejected = await forum.newComment(writer, thread.slug, 'A comment a moderator will reject');
    await forum.newComment(writer, thread.slug, 'A comment still waiting');
    await forum.api('POST', `/api/mod/comments/${rejected.id}/decision`, { as: moderator, body: { action: 'reject', reason: 'Off-topic', note: 'Please stay on topic', expectedState: 'pending' } });
    await forum.api('POST', `/api/mod/users/${writer.id}/warn`, { as: moderator, body: { message: 'Mind the topic.' } });
    const member = await signedIn(writer);
    await check(member, '/me');
    expect(await member.locator('[data-testid="my-comment"]').count()).toBe(2);
    await member.context().close();
    expect(found).toEqual({});
  });

  it('in the dark theme axe passes on the queue, and on a 390 px phone neither the queue nor /me scrolls sideways', async () => {
    const thread = await forum.newThread(author, { title: 'A thread title long enough to wrap on a narrow phone screen, about haematopoietic stem cells', body: 'Body', moderationMode: 'pre' });
    const poster = await forum.newUser('member', 'Narrow Nora');
    await forum.newComment(poster, thread.slug, 'pneumonoultramicroscopicsilicovolcanoconiosisandevenlongerwordswithoutspaces https://example.org/a/very/long/path/that/keeps/going');

    const dark = await newPage(browser, forum.origin, { colorScheme: 'dark' });
    await dark.context().addCookies([{ name: 'forum_session', value: moderator.cookie.split('=')[1]!, url: forum.origin }]);
    await dark.goto('/mod');
    expect((await seriousViolations(dark)).map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    await dark.context().close();

    const overflowing: string[] = [];
    for (const [user, path] of [[moderator, '/mod'], [poster, '/me']] as const) {
      const phone = await newPage(browser, forum.origin, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
      await phone.context().addCookies([{ name: 'forum_session', value: user.cookie.split('=')[1]!, url: forum.origin }]);
      await phone.goto(path);
      const width = await phone.evaluate(() => document.documentElement.scrollWidth);
      if (width > 390) overflowing.push(`${path}: ${width}px`);
      await saveScreenshot(phone, `phone-${path.slice(1)}`);
      await phone.context().close();
    }
    expect(overflowing).toEqual([]);
  });
});
