import { beforeAll, describe, expect, it } from 'vitest';
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

describe('who may open the moderation and admin pages', () => {
  it('sends a visitor to sign in, and shows a member a 403 page', async () => {
    const visitor = await site.page();
    await visitor.goto('/mod/settings');
    expect(new URL(visitor.url()).pathname).toBe('/login');
    expect(new URL(visitor.url()).searchParams.get('next')).toBe('/mod/settings');
    await visitor.context().close();

    const member = await site.page({ as: await site.newUser('member') });
    for (const path of ['/mod', '/mod/log', '/admin/users']) {
      const res = await member.goto(path);
      expect(res!.status(), path).toBe(403);
      await expect(member.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Not allowed');
    }
    const moderatorPage = await site.page({ as: moderator });
    expect((await moderatorPage.goto('/admin/users'))!.status()).toBe(403);
    await moderatorPage.context().close();
    await member.context().close();
  });
});

describe('the member history page', () => {
  it('without JavaScript a moderator notes, warns, suspends and lifts, and sees the accounts sharing a fingerprint', async () => {
    const thread = await site.newThread(author, { title: 'Sock puppets', body: 'Body', moderationMode: 'pre' });
    const sock = await site.newUser('member', 'Sock Sam');
    const puppet = await site.newUser('member', 'Puppet Pete');
    // Both post from this test's address and client, so they share a network and device fingerprint.
    await site.newComment(sock, thread.slug, 'HSCT is the only real option');
    await site.newComment(puppet, thread.slug, 'I agree, the only option');

    const page = await site.page({ as: moderator, javaScriptEnabled: false });
    await page.goto('/mod');
    await page.locator('[data-testid="queue-card"]', { hasText: 'HSCT is the only real option' }).getByRole('link', { name: /Sock Sam/ }).click();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch('Sock Sam');
    await expect(page.locator('[data-testid="linked-accounts"]').textContent()).resolves.toMatch('Puppet Pete');

    await page.getByLabel('Note for moderators').fill('Same style as Puppet Pete');
    await page.getByRole('button', { name: 'Add note' }).click();
    await expect(page.locator('[data-testid="user-notes"]').textContent()).resolves.toMatch('Same style as Puppet Pete');

    await page.getByLabel('Warning to the member').fill('One account per person, please.');
    await page.getByRole('button', { name: 'Send warning' }).click();
    const warnings = await site.api<{ warnings: Array<{ message: string }> }>('GET', '/api/me/warnings', { as: sock });
    expect(warnings.body.warnings.map((w) => w.message)).toEqual(['One account per person, please.']);

    await page.locator('#suspend-reason').fill('   ');
    await page.getByRole('button', { name: 'Suspend' }).click();
    await expect(page.locator('#suspend-reason-error').textContent()).resolves.toBe('Give a reason');
    await page.getByLabel('Suspend for').selectOption('3');
    await page.locator('#suspend-reason').fill('Sock puppetry');
    await page.locator('#suspend').getByLabel('Also reject their comments waiting in the queue').check();
    await page.getByRole('button', { name: 'Suspend' }).click();
    await expect(page.locator('.user-head').textContent()).resolves.toMatch(/suspended until/);
    const refused = await site.api('POST', `/api/threads/${thread.slug}/comments`, { as: sock, body: { body: 'Still here' } });
    expect(refused.status).toBe(403);
    const queue = await site.api<{ items: Array<{ comment: { body: string } }> }>('GET', '/api/mod/queue?state=rejected', { as: moderator });
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
    const page = await site.page({ as: moderator, javaScriptEnabled: false });
    await page.goto('/mod/settings');
    const words = page.getByLabel('Suspect words');
    await words.fill(`${await words.inputValue()}\nmagic kettle`);
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.locator('[data-testid="settings-saved"]').textContent()).resolves.toMatch('Saved');
    await page.goto('/mod/settings');
    await expect(page.getByLabel('Suspect words').inputValue()).resolves.toMatch(/\nmagic kettle$/);

    const thread = await site.newThread(author, { title: 'Kettles', body: 'Body', moderationMode: 'auto' });
    const regular = await site.newUser('member');
    const trusted = await site.newThread(author, { title: 'Warm up', body: 'Body', moderationMode: 'post' });
    for (let i = 0; i < 3; i++) await site.newComment(regular, trusted.slug, `Warm-up thought ${i}`);
    const held = await site.newComment(regular, thread.slug, 'My magic kettle helps my fatigue');
    expect(held.visibility).toBe('awaiting_moderation');

    await page.getByLabel('Spam score that holds a comment').fill('0.95');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.locator('#setting-spamThresholds\\.suspect-error').textContent()).resolves.toMatch('must not exceed');
    await page.context().close();
  });

  it('filters the log by action and by who acted, and an admin grants an appeal from the appeals page', async () => {
    const thread = await site.newThread(author, { title: 'Appeals', body: 'Body', moderationMode: 'pre' });
    const writer = await site.newUser('member', 'Appealing Ann');
    const comment = await site.newComment(writer, thread.slug, 'Low-dose naltrexone helped me, in my experience');
    await site.api('POST', `/api/mod/comments/${comment.id}/decision`, { as: moderator, body: { action: 'reject', reason: 'Medical misinformation', expectedState: 'pending' } });
    const appeal = await site.api('POST', `/api/comments/${comment.id}/appeal`, { as: writer, body: { note: 'It is my experience, not advice' } });
    expect(appeal.status).toBe(201);

    const page = await site.page({ as: moderator, javaScriptEnabled: false });
    await page.goto('/mod/log');
    await page.getByLabel('Action').selectOption('reject');
    await page.getByRole('button', { name: 'Filter' }).click();
    const actions = await page.locator('[data-testid="log-entry"] .badge').allTextContents();
    expect(actions.length).toBeGreaterThan(0);
    expect(new Set(actions)).toEqual(new Set(['reject']));
    await saveScreenshot(page, 'mod-log-rejections');
    await page.getByLabel('By').selectOption({ label: 'Mo Moderator' });
    await page.getByLabel('Action').selectOption('');
    await page.getByRole('button', { name: 'Filter' }).click();
    const who = await page.locator('[data-testid="log-entry"] td:nth-child(2)').allTextContents();
    expect(who.length).toBeGreaterThan(0);
    expect(new Set(who.map((w) => w.trim()))).toEqual(new Set(['Mo Moderator']));
    await page.getByLabel('By').selectOption('system');
    await page.getByRole('button', { name: 'Filter' }).click();
    expect(new Set((await page.locator('[data-testid="log-entry"] td:nth-child(2)').allTextContents()).map((w) => w.trim()))).toEqual(new Set(['system']));
    await page.context().close();

    const admin = await site.page({ as: site.admin, javaScriptEnabled: false });
    await admin.goto('/mod/appeals?all=true');
    const card = admin.locator('[data-testid="appeal"]', { hasText: 'Low-dose naltrexone' });
    await expect(card.textContent()).resolves.toMatch('It is my experience, not advice');
    await card.getByLabel('Note to the author').fill('Fair, it reads as experience');
    await card.getByRole('button', { name: /Grant/ }).click();
    await admin.waitForURL(/\/mod\/appeals/);
    expect(await admin.locator('[data-testid="appeal"]', { hasText: 'Low-dose naltrexone' }).count()).toBe(0);
    const mine = await site.api<{ comments: Array<{ id: string; state: string }> }>('GET', '/api/me/comments', { as: writer });
    expect(mine.body.comments.find((c) => c.id === comment.id)!.state).toBe('approved');
    await admin.context().close();
  });

  it('an admin finds a member and makes them an author', async () => {
    const member = await site.newUser('member', 'Future Author');
    const page = await site.page({ as: site.admin, javaScriptEnabled: false });
    await page.goto('/admin/users');
    await page.getByLabel('Handle or name').fill('Future Author');
    await page.getByRole('button', { name: 'Find' }).click();
    const row = page.locator('[data-testid="person"]');
    expect(await row.count()).toBe(1);
    await row.getByLabel('Role of Future Author').selectOption('author');
    await row.getByRole('button', { name: 'Save Future Author' }).click();
    await expect(page.locator('[data-testid="admin-result"]').textContent()).resolves.toBe('Saved: Future Author is now author, active.');
    expect(await row.count()).toBe(1);
    await expect(page.getByLabel('Handle or name').inputValue()).resolves.toBe('Future Author');
    const me = await site.api<{ role: string }>('GET', '/api/me', { as: member });
    expect(me.body.role).toBe('author');
    await page.context().close();
  });

  it('axe finds no serious or critical violations on the member history, settings, log, appeals and people pages', async () => {
    const subject = await site.newUser('member', 'Axe Subject');
    const found: Record<string, string[]> = {};
    const page = await site.page({ as: site.admin });
    for (const path of [`/mod/users/${subject.id}`, '/mod/settings', '/mod/log', '/mod/appeals?all=true', '/admin/users']) {
      await page.goto(path);
      const violations = await seriousViolations(page);
      if (violations.length) found[path] = violations.map((v) => `${v.id}: ${v.help} (${v.targets.slice(0, 3).join(', ')})`);
    }
    await page.context().close();
    expect(found).toEqual({});
  });
});
