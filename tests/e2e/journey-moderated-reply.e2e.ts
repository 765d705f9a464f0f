import { beforeAll, describe, expect, it } from 'vitest';
import { saveScreenshot } from './support/browser.ts';
import type { ForumUser } from './support/forum.ts';
import { useSite } from './support/journey.ts';
import { openLive, stillSamePage } from './support/live.ts';

const site = useSite();
let author: ForumUser;
let moderator: ForumUser;

beforeAll(async () => {
  author = await site.newUser('author', 'Dr Ana Author');
  moderator = await site.newUser('moderator', 'Mo Moderator');
});

/** A thread that holds comments from new members, with a branch three comments deep already approved. */
async function threadWithDeepBranch() {
  const thread = await site.newThread(author, { title: 'Relapses two years after HSCT', body: 'Has anyone had one?', moderationMode: 'auto' });
  const regular = await site.newUser('member', 'Rosa Regular');
  let parentId: string | undefined;
  for (const body of ['Not me, five years clear.', 'Same here, four years.', 'Mine came back at year three, mildly.']) {
    parentId = (await site.newComment(regular, thread.slug, body, parentId)).id;
    const approved = await site.api('POST', `/api/mod/comments/${parentId}/decision`, { as: moderator, body: { action: 'approve', expectedState: 'pending' } });
    expect(approved.status).toBe(200);
  }
  return { ...thread, thirdId: parentId! };
}

describe('journeys 1 and 2: a newcomer’s held reply, approved with the keyboard, appears live', () => {
  it('registers, replies three levels deep, waits for moderation; a moderator approves it with the keyboard; a second reader sees it without reloading', async () => {
    const thread = await threadWithDeepBranch();
    const reader = await openLive(site, `/t/${thread.slug}`);
    const queue = await openLive(site, '/mod', { as: moderator, topics: 1 });
    await expect(queue.locator('[data-testid="queue-empty"]').isVisible()).resolves.toBe(true);

    // Journey 1: the newcomer joins from the thread and replies at depth three.
    const newcomer = await site.page();
    await newcomer.goto(`/t/${thread.slug}`);
    await newcomer.locator('.join').getByRole('link', { name: 'join' }).click();
    await newcomer.getByLabel('Handle').fill(`newcomer_${process.pid}`);
    await newcomer.getByLabel('Display name').fill('Nina Newcomer');
    await newcomer.getByLabel('Email').fill(`newcomer_${process.pid}@example.org`);
    await newcomer.getByLabel('Password').fill('a long enough password');
    await newcomer.getByRole('button', { name: 'Create account' }).click();
    await newcomer.waitForURL((url) => url.pathname === `/t/${thread.slug}`);
    await newcomer.locator(`#c-${thread.thirdId}`).getByRole('link', { name: 'Reply to Rosa Regular' }).click();
    await newcomer.getByLabel('Your reply to Rosa Regular').fill('Did you need another round of treatment?');
    await newcomer.getByRole('button', { name: 'Post reply' }).click();
    const held = newcomer.locator(`#c-${thread.thirdId} .replies .comment`).first();
    await expect(held.locator('.badge.warn').textContent()).resolves.toMatch('Awaiting moderation');
    await expect(newcomer.getByRole('status').first().textContent()).resolves.toMatch('waiting for a moderator');
    await saveScreenshot(newcomer, 'journey-1-awaiting-moderation');
    const heldId = (await held.getAttribute('id'))!.slice(2);
    expect(await reader.locator(`#c-${heldId}`).count()).toBe(0);

    // Journey 2: the held reply reaches the open queue live; j then a approves it.
    const card = queue.locator(`[data-testid="queue-card"][data-id="${heldId}"]`);
    await card.waitFor();
    await saveScreenshot(queue, 'journey-2-queue-live');
    await queue.keyboard.press('j');
    await expect(queue.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.id)).resolves.toBe(heldId);
    await queue.keyboard.press('a');
    await card.waitFor({ state: 'detached' });
    await expect(queue.locator('[data-testid="decision-message"]').textContent()).resolves.toMatch('Approved');

    const shown = reader.locator(`#c-${heldId}`);
    await shown.waitFor({ state: 'attached' });
    // Its place is in the reader's view, so it waits for them to ask rather than push the page about.
    const show = reader.getByRole('button', { name: '1 new comment · Show' });
    await show.click();
    await show.waitFor({ state: 'detached' });
    await expect(shown.locator('.comment-body').isVisible()).resolves.toBe(true);
    await expect(shown.locator('.comment-body').textContent()).resolves.toMatch('Did you need another round of treatment?');
    await expect(shown.locator('.author').textContent()).resolves.toMatch('Nina Newcomer');
    await saveScreenshot(reader, 'journey-2-reader-sees-approved-reply');
    await expect(stillSamePage(reader)).resolves.toBe(true);
    await expect(stillSamePage(queue)).resolves.toBe(true);

    // The newcomer's own page learns the decision as well.
    await newcomer.waitForFunction((id) => !document.querySelector(`#c-${id} .badge.warn`), heldId);
    for (const page of [reader, queue, newcomer]) await page.context().close();
  });
});
