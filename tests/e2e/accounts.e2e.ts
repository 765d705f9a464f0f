import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { saveScreenshot } from './support/browser.ts';
import { useSite } from './support/journey.ts';

// Logins are limited per address and login name, so only the test that retries one name meets it.
const site = useSite({ env: { LOGIN_RATE_LIMIT: '3' } });

const noScriptPage = () => site.page({ javaScriptEnabled: false });

async function fillRegister(page: Page, values: { handle: string; displayName: string; email: string; password: string }) {
  await page.getByLabel('Handle', { exact: true }).fill(values.handle);
  await page.getByLabel('Display name').fill(values.displayName);
  await page.getByLabel('Email').fill(values.email);
  await page.getByLabel('Password').fill(values.password);
  await page.getByRole('button', { name: 'Create account' }).click();
}

describe('accounts without JavaScript', () => {
  it('registers, signs out and signs in again, with the header saying who is signed in', async () => {
    const page = await noScriptPage();
    await page.goto('/register');
    await fillRegister(page, { handle: 'nojs_reader', displayName: 'Nadia Reader', email: 'nadia@example.org', password: 'a long enough password' });
    await page.waitForURL(`${site.origin}/`);
    await expect(page.getByTestId('signed-in').textContent()).resolves.toMatch(/Nadia Reader\s*member/);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(`${site.origin}/`);
    expect(await page.getByTestId('signed-in').count()).toBe(0);
    await expect(page.getByRole('link', { name: 'Sign in' }).isVisible()).resolves.toBe(true);

    await page.goto('/login');
    await page.getByLabel('Handle or email').fill('nadia@example.org');
    await page.getByLabel('Password').fill('a long enough password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${site.origin}/`);
    await expect(page.getByTestId('signed-in').textContent()).resolves.toMatch(/Nadia Reader/);
    await saveScreenshot(page, 'accounts-signed-in');
    await page.context().close();
  });

  it('shows the API’s field errors next to the fields and keeps what was typed', async () => {
    const taken = await site.newUser('member');
    const page = await noScriptPage();
    await page.goto('/register');
    await fillRegister(page, { handle: taken.handle, displayName: 'Someone Else', email: 'someone@example.org', password: 'another long password' });
    const handle = page.getByLabel('Handle', { exact: true });
    await expect(handle.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.locator('#field-handle-error').textContent()).resolves.toBe('That handle is taken');
    await expect(page.getByLabel('Display name').inputValue()).resolves.toBe('Someone Else');
    await saveScreenshot(page, 'accounts-register-errors');

    await fillRegister(page, { handle: 'new_handle', displayName: 'Someone Else', email: 'not-an-email', password: 'short' });
    await expect(page.locator('#field-email-error').textContent()).resolves.toBe('Enter a valid email address');
    await expect(page.locator('#field-password-error').textContent()).resolves.toBe('Use at least 10 characters');
    await page.context().close();
  });

  it('says a wrong password is wrong without naming which part', async () => {
    const member = await site.newUser('member');
    const page = await noScriptPage();
    await page.goto('/login');
    await page.getByLabel('Handle or email').fill(member.handle);
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toBe('Wrong handle, email or password');
    await expect(page.getByLabel('Handle or email').inputValue()).resolves.toBe(member.handle);
    await page.context().close();
  });

  it('shows a promoted author their role in the header', async () => {
    const author = await site.newUser('author', 'Dr Ana Author');
    const page = await noScriptPage();
    await page.goto('/login');
    await page.getByLabel('Handle or email').fill(author.handle);
    await page.getByLabel('Password').fill(author.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${site.origin}/`);
    await expect(page.getByTestId('signed-in').textContent()).resolves.toMatch(/Dr Ana Author\s*author/);
    await page.context().close();
  });

  it('says when to try again after too many sign-in attempts', async () => {
    const member = await site.newUser('member');
    const page = await noScriptPage();
    for (let attempt = 1; attempt <= 4; attempt++) {
      await page.goto('/login');
      await page.getByLabel('Handle or email').fill(member.handle);
      await page.getByLabel('Password').fill(`wrong password ${attempt}`);
      await page.getByRole('button', { name: 'Sign in' }).click();
    }
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/^Try again in \d+ (second|minute)/);
    await page.context().close();
  });
});
