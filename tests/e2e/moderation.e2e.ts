import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { saveScreenshot, seriousViolations } from './support/browser.ts';
import type { ForumUser } from './support/forum.ts';
import { useSite } from './support/journey.ts';

const site = useSite();
let author: ForumUser;
let moderator: ForumUser;

beforeAll(async () => {
  author = await site.newUser('author', 'Dr Ana Author');
  moderator = await site.newUser('moderator', 'Mo Moderator');
});

const cards = (page: Page) => page.locator('[data-testid="queue-card"]');
const tabCount = async (page: Page, state: string) => Number(await page.locator(`[data-testid="tab-${state}"] .count`).textContent());

/** Waits until the queue shows this many cards and is ready for the next key, after a decision reloaded it. */
async function waitForCards(page: Page, n: number) {
  await page.waitForFunction(
    (count) => document.querySelectorAll('[data-testid="queue-card"]').length === count && !document.querySelector('.queue[aria-busy="true"]'),
    n,
  );
}

describe('the moderation queue', () => {
  it('a moderator clears a queue of 5 pending comments with the keyboard alone', async () => {
    const thread = await site.newThread(author, { title: 'Fatigue after HSCT', body: 'How long did it last for you?', moderationMode: 'pre' });
    const member = await site.newUser('member', 'Patient Pat');
    const bodies = [1, 2, 3, 4, 5].map((n) => `My fatigue, month ${n} after transplant`);
    for (const body of bodies) expect((await site.newComment(member, thread.slug, body)).visibility).toBe('awaiting_moderation');

    const page = await site.page({ as: moderator });
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

    const reader = await site.page({ javaScriptEnabled: false });
    await reader.goto(`/t/${thread.slug}`);
    const shown = (await reader.locator('.comment-body').allTextContents()).map((t) => t.trim());
    expect(shown).toEqual(bodies);
    await reader.context().close();
  });

  it('r asks for a reason in a dialog, u undoes the last decision or bulk action, bulk select decides several, and a stale decision names who decided', async () => {
    const thread = await site.newThread(author, { title: 'Cooling vests', body: 'Do they help with heat?', moderationMode: 'pre' });
    const member = await site.newUser('member', 'Hot Summer');
    const [first, second, third] = [
      await site.newComment(member, thread.slug, 'Buy my cooling vests here'),
      await site.newComment(member, thread.slug, 'Mine helps on hot days'),
      await site.newComment(member, thread.slug, 'Cheap vests, message me'),
    ];
    const state = async (id: string) => {
      const res = await site.api<{ entries: Array<{ toState: string }> }>('GET', `/api/mod/log?comment=${id}`, { as: moderator });
      return res.body.entries[0]!.toState;
    };

    const page = await site.page({ as: moderator });
    await page.goto('/mod');
    await page.waitForLoadState('networkidle');
    await page.keyboard.press('j');
    await page.keyboard.press('r');
    const dialog = page.getByRole('dialog', { name: 'Reject this comment' });
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).resolves.toBe('queue-card');
    await page.keyboard.press('r');
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
    const stale = await site.page({ as: moderator, javaScriptEnabled: false });
    await stale.goto('/mod');
    const other = await site.newUser('moderator', 'Quick Quinn');
    await site.api('POST', `/api/mod/comments/${second.id}/decision`, { as: other, body: { action: 'approve', expectedState: 'pending' } });
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
    await expect(page.locator('[data-testid="decision-message"]').textContent()).resolves.toMatch('Marked as spam: 2 comments.');

    await page.keyboard.press('u');
    await waitForCards(page, 2);
    await expect(state(first.id)).resolves.toBe('pending');
    await expect(state(third.id)).resolves.toBe('pending');
    await page.keyboard.press('j');
    await page.keyboard.press('s');
    await waitForCards(page, 1);
    await page.keyboard.press('s');
    await page.locator('[data-testid="queue-empty"]').waitFor();
    await page.context().close();
  });

  it('the open queue follows changes live: a newly held comment appears, and one another moderator decided leaves', async () => {
    const thread = await site.newThread(author, { title: 'Live queue', body: 'Body', moderationMode: 'pre' });
    const page = await site.page({ as: moderator });
    await page.goto('/mod');
    await page.waitForLoadState('networkidle');
    const before = await cards(page).count();
    const held = await site.newComment(await site.newUser('member', 'Live Lou'), thread.slug, 'Arrives while the moderator watches');
    await page.locator(`[data-id="${held.id}"]`).waitFor();
    expect(await tabCount(page, 'pending')).toBe(before + 1);
    const other = await site.newUser('moderator');
    await site.api('POST', `/api/mod/comments/${held.id}/decision`, { as: other, body: { action: 'approve', expectedState: 'pending' } });
    await waitForCards(page, before);
    await page.context().close();
  });

  it('opens the author history in a drawer over the queue, at the member page URL, and Escape brings the queue back', async () => {
    const thread = await site.newThread(author, { title: 'Drawer thread', body: 'Body', moderationMode: 'pre' });
    const writer = await site.newUser('member', 'Drawer Dana');
    const held = await site.newComment(writer, thread.slug, 'Look at my history');
    await site.api('POST', `/api/mod/users/${writer.id}/notes`, { as: moderator, body: { body: 'Asked twice about dosing' } });
    const page = await site.page({ as: moderator });
    await page.goto('/mod');
    await page.waitForLoadState('networkidle');
    await page.locator(`[data-id="${held.id}"]`).getByRole('link', { name: /Drawer Dana/ }).click();
    const drawer = page.getByRole('dialog', { name: /Drawer Dana/ });
    await drawer.waitFor();
    expect(new URL(page.url()).pathname).toBe(`/mod/users/${writer.id}`);
    await expect(drawer.textContent()).resolves.toMatch('Asked twice about dosing');
    await expect(drawer.textContent()).resolves.toMatch('Look at my history');
    expect((await seriousViolations(page)).map((v) => v.id)).toEqual([]);
    await saveScreenshot(page, 'mod-user-drawer');
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
    await page.waitForURL(`${site.origin}/mod`);
    expect(await page.locator(`[data-id="${held.id}"]`).count()).toBe(1);
    await site.api('POST', `/api/mod/comments/${held.id}/decision`, { as: moderator, body: { action: 'approve', expectedState: 'pending' } });
    await page.context().close();
  });

  it('without JavaScript every decision is a plain form: reject with a reason and a note, undo, and restore from the spam tab, which stays open', async () => {
    const thread = await site.newThread(author, { title: 'No script moderation', body: 'Body', moderationMode: 'pre' });
    const held = await site.newComment(await site.newUser('member', 'Plain Poster'), thread.slug, 'You are all sheep');
    const page = await site.page({ as: moderator, javaScriptEnabled: false });
    await page.goto('/mod');
    const card = page.locator(`[data-id="${held.id}"]`);
    await card.locator('summary', { hasText: 'Reject' }).click();
    await card.getByLabel('Reason').selectOption('Personal attack');
    await card.getByLabel('Note to the author').fill('Please argue the point');
    await card.getByRole('button', { name: 'Reject', exact: true }).click();
    await expect(page.locator('[data-testid="decision-message"]').textContent()).resolves.toMatch('Rejected.');
    expect(await page.locator(`[data-id="${held.id}"]`).count()).toBe(0);
    const log = await site.api<{ entries: Array<{ action: string; reason: string | null; note: string | null }> }>('GET', `/api/mod/log?comment=${held.id}`, { as: moderator });
    expect(log.body.entries[0]).toMatchObject({ action: 'reject', reason: 'Personal attack', note: 'Please argue the point' });
    await page.getByRole('button', { name: /Undo/ }).click();
    await page.locator(`[data-id="${held.id}"]`).waitFor();
    await page.locator(`[data-id="${held.id}"]`).getByRole('button', { name: /Approve/ }).click();
    await expect(page.locator('[data-testid="decision-message"]').textContent()).resolves.toMatch('Approved.');
    expect(await page.locator(`[data-id="${held.id}"]`).count()).toBe(0);

    const flagged = await site.newComment(await site.newUser('member'), thread.slug, 'Not spam after all');
    await site.api('POST', `/api/mod/comments/${flagged.id}/decision`, { as: moderator, body: { action: 'spam', expectedState: 'pending' } });
    await page.goto('/mod?state=spam');
    await page.locator(`[data-id="${flagged.id}"]`).getByRole('button', { name: /Restore/ }).click();
    await expect(page.locator('[data-testid="decision-message"]').textContent()).resolves.toMatch('Restored.');
    await expect(page.locator('[data-testid="tab-spam"]').getAttribute('aria-current')).resolves.toBe('page');
    await page.context().close();
  });

  it('members report a comment, with and without JavaScript, and moderators see it in the reported tab with the reasons and the reporters', async () => {
    const thread = await site.newThread(author, { title: 'Diet and relapses', body: 'Does diet matter?' });
    const writer = await site.newUser('member', 'Confident Carl');
    const claim = await site.newComment(writer, thread.slug, 'Stop your medication, a keto diet cures MS');
    const opinion = await site.newComment(writer, thread.slug, 'I think the trial was too small to mean much');

    const reporter = await site.newUser('member', 'Careful Reader');
    const page = await site.page({ as: reporter, javaScriptEnabled: false });
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

    const enhanced = await site.page({ as: await site.newUser('member', 'Second Reader') });
    await enhanced.goto(`/t/${thread.slug}`);
    await enhanced.waitForLoadState('networkidle');
    await enhanced.evaluate(() => ((window as unknown as { marker: number }).marker = 7));
    const claimCard = enhanced.locator(`#c-${claim.id} > article`);
    await claimCard.locator('summary', { hasText: 'Report' }).click();
    await claimCard.getByLabel('Spam or advertising').check();
    await claimCard.getByRole('button', { name: 'Send report' }).click();
    await claimCard.locator('[data-testid="report-thanks"]').waitFor();
    await expect(enhanced.evaluate(() => (window as unknown as { marker?: number }).marker)).resolves.toBe(7);
    await enhanced.context().close();

    const mod = await site.page({ as: moderator });
    await mod.goto('/mod?state=reported');
    expect(await tabCount(mod, 'reported')).toBe(1);
    const card = cards(mod);
    expect(await card.count()).toBe(1);
    await expect(card.locator('.comment-body').textContent()).resolves.toMatch('a keto diet cures MS');
    const reports = (await card.locator('[data-testid="reports"]').textContent())!;
    expect(reports).toMatch('Medical misinformation');
    expect(reports).toMatch('Careful Reader');
    expect(reports).toMatch('Telling people to stop treatment is dangerous');
    expect(reports).toMatch(/Spam or advertising\s+by Second Reader/);
    await saveScreenshot(mod, 'mod-queue-reported');
    await mod.context().close();

    const own = await site.page({ as: writer, javaScriptEnabled: false });
    await own.goto('/me');
    await expect(own.locator(`#mine-${opinion.id}`).textContent()).resolves.toMatch('1 reader says they disagree. Only you see this.');
    await expect(own.locator(`#mine-${claim.id}`).textContent()).resolves.not.toMatch('disagree');
    await own.context().close();
  });

  it('a new account posts the prophet testimonial in an auto thread: it never appears publicly, and moderators see it as spam with the phone number named', async () => {
    const thread = await site.newThread(author, { title: 'Hope after diagnosis', body: 'Share what helped you.', moderationMode: 'auto' });
    const testimonial = 'I want to thank prophet jeremiah omoto for curing my MS after years of suffering. Contact him on WhatsApp +2348012345678, he will help you too';
    const newcomer = await site.newUser('member', 'Grateful Grace');
    const page = await site.page({ as: newcomer, javaScriptEnabled: false });
    await page.goto(`/t/${thread.slug}`);
    await page.getByLabel('Add a comment').fill(testimonial);
    await page.getByRole('button', { name: 'Post comment' }).click();
    await page.waitForLoadState('load');
    await saveScreenshot(page, 'prophet-as-its-author-sees-it');
    expect(page.url()).toMatch(/#c-/);
    await page.context().close();

    const reader = await site.page({ javaScriptEnabled: false });
    await reader.goto(`/t/${thread.slug}`);
    expect(await reader.content()).not.toMatch(/prophet|2348012345678/);
    expect(await reader.locator('.comment').count()).toBe(0);
    await reader.context().close();
    const viaApi = await site.api<{ comments: unknown[] }>('GET', `/api/threads/${thread.slug}`);
    expect(JSON.stringify(viaApi.body)).not.toMatch(/prophet/);

    const mod = await site.page({ as: moderator });
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
    const thread = await site.newThread(author, { title: 'Vitamin D', body: 'Doses?', moderationMode: 'pre' });
    const member = await site.newUser('member', 'Vera Vitamin');
    const held = await site.newComment(member, thread.slug, 'I take 50,000 IU every day and you all should too');
    const waiting = await site.newComment(member, thread.slug, 'What do your neurologists suggest?');
    await site.api('POST', `/api/mod/comments/${held.id}/decision`, { as: moderator, body: { action: 'reject', reason: 'Medical misinformation', note: 'Please do not advise doses', expectedState: 'pending' } });
    await site.api('POST', `/api/mod/users/${member.id}/warn`, { as: moderator, body: { message: 'Please keep dosing advice to your doctor.' } });

    const page = await site.page({ as: member, javaScriptEnabled: false });
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
    await page.waitForURL(`${site.origin}/me`);
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
    const mod = await site.page({ as: moderator });
    for (const path of ['/mod', '/mod?state=reported', '/mod?state=spam', '/mod?state=approved']) await check(mod, path);
    await mod.context().close();
    const writer = await site.newUser('member', 'Axe Writer');
    const thread = await site.newThread(author, { title: 'Axe thread', body: 'Body', moderationMode: 'pre' });
    const rejected = await site.newComment(writer, thread.slug, 'A comment a moderator will reject');
    await site.newComment(writer, thread.slug, 'A comment still waiting');
    await site.api('POST', `/api/mod/comments/${rejected.id}/decision`, { as: moderator, body: { action: 'reject', reason: 'Off-topic', note: 'Please stay on topic', expectedState: 'pending' } });
    await site.api('POST', `/api/mod/users/${writer.id}/warn`, { as: moderator, body: { message: 'Mind the topic.' } });
    const member = await site.page({ as: writer });
    await check(member, '/me');
    expect(await member.locator('[data-testid="my-comment"]').count()).toBe(2);
    await member.context().close();
    expect(found).toEqual({});
  });

  it('in the dark theme axe passes on the queue, and on a 390 px phone neither the queue nor /me scrolls sideways', async () => {
    const thread = await site.newThread(author, { title: 'A thread title long enough to wrap on a narrow phone screen, about haematopoietic stem cells', body: 'Body', moderationMode: 'pre' });
    const poster = await site.newUser('member', 'Narrow Nora');
    await site.newComment(poster, thread.slug, 'pneumonoultramicroscopicsilicovolcanoconiosisandevenlongerwordswithoutspaces https://example.org/a/very/long/path/that/keeps/going');

    const dark = await site.page({ as: moderator, colorScheme: 'dark' });
    await dark.goto('/mod');
    expect((await seriousViolations(dark)).map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    await dark.context().close();

    const overflowing: string[] = [];
    for (const [user, path] of [[moderator, '/mod'], [poster, '/me']] as const) {
      const phone = await site.page({ as: user, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
      await phone.goto(path);
      const width = await phone.evaluate(() => document.documentElement.scrollWidth);
      if (width > 390) overflowing.push(`${path}: ${width}px`);
      await saveScreenshot(phone, `phone-${path.slice(1)}`);
      await phone.context().close();
    }
    expect(overflowing).toEqual([]);
  });
});
