import { beforeAll, describe, expect, it } from 'vitest';
import { saveScreenshot } from './support/browser.ts';
import type { ForumUser } from './support/forum.ts';
import { useSite } from './support/journey.ts';

const site = useSite();
let author: ForumUser;

beforeAll(async () => {
  author = await site.newUser('author', 'Dr Ana Author');
});

describe('the thread page', () => {
  it('shows the article, its tags and the nested comments, each with a reply link', async () => {
    const thread = await site.newThread(author, { title: 'Reading the HSCT trial', body: 'The trial compared **HSCT** with drugs.', tags: ['hsct', 'trials'] });
    const member = await site.newUser('member', 'Maria Member');
    let parentId: string | undefined;
    for (let depth = 0; depth < 6; depth++) parentId = (await site.newComment(member, thread.slug, `Thought at depth ${depth}`, parentId)).id;

    const page = await site.page({ javaScriptEnabled: false });
    await page.goto(`/t/${thread.slug}`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Reading the HSCT trial');
    await expect(page.locator('.prose strong').textContent()).resolves.toBe('HSCT');
    await expect(page.locator('.thread .tags').textContent()).resolves.toMatch(/hsct\s*trials/);
    expect(await page.locator('.comment').count()).toBe(6);
    const replyLinks = page.getByRole('link', { name: /^Reply to Maria Member$/ });
    expect(await replyLinks.count()).toBe(6);
    await replyLinks.last().click();
    await page.waitForURL(/\/login\?next=/);
    await page.context().close();

    const reader = await site.page({ as: await site.newUser('member'), javaScriptEnabled: false });
    await reader.goto(`/t/${thread.slug}`);
    expect(await reader.getByRole('link', { name: /^Reply to Maria Member$/ }).count()).toBe(6);
    const deepest = reader.locator(`#c-${parentId}`);
    await expect(deepest.locator('.replying-to').textContent()).resolves.toBe('replying to Maria Member');
    await reader.context().close();
  });

  it('posts a reply three levels deep without JavaScript and shows it in place', async () => {
    const thread = await site.newThread(author, { title: 'Deep replies', body: 'Reply as deep as you like.' });
    const member = await site.newUser('member', 'First Writer');
    const top = await site.newComment(member, thread.slug, 'Top level');
    const second = await site.newComment(member, thread.slug, 'Second level', top.id);
    const third = await site.newComment(member, thread.slug, 'Third level', second.id);

    const replier = await site.newUser('member', 'Quiet Replier');
    const page = await site.page({ as: replier, javaScriptEnabled: false });
    await page.goto(`/t/${thread.slug}`);
    await page.locator(`#c-${third.id}`).getByRole('link', { name: /^Reply/ }).first().click();
    await page.getByLabel('Your reply to First Writer').fill('An answer at depth three');
    await page.getByRole('button', { name: 'Post reply' }).click();
    const reply = page.locator(`#c-${third.id} .replies .comment`).first();
    await expect(reply.locator('.comment-body').textContent()).resolves.toMatch('An answer at depth three');
    await expect(reply.locator('.author').textContent()).resolves.toMatch('Quiet Replier');
    expect(new URL(page.url()).hash).toMatch(/^#c-/);
    await saveScreenshot(page, 'thread-reply-depth-3');
    await page.context().close();
  });

  it('shows a comment body with a script tag as text, and runs nothing', async () => {
    const thread = await site.newThread(author, { title: 'Scripts stay text', body: 'Body' });
    const member = await site.newUser('member');
    await site.newComment(member, thread.slug, '<script>alert(1)</script> and <img src=x onerror=alert(2)>');
    const page = await site.page();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(`/t/${thread.slug}`);
    await page.waitForLoadState('networkidle');
    await expect(page.locator('.comment-body').textContent()).resolves.toMatch('<script>alert(1)</script> and <img src=x onerror=alert(2)>');
    expect(await page.locator('.comment-body script, .comment-body img').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await page.context().close();
  });

  it('tells the author their held comment awaits moderation, and hides it from others', async () => {
    const thread = await site.newThread(author, { title: 'Moderated first', body: 'Every comment waits.', moderationMode: 'pre' });
    const writer = await site.newUser('member', 'Held Writer');
    const page = await site.page({ as: writer, javaScriptEnabled: false });
    await page.goto(`/t/${thread.slug}`);
    await page.getByLabel('Add a comment').fill('Does this wait for a moderator?');
    await page.getByRole('button', { name: 'Post comment' }).click();
    const mine = page.locator('.comment').first();
    await expect(mine.locator('.badge.warn').textContent()).resolves.toMatch('Awaiting moderation');
    await expect(page.getByRole('status').textContent()).resolves.toMatch('waiting for a moderator');
    await saveScreenshot(page, 'thread-awaiting-moderation');
    await page.reload();
    await expect(page.getByRole('status').textContent()).resolves.not.toMatch('waiting for a moderator');
    await page.context().close();

    const other = await site.page({ javaScriptEnabled: false });
    await other.goto(`/t/${thread.slug}`);
    expect(await other.locator('.comment').count()).toBe(0);
    await other.context().close();
  });

  it('lets the writer edit and delete their comment, and others appreciate it once', async () => {
    const thread = await site.newThread(author, { title: 'Edit and delete', body: 'Body' });
    const writer = await site.newUser('member', 'Edith Writer');
    const posted = await site.newComment(writer, thread.slug, 'Frist thoughts');
    const reply = await site.newComment(await site.newUser('member', 'Rita Replier'), thread.slug, 'A reply that must survive', posted.id);

    const fan = await site.page({ as: await site.newUser('member'), javaScriptEnabled: false });
    await fan.goto(`/t/${thread.slug}`);
    const appreciate = fan.locator(`#c-${posted.id} > article`).getByRole('button', { name: /Appreciate/ });
    await appreciate.click();
    await expect(appreciate.getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(appreciate.locator('.count').textContent()).resolves.toBe('1');
    await appreciate.click();
    await expect(appreciate.getAttribute('aria-pressed')).resolves.toBe('false');
    await appreciate.click();
    await fan.context().close();

    const page = await site.page({ as: writer, javaScriptEnabled: false });
    await page.goto(`/t/${thread.slug}`);
    const mine = page.locator(`#c-${posted.id} > article`);
    await expect(mine.locator('.comment-actions').textContent()).resolves.toMatch('1 appreciation');
    await mine.getByRole('link', { name: 'Edit', exact: true }).click();
    const editor = page.getByLabel('Edit your comment');
    await expect(editor.inputValue()).resolves.toBe('Frist thoughts');
    await editor.fill('First thoughts');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(mine.locator('.comment-body').textContent()).resolves.toMatch('First thoughts');
    await expect(mine.locator('.comment-head').textContent()).resolves.toMatch('edited');

    await mine.locator('summary', { hasText: 'Delete' }).click();
    await mine.getByRole('button', { name: 'Delete comment' }).click();
    await expect(page.locator(`#c-${posted.id} > article .placeholder`).textContent()).resolves.toBe('[deleted]');
    await expect(page.locator(`#c-${reply.id} .comment-body`).textContent()).resolves.toMatch('A reply that must survive');
    await page.context().close();
  });

  it('sorts comments oldest, newest or most appreciated first', async () => {
    const thread = await site.newThread(author, { title: 'Sorting', body: 'Body' });
    const member = await site.newUser('member');
    await site.newComment(member, thread.slug, 'Written first');
    const second = await site.newComment(member, thread.slug, 'Written second');
    await site.newComment(member, thread.slug, 'Written third');
    await site.api('PUT', `/api/comments/${second.id}/appreciation`, { as: await site.newUser('member') });

    const page = await site.page({ javaScriptEnabled: false });
    const order = () => page.locator('.comment-tree > .comment .comment-body').allTextContents().then((texts) => texts.map((t) => t.trim()));
    await page.goto(`/t/${thread.slug}`);
    expect(await order()).toEqual(['Written first', 'Written second', 'Written third']);
    await page.getByRole('link', { name: 'Newest' }).click();
    expect(await order()).toEqual(['Written third', 'Written second', 'Written first']);
    await page.getByRole('link', { name: 'Most appreciated' }).click();
    expect((await order())[0]).toBe('Written second');
    await expect(page.getByRole('link', { name: 'Most appreciated' }).getAttribute('aria-current')).resolves.toBe('true');
    await page.context().close();
  });

  it('links a branch cut by the page bounds to its remaining replies, where replying still works', async () => {
    const thread = await site.newThread(author, { title: 'A very long branch', body: 'Body' });
    const member = await site.newUser('member', 'Long Talker');
    const ids: string[] = [];
    for (let depth = 0; depth < 12; depth++) ids.push((await site.newComment(member, thread.slug, `Level ${depth}`, ids.at(-1))).id);

    const page = await site.page({ as: await site.newUser('member', 'Late Joiner'), javaScriptEnabled: false });
    await page.goto(`/t/${thread.slug}`);
    expect(await page.locator('.comment').count()).toBe(11);
    await page.getByRole('link', { name: '1 more reply to Long Talker' }).click();
    await page.waitForURL(`${site.origin}/t/${thread.slug}/c/${ids[10]}`);
    await expect(page.locator(`#c-${ids[11]} .comment-body`).textContent()).resolves.toMatch('Level 11');

    await page.locator(`#c-${ids[11]}`).getByRole('link', { name: 'Reply to Long Talker' }).click();
    await page.getByLabel('Your reply to Long Talker').fill('Answering at level twelve');
    await page.getByRole('button', { name: 'Post reply' }).click();
    await page.waitForURL((url) => url.pathname === `/t/${thread.slug}/c/${ids[10]}`);
    await expect(page.locator(`#c-${ids[11]} .replies .comment-body`).textContent()).resolves.toMatch('Answering at level twelve');
    await page.context().close();
  });

  it('keeps what was typed and says why when a reply is refused', async () => {
    const thread = await site.newThread(author, { title: 'Empty replies', body: 'Body' });
    const top = await site.newComment(await site.newUser('member', 'Olga Original'), thread.slug, 'Say something');
    const page = await site.page({ as: await site.newUser('member'), javaScriptEnabled: false });
    await page.goto(`/t/${thread.slug}?reply=${top.id}`);
    await page.getByLabel('Your reply to Olga Original').fill('   ');
    await page.getByRole('button', { name: 'Post reply' }).click();
    await expect(page.locator(`#reply-${top.id}-body-error`).textContent()).resolves.toBe('Write something');
    await expect(page.getByLabel('Your reply to Olga Original').getAttribute('aria-invalid')).resolves.toBe('true');
    await page.context().close();
  });

  it('with JavaScript, Reply opens a focused form in place and posting updates the page without a reload', async () => {
    const thread = await site.newThread(author, { title: 'Enhanced replies', body: 'Body' });
    const top = await site.newComment(await site.newUser('member', 'Jo Starter'), thread.slug, 'Start here');
    const page = await site.page({ as: await site.newUser('member') });
    await page.goto(`/t/${thread.slug}`);
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
    await page.locator(`#c-${top.id}`).getByRole('link', { name: 'Reply to Jo Starter' }).click();
    const box = page.getByLabel('Your reply to Jo Starter');
    await box.waitFor();
    await expect(box.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await box.fill('Posted with JavaScript on');
    await page.getByRole('button', { name: 'Post reply' }).click();
    await page.locator(`#c-${top.id} .replies .comment-body`, { hasText: 'Posted with JavaScript on' }).waitFor();
    expect(await page.getByLabel('Your reply to Jo Starter').count()).toBe(0);
    await expect(page.evaluate(() => (window as unknown as { marker?: number }).marker)).resolves.toBe(42);
    await page.context().close();
  });

  it('with JavaScript, appreciating counts at once and keeps the reader where they were', async () => {
    const thread = await site.newThread(author, { title: 'Appreciate in place', body: 'Body' });
    const writer = await site.newUser('member', 'Wendy Writer');
    for (let i = 0; i < 12; i++) await site.newComment(writer, thread.slug, `Comment number ${i}\n\nwith a second paragraph to take up room`);
    const last = await site.newComment(writer, thread.slug, 'The one to appreciate');
    const page = await site.page({ as: await site.newUser('member'), viewport: { width: 800, height: 600 } });
    await page.goto(`/t/${thread.slug}`);
    await page.waitForLoadState('networkidle');
    const button = page.locator(`#c-${last.id} > article`).getByRole('button', { name: /Appreciate/ });
    await button.scrollIntoViewIfNeeded();
    const before = await page.evaluate(() => window.scrollY);
    expect(before).toBeGreaterThan(0);
    await button.click();
    await expect(button.locator('.count').textContent()).resolves.toBe('1');
    await page.waitForLoadState('networkidle');
    await expect(button.getAttribute('aria-pressed')).resolves.toBe('true');
    expect(await page.evaluate(() => window.scrollY)).toBe(before);
    await page.reload();
    await expect(page.locator(`#c-${last.id} > article .appreciate .count`).textContent()).resolves.toBe('1');
    await page.context().close();
  });
});

