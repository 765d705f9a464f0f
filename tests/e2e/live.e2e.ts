import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { saveScreenshot, seriousViolations } from './support/browser.ts';
import type { ForumUser } from './support/forum.ts';
import { useSite } from './support/journey.ts';
import { followLayoutShifts, layoutShift, openLive, stillSamePage } from './support/live.ts';

const site = useSite();
let author: ForumUser;
let writer: ForumUser;

beforeAll(async () => {
  author = await site.newUser('author', 'Dr Live Author');
  writer = await site.newUser('member', 'Wren Writer');
});

/** A thread long enough to scroll, with comments of a few lines each. */
async function longThread(title: string, count: number) {
  const thread = await site.newThread(author, { title, body: 'A thread people answer while others read.' });
  const ids: string[] = [];
  for (let i = 0; i < count; i++) ids.push((await site.newComment(writer, thread.slug, `Comment ${i}\n\nwith a second paragraph that takes up some room on the page`)).id);
  return { ...thread, ids };
}

const live = (page: Page) => page.locator('[aria-live="polite"]').last();

describe('live updates on the thread page', () => {
  it('a comment posted in one browser appears in the other without a reload, marked new', async () => {
    const thread = await longThread('Two readers, one thread', 8);
    const reader = await openLive(site, `/t/${thread.slug}`, { as: await site.newUser('member', 'Rae Reader'), viewport: { width: 900, height: 700 } });
    const poster = await openLive(site, `/t/${thread.slug}`, { as: await site.newUser('member', 'Pat Poster') });

    await poster.getByLabel('Add a comment').fill('Posted while you were reading');
    await poster.getByRole('button', { name: 'Post comment' }).click();

    const arrived = reader.locator('.comment', { hasText: 'Posted while you were reading' });
    await arrived.waitFor({ state: 'attached' });
    await expect(live(reader).textContent()).resolves.toMatch(/^1 new comment/);
    await arrived.scrollIntoViewIfNeeded();
    await expect(arrived.isVisible()).resolves.toBe(true);
    await expect(arrived.locator('.author').textContent()).resolves.toMatch('Pat Poster');
    await expect(arrived.evaluate((el) => el.classList.contains('unseen'))).resolves.toBe(true);
    await expect(reader.locator('#comments-title').textContent()).resolves.toBe('9 comments');
    await saveScreenshot(reader, 'live-reader-sees-new-comment');
    await saveScreenshot(poster, 'live-poster');
    // Once it has been on screen a moment it is no longer new.
    const arrivedId = await arrived.getAttribute('id');
    expect(arrivedId).toMatch(/^c-/);
    await reader.waitForFunction((id) => !document.getElementById(id ?? '')?.classList.contains('unseen'), arrivedId);
    await expect(stillSamePage(reader)).resolves.toBe(true);
    await reader.context().close();
    await poster.context().close();
  });

  it('new comments above, inside and below the view move nothing the reader is looking at', async () => {
    const thread = await longThread('A busy thread', 24);
    const reader = await openLive(site, `/t/${thread.slug}`, { viewport: { width: 800, height: 600 } });
    const looking = reader.locator(`#c-${thread.ids[12]} > article`);
    await reader.evaluate((id) => document.getElementById(id)!.scrollIntoView({ block: 'start' }), `c-${thread.ids[12]}`);
    await followLayoutShifts(reader);
    const topBefore = await looking.evaluate((el) => el.getBoundingClientRect().top);

    const other = await site.newUser('member', 'Busy Replier');
    const above = await site.newComment(other, thread.slug, 'A reply far above the view', thread.ids[3]);
    const inView = await site.newComment(other, thread.slug, 'A reply right where the reader is', thread.ids[12]);
    const below = await site.newComment(other, thread.slug, 'A comment at the very end');
    for (const c of [above, inView, below]) await reader.locator(`#c-${c.id}`).waitFor({ state: 'attached' });
    await reader.waitForFunction((id) => !document.getElementById(id)?.classList.contains('waiting'), `c-${above.id}`);
    await reader.waitForFunction((id) => !document.getElementById(id)?.classList.contains('waiting'), `c-${below.id}`);

    const shifts = await layoutShift(reader);
    console.info(`layout shift while three comments arrived: ${shifts.score}`);
    expect(shifts.score, shifts.sources.join(', ')).toBeLessThan(0.001);
    expect(Math.abs((await looking.evaluate((el) => el.getBoundingClientRect().top)) - topBefore)).toBeLessThan(1);
    // The one whose place is in view waits, collapsed, until the reader asks for it.
    await expect(reader.locator(`#c-${inView.id}`).evaluate((el) => el.getBoundingClientRect().height)).resolves.toBe(0);
    const show = reader.getByRole('button', { name: /new comments? · Show/ });
    await expect(show.textContent()).resolves.toMatch(/^3 new comments/);
    await saveScreenshot(reader, 'live-waiting-in-view');
    expect(await seriousViolations(reader)).toEqual([]);
    await show.click();
    await expect(reader.locator(`#c-${inView.id} .comment-body`).isVisible()).resolves.toBe(true);
    // The two opened out of view are still new to the reader; the one in front of them no longer counts.
    await expect(show.textContent()).resolves.toMatch(/^2 new comments/);
    await reader.waitForFunction((id) => document.activeElement === document.querySelector(`#${id} > article`), `c-${inView.id}`);
    await saveScreenshot(reader, 'live-shown-on-request');
    await expect(stillSamePage(reader)).resolves.toBe(true);
    await reader.context().close();
  });

  it('shows edits, appreciations and removals as they happen', async () => {
    const thread = await longThread('Changing under the reader', 2);
    const [target] = thread.ids;
    const reader = await openLive(site, `/t/${thread.slug}`);
    const card = reader.locator(`#c-${target} > article`);

    expect((await site.api('PATCH', `/api/comments/${target}`, { as: writer, body: { body: 'Comment 0, corrected' } })).status).toBe(200);
    await reader.waitForFunction((id) => document.querySelector(`#c-${id} .comment-body`)?.textContent?.includes('corrected'), target);
    await expect(card.locator('.comment-head').textContent()).resolves.toMatch('edited');

    expect((await site.api('PUT', `/api/comments/${target}/appreciation`, { as: await site.newUser('member') })).status).toBe(200);
    await reader.waitForFunction((id) => document.querySelector(`#c-${id} > article .appreciate .count`)?.textContent === '1', target);

    expect((await site.api('DELETE', `/api/comments/${target}`, { as: writer })).status).toBe(204);
    // Without replies to keep in context, a deleted comment leaves no trace.
    await reader.locator(`#c-${target}`).waitFor({ state: 'detached' });
    await expect(reader.locator('#comments-title').textContent()).resolves.toBe('1 comment');
    await expect(stillSamePage(reader)).resolves.toBe(true);
    await reader.context().close();
  });

  it('follows the thread on the page of further replies too', async () => {
    const thread = await site.newThread(author, { title: 'A long branch', body: 'Deep talk.' });
    const ids: string[] = [];
    for (let depth = 0; depth < 12; depth++) ids.push((await site.newComment(writer, thread.slug, `Level ${depth}`, ids.at(-1))).id);
    const reader = await openLive(site, `/t/${thread.slug}/c/${ids[10]}`);
    const reply = await site.newComment(await site.newUser('member', 'Deep Diver'), thread.slug, 'Answering at level twelve', ids[11]);
    await reader.locator(`#c-${reply.id}`).waitFor({ state: 'attached' });
    await expect(live(reader).textContent()).resolves.toMatch(/^1 new comment/);
    await expect(stillSamePage(reader)).resolves.toBe(true);
    await reader.context().close();
  });

  it('keeps a reply the reader is typing while others post', async () => {
    const thread = await longThread('Typing while it moves', 3);
    const typist = await site.newUser('member', 'Tess Typist');
    const reader = await openLive(site, `/t/${thread.slug}`, { as: typist });
    await reader.locator(`#c-${thread.ids[0]}`).getByRole('link', { name: 'Reply to Wren Writer' }).click();
    const box = reader.getByLabel('Your reply to Wren Writer');
    await box.fill('Half a thought that must not vanish');
    await reader.getByLabel('Add a comment').fill('And a draft at the top');
    await box.focus();

    const news = await site.newComment(writer, thread.slug, 'A reply to the same comment', thread.ids[0]);
    await site.newComment(writer, thread.slug, 'And another at the end');
    await reader.locator(`#c-${news.id}`).waitFor({ state: 'attached' });
    await expect(reader.locator('#comments-title').textContent()).resolves.toBe('5 comments');

    await expect(box.inputValue()).resolves.toBe('Half a thought that must not vanish');
    await expect(box.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await expect(reader.getByLabel('Add a comment').inputValue()).resolves.toBe('And a draft at the top');
    await reader.getByRole('button', { name: 'Post reply' }).click();
    await reader.locator(`#c-${thread.ids[0]} .replies .comment-body`, { hasText: 'Half a thought that must not vanish' }).waitFor();
    await reader.context().close();
  });

  it("shows the writer their held comment's fate as soon as a moderator decides", async () => {
    const thread = await site.newThread(author, { title: 'Held, then decided', body: 'Comments wait here.', moderationMode: 'pre' });
    const held = await site.newUser('member', 'Hal Held');
    const page = await openLive(site, `/t/${thread.slug}`, { as: held });
    await page.getByLabel('Add a comment').fill('Am I allowed to say this?');
    await page.getByRole('button', { name: 'Post comment' }).click();
    const mine = page.locator('.comment', { hasText: 'Am I allowed to say this?' });
    await expect(mine.locator('.badge.warn').textContent()).resolves.toMatch('Awaiting moderation');
    const id = (await mine.getAttribute('id'))!.slice(2);
    const moderator = await site.newUser('moderator');
    const decided = await site.api('POST', `/api/mod/comments/${id}/decision`, { as: moderator, body: { action: 'approve', expectedState: 'pending' } });
    expect(decided.status).toBe(200);
    await page.waitForFunction((id) => !document.querySelector(`#c-${id} .badge.warn`), id);
    await expect(page.locator('#comments-title').textContent()).resolves.toBe('1 comment');

    // A rejection reaches only the writer's own topic: the thread's readers never saw the comment.
    await page.getByLabel('Add a comment').fill('Buy my miracle supplement');
    await page.getByRole('button', { name: 'Post comment' }).click();
    const second = page.locator('.comment', { hasText: 'Buy my miracle supplement' });
    await expect(second.locator('.badge.warn').textContent()).resolves.toMatch('Awaiting moderation');
    const secondId = (await second.getAttribute('id'))!.slice(2);
    const rejected = await site.api('POST', `/api/mod/comments/${secondId}/decision`, { as: moderator, body: { action: 'reject', reason: 'Off-topic', expectedState: 'pending' } });
    expect(rejected.status).toBe(200);
    await page.waitForFunction(() => !document.body.textContent?.includes('Buy my miracle supplement'));
    await expect(stillSamePage(page)).resolves.toBe(true);
    await page.context().close();
  });
});

describe('live updates on the moderation queue', () => {
  it('drops a comment another moderator decided, keeping focus at the same place, and counts new reports', async () => {
    const thread = await site.newThread(author, { title: 'Queue in motion', body: 'Everything waits.', moderationMode: 'pre' });
    const first = await site.newComment(writer, thread.slug, 'First in the queue');
    const second = await site.newComment(writer, thread.slug, 'Second in the queue');
    const moderator = await site.newUser('moderator', 'Mia Watching');
    const queue = await openLive(site, `/mod?thread=${thread.id}`, { as: moderator, topics: 1 });
    await queue.keyboard.press('j');
    const focusedId = () => queue.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.id);
    await expect(focusedId()).resolves.toBe(first.id);

    const count = async (tab: string) => Number(await queue.locator(`[data-testid="tab-${tab}"] .count`).textContent());
    const pending = await count('pending');
    const colleague = await site.newUser('moderator', 'Quick Colleague');
    await site.api('POST', `/api/mod/comments/${first.id}/decision`, { as: colleague, body: { action: 'approve', expectedState: 'pending' } });
    await queue.locator(`[data-id="${first.id}"]`).waitFor({ state: 'detached' });
    await expect(focusedId()).resolves.toBe(second.id);
    await expect(count('pending')).resolves.toBe(pending - 1);

    const reported = await site.newComment(writer, (await site.newThread(author, { title: 'Open talk', body: 'Anything goes.' })).slug, 'Buy cheap stem cells from me');
    const reports = await count('reported');
    const report = await site.api('POST', `/api/comments/${reported.id}/reports`, { as: await site.newUser('member'), body: { reason: 'spam' } });
    expect(report.status).toBe(201);
    await queue.waitForFunction((n) => document.querySelector('[data-testid="tab-reported"] .count')?.textContent === String(n), reports + 1);
    await saveScreenshot(queue, 'live-queue-after-colleague');
    await expect(stillSamePage(queue)).resolves.toBe(true);
    await queue.context().close();
  });
});
