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

async function signedIn(user: ForumUser | null, options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const page = await newPage(browser, forum.origin, options);
  if (user) {
    const [name, value] = user.cookie.split('=') as [string, string];
    await page.context().addCookies([{ name, value, url: forum.origin }]);
  }
  return page;
}

describe('who may open the moderation and admin pages', () => {
  it('sends a visitor to sign in, and shows a member a 403 page', async () => {
    const visitor = await signedIn(null);
    await visitor.goto('/mod/settings');
    expect(new URL(visitor.url()).pathname).toBe('/login');
    expect(new URL(visitor.url()).searchParams.get('next')).toBe('/mod/settings');
    await visitor.context().close();

    const member = await signedIn(await forum.newUser('member'));
    for (const path of ['/mod', '/mod/log', '/admin/users']) {
      const res = await member.goto(path);
      expect(res!.status(), path).toBe(403);
      await expect(member.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Not allowed');
    }
    const moderatorPage = await signedIn(moderator);
    expect((await moderatorPage.goto('/admin/users'))!.status()).toBe(403);
    await moderatorPage.context().close();
    await member.context().close();
  });
});

describe('the member history page', () => {
  it('without JavaScript a moderator notes, warns, suspends and lifts, and sees the accounts sharing a fingerprint', async () => {
    const thread = await forum.newThread(author, { title: 'Sock puppets', body: 'Body', moderationMode: 'pre' });
    const sock = await forum.newUser('member', 'Sock Sam');
    const puppet = await forum.newUser('member', 'Puppet Pete');
    // Both post from this test's address and client, so they share a network and device fingerprint.
    await forum.newComment(sock, thread.slug, 'HSCT is the only real option');
    await forum.newComment(puppet, thread.slug, 'I agree, the only option');

    const page = await signedIn(moderator, { javaScriptEnabled: false });
    await page.goto('/mod');
    await page.locator('[data-testid="queue-card"]', { hasText: 'HSCT is the only real option' }).getByRole('link', { name: /Sock Sam/ }).click();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch('Sock Sam');
    await expect(page.locator('[data-testid="linked-accounts"]').textContent()).resolves.toMatch('Puppet Pete');

    await page.getByLabel('Note for moderators').fill('Same style as Puppet Pete');
    await page.getByRole('button', { name: 'Add note' }).click();
    await expect(page.locator('[data-testid="user-notes"]').textContent()).resolves.toMatch('Same style as Puppet Pete');

    await page.getByLabel('Warning to the member').fill('One account per person, please.');
    await page.getByRole('button', { name: 'Send warning' }).click();
    const warnings = await forum.api<{ warnings: Array<{ message: string }> }>('GET', '/api/me/warnings', { as: sock });
    expect(warnings.body.warnings.map((w) => w.message)).toEqual(['One account per person, please.']);

    await page.locator('#suspend-reason').fill('   ');
    await page.getByRole('button', { name: 'Suspend' }).click();
    await expect(page.locator('#suspend-reason-error').textContent()).resolves.toBe('Give a reason');
    await page.getByLabel('Suspend for').selectOption('3');
    await page.locator('#suspend-reason').fill('Sock puppetry');
    await page.locator('#suspend').getByLabel('Also reject their comments waiting in the queue').check();
    await page.getByRole('button', { name: 'Suspend' }).click();
    await expect(page.locator('.user-head').textContent()).resolves.toMatch(/suspended until/);
    const refused = await forum.api('POST', `/api/threads/${thread.slug}/comments`, { as: sock, body: { body: 'Still here' } });
    expect(refused.status).toBe(403);
    const queue = await forum.api<{ items: Array<{ comment: { body: string } }> }>('GET', '/api/mod/queue?state=rejected', { as: moderator });
    expect(queue.body.items.map((i) => i.comment.body)).toContain('HSCT is the only real option');
    await saveScreenshot(page, 'mod-user-suspended');

    await page.getByRole('button', { name: 'Lift the suspension' }).click();
    await expect(page.locator('.user-head').textContent()).resolves.not.toMatch(/suspended/);
    await page.getByRole('button', { name: 'Pre-moderate every comment' }).click();
    await expect(page.locator('.user-head').textContent()).resolves.toMatch('pre-moderated');
    await expect(page.locator('.history').first().textContent()).resolves.toMatch(/Suspended until[\s\S]*Sock puppetry/);
    await page.context().close();
  });
});

describe('settings, log, appeals and people', () => {
  it('saves a suspect word that then holds a comment, and refuses a suspect threshold above the spam one', async () => {
    const page = await signedIn(moderator, { javaScriptEnabled: false });
    await page.goto('/mod/settings');
    const words = page.getByLabel('Suspect words');
    await words.fill(`${await words.inputValue()}\nmagic kettle`);
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.getByRole('status').textContent()).resolves.toMatch('Saved');
    await page.goto('/mod/settings');
    await expect(page.getByLabel('Suspect words').inputValue()).resolves.toMatch(/\nmagic kettle$/);

    const thread = await forum.newThread(author, { title: 'Kettles', body: 'Body', moderationMode: 'auto' });
    const regular = await forum.newUser('member');
    const trusted = await forum.newThread(author, { title: 'Warm up', body: 'Body', moderationMode: 'post' });
    for (let i = 0; i < 3; i++) await forum.newComment(regular, trusted.slug, `Warm-up thought ${i}`);
    const held = await forum.newComment(regular, thread.slug, 'My magic kettle helps my fatigue');
    expect(held.visibility).toBe('awaiting_moderation');

    await page.getByLabel('Spam score that holds a comment').fill('0.95');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.locator('#setting-spamThresholds\\.suspect-error').textContent()).resolves.toMatch('must not exceed');
    await page.context().close();
  });

  it('filters the log by action, and an admin grants an appeal from the appeals page', async () => {
    const thread = await forum.newThread(author, { title: 'Appeals', body: 'Body', moderationMode: 'pre' });
    const writer = await forum.newUser('member', 'Appealing Ann');
    const comment = await forum.newComment(writer, thread.slug, 'Low-dose naltrexone helped me, in my experience');
    await forum.api('POST', `/api/mod/comments/${comment.id}/decision`, { as: moderator, body: { action: 'reject', reason: 'Medical misinformation', expectedState: 'pending' } });
    const appeal = await forum.api('POST', `/api/comments/${comment.id}/appeal`, { as: writer, body: { note: 'It is my experience, not advice' } });
    expect(appeal.status).toBe(201);

    const page = await signedIn(moderator, { javaScriptEnabled: false });
    await page.goto('/mod/log');
    await page.getByLabel('Action').selectOption('reject');
    await page.getByRole('button', { name: 'Filter' }).click();
    const actions = await page.locator('[data-testid="log-entry"] .badge').allTextContents();
    expect(actions.length).toBeGreaterThan(0);
    expect(new Set(actions)).toEqual(new Set(['reject']));
    await saveScreenshot(page, 'mod-log-rejections');
    await page.context().close();

    const admin = await signedIn(forum.admin, { javaScriptEnabled: false });
    await admin.goto('/mod/appeals?all=true');
    const card = admin.locator('[data-testid="appeal"]', { hasText: 'Low-dose naltrexone' });
    await expect(card.textContent()).resolves.toMatch('It is my experience, not advice');
    await card.getByLabel('Note to the author').fill('Fair, it reads as experience');
    await card.getByRole('button', { name: /Grant/ }).click();
    await admin.waitForURL(/\/mod\/appeals/);
    expect(await admin.locator('[data-testid="appeal"]', { hasText: 'Low-dose naltrexone' }).count()).toBe(0);
    const mine = await forum.api<{ comments: Array<{ id: string; state: string }> }>('GET', '/api/me/comments', { as: writer });
    expect(mine.body.comments.find((c) => c.id === comment.id)!.state).toBe('approved');
    await admin.context().close();
  });

  it('an admin finds a member and makes them an author', async () => {
    const member = await forum.newUser('member', 'Future Author');
    const page = await signedIn(forum.admin, { javaScriptEnabled: false });
    await page.goto('/admin/users');
    await page.getByLabel('Handle or name').fill('Future Author');
    await page.getByRole('button', { name: 'Find' }).click();
    const row = page.locator('[data-testid="person"]');
    expect(await row.count()).toBe(1);
    await row.getByLabel('Role of Future Author').selectOption('author');
    await row.getByRole('button', { name: 'Save Future Author' }).click();
    await expect(page.locator('[data-testid="admin-result"]').textContent()).resolves.toBe('Saved: Future Author is now author, active.');
    const me = await forum.api<{ role: string }>('GET', '/api/me', { as: member });
    expect(me.body.role).toBe('author');
    await page.context().close();
  });

  it('axe finds no serious or critical violations on the member history, settings, log, appeals and people pages', async () => {
    const subject = await forum.newUser('member', 'Axe Subject');
    const found: Record<string, string[]> = {};
    const page = await signedIn(forum.admin);
    for (const path of [`/mod/users/${subject.id}`, '/mod/settings', '/mod/log', '/mod/appeals?all=true', '/admin/users']) {
      await page.goto(path);
      const violations = await seriousViolations(page);
      if (violations.length) found[path] = violations.map((v) => `${v.id}: ${v.help} (${v.targets.slice(0, 3).join(', ')})`);
    }
    await page.context().close();
    expect(found).toEqual({});
  });
});
