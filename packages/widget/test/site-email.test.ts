import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, chromiumAvailable } from './support/page-helpers.js';
import { openSite, PASSWORD, signUp, site, siteWorld, snapSite, uniqueEmail } from './support/site-helpers.js';

// The site's side of the account mail: verifying the address, resetting a forgotten password, and the
// mail settings. The real server on embedded defaults writes each message as an .eml file; the test
// reads the links out of them as a person reads them out of the inbox.

const available = chromiumAvailable();
const world = siteWorld();

const open = (url: string, options: { scheme?: 'light' | 'dark'; width?: number } = {}) =>
  openSite(world.browser, url.startsWith('http') ? url : `${world.api.url}${url}`, options);

const NEW_PASSWORD = 'a brand new passphrase';

/**
 * The newest link to `pathname` mailed to `to` (waiting for the mail job to write it), leaving out
 * links already seen.
 */
async function mailedLink(to: string, pathname: string, seen: readonly string[] = []): Promise<string> {
  const dir = world.api.container.services.infra.config.mail.dir;
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const files = await readdir(dir).catch(() => [] as string[]);
    // Named by the time they were written: newest first.
    for (const file of files
      .filter((f) => f.endsWith('.eml'))
      .sort()
      .reverse()) {
      const mail = await simpleParser(await readFile(path.join(dir, file)));
      const recipients = [mail.to ?? []].flat().map((address) => address.text);
      if (!recipients.some((text) => text.includes(to))) continue;
      const link = (mail.text ?? '')
        .match(/https?:\/\/[^\s<>"]+/g)
        ?.find((url) => new URL(url).pathname === pathname && !seen.includes(url));
      if (link) return link;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no mail to ${to} with a ${pathname} link`);
}

const heading = async (page: Page) => (await site(page).locator('main h1').textContent())?.trim();

async function signUpInBrowser(email: string): Promise<{ page: Page; problems: string[] }> {
  const opened = await open('/sign-up');
  await signUp(opened.page, email);
  await opened.page.waitForURL('**/dashboard');
  return opened;
}

describe.skipIf(!available)('the hosted site’s account mail', () => {
  it('asks a new account to confirm its address, and the mailed link verifies it', async () => {
    const email = uniqueEmail('verify');
    const { page, problems } = await signUpInBrowser(email);
    const please = site(page).getByText(`Please confirm your address: we sent a link to ${email}.`);
    await please.waitFor();
    const first = await mailedLink(email, '/verify-email');
    expect(await axeViolations(page, 'r2w-site')).toEqual([]);
    await snapSite(page, 'email-1-dashboard-unverified');

    // A new link replaces the first one
    await site(page).getByRole('button', { name: 'Send a new link' }).click();
    await site(page).getByText(`We sent a new link to ${email}.`).waitFor();
    const second = await mailedLink(email, '/verify-email', [first]);

    await page.goto(first);
    await site(page).getByText('This link has expired, was used already, or was replaced by a newer one.').waitFor();
    expect(await heading(page)).toBe('Confirm your email address');
    // Signed in: a new link can be asked for right here
    await site(page).getByRole('button', { name: 'Send a new link' }).waitFor();
    await snapSite(page, 'email-2-verify-invalid');

    await page.goto(second);
    await site(page).getByText('Your address is verified.').waitFor();
    expect(await page.title()).toContain('Confirm your email address');
    await snapSite(page, 'email-3-verified');

    await site(page).locator('main').getByRole('link', { name: 'My websites' }).click();
    await page.waitForURL('**/dashboard');
    await site(page).getByText('No websites yet.').waitFor();
    expect(await please.count()).toBe(0);

    await site(page).getByRole('link', { name: 'Account' }).click();
    await page.waitForURL('**/account');
    await site(page).getByText('Verified', { exact: true }).waitFor();
    expect(await site(page).getByText('Not verified yet').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.context().close();
  }, 60_000);

  it('resets a forgotten password through the mailed link, which then works only once', async () => {
    const email = uniqueEmail('forgot');
    const { page, problems } = await signUpInBrowser(email);
    await site(page).getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL((u) => u.pathname === '/');

    await site(page).getByRole('link', { name: 'Sign in' }).first().click();
    await page.waitForURL('**/sign-in');
    await snapSite(page, 'email-4-sign-in');
    await site(page).getByRole('link', { name: 'Forgot your password?' }).click();
    await page.waitForURL('**/forgot-password');
    expect(await heading(page)).toBe('Reset your password');
    await site(page).locator('#email').fill(email);
    await site(page).getByRole('button', { name: 'Send the link' }).click();
    await site(page)
      .getByText('If an account uses this address, we sent it a link to set a new password. It works for 30 minutes.')
      .waitFor();
    await snapSite(page, 'email-4-forgot-sent');
    const link = await mailedLink(email, '/reset-password');

    await page.goto(link);
    expect(await heading(page)).toBe('Choose a new password');
    expect(await site(page).locator('#password').getAttribute('aria-describedby')).toBe('password-hint');
    // The server's refusal lands beside the field, and the link keeps working
    await site(page).locator('#password').fill('short');
    await site(page).getByRole('button', { name: 'Set the new password' }).click();
    await site(page).locator('#password-error').waitFor();
    expect(await site(page).locator('#password').getAttribute('aria-describedby')).toBe('password-hint password-error');
    expect(await axeViolations(page, 'r2w-site')).toEqual([]);
    await snapSite(page, 'email-5-reset-refused');

    await site(page).locator('#password').fill(NEW_PASSWORD);
    await site(page).getByRole('button', { name: 'Set the new password' }).click();
    await page.waitForURL('**/dashboard');
    await site(page).getByText('Your password was changed. You are signed in.').waitFor();
    await site(page).getByRole('button', { name: 'Sign out' }).waitFor();

    // Out, and back in with the new password (the old one no longer works)
    await site(page).getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL((u) => u.pathname === '/');
    const oldLogin = await fetch(`${world.api.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: PASSWORD }),
    });
    expect(oldLogin.status).toBe(401);
    await site(page).getByRole('link', { name: 'Sign in' }).first().click();
    await page.waitForURL('**/sign-in');
    await site(page).locator('#email').fill(email);
    await site(page).locator('#password').fill(NEW_PASSWORD);
    await site(page).getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL('**/dashboard');

    // The link was used up: the page says so and offers to ask again
    await page.goto(link);
    await site(page).locator('#password').fill('yet another passphrase');
    await site(page).getByRole('button', { name: 'Set the new password' }).click();
    await site(page).getByText('This link has expired, was used already, or was replaced by a newer one.').waitFor();
    const again = site(page).getByRole('link', { name: 'Ask for a new link' });
    expect(await again.getAttribute('href')).toBe('/forgot-password');
    await snapSite(page, 'email-6-reset-used');
    await again.click();
    await page.waitForURL('**/forgot-password');
    expect(problems).toEqual([]);
    await page.context().close();
  }, 60_000);

  it('keeps the mail settings chosen on the account page', async () => {
    const { page, problems } = await signUpInBrowser(uniqueEmail('settings'));
    await site(page).getByRole('link', { name: 'Account' }).click();
    await page.waitForURL('**/account');
    await site(page).getByText('Not verified yet').waitFor();
    const box = site(page).getByLabel('Email me when my website goes live, receipts and other news about my websites');
    expect(await box.isChecked()).toBe(true);
    // Each change is saved at once (the answer awaited, so the second "Saved." is not the first one)
    const saved = () =>
      page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/me') && r.request().method() === 'PATCH');
    let answer = saved();
    await box.uncheck();
    expect((await answer).status()).toBe(200);
    await site(page).getByText('Saved.').waitFor();
    answer = saved();
    await site(page).getByLabel('Language of our emails').selectOption('fr');
    expect((await answer).status()).toBe(200);
    await site(page).getByText('Saved.').waitFor();
    expect(await axeViolations(page, 'r2w-site')).toEqual([]);
    await snapSite(page, 'email-7-account');

    await page.reload();
    await box.waitFor();
    expect(await box.isChecked()).toBe(false);
    expect(await site(page).getByLabel('Language of our emails').inputValue()).toBe('fr');
    const me = await page.evaluate(
      async () =>
        (await (await fetch('/api/v1/auth/me')).json()) as { user: { email_notifications: boolean; locale: string } },
    );
    expect(me.user.email_notifications).toBe(false);
    expect(me.user.locale).toBe('fr');
    expect(problems).toEqual([]);
    await page.context().close();
  }, 60_000);

  it.each([
    { name: 'light', scheme: 'light', width: 1280 },
    { name: 'dark-390', scheme: 'dark', width: 390 },
  ] as const)(
    'has no axe violations on the mail pages ($name)',
    async ({ name, scheme, width }) => {
      const { page, problems } = await open('/forgot-password', { scheme, width });
      expect(await heading(page)).toBe('Reset your password');
      expect(await axeViolations(page, 'r2w-site'), '/forgot-password').toEqual([]);
      await snapSite(page, `email-8-forgot-${name}`);

      await page.goto(`${world.api.url}/reset-password`);
      await site(page).getByRole('link', { name: 'Ask for a new link' }).waitFor();
      expect(await axeViolations(page, 'r2w-site'), '/reset-password').toEqual([]);
      await snapSite(page, `email-8-reset-invalid-${name}`);

      await page.goto(`${world.api.url}/reset-password?token=not-a-real-token`);
      await site(page).locator('#password').waitFor();
      expect(await axeViolations(page, 'r2w-site'), '/reset-password?token=').toEqual([]);
      await snapSite(page, `email-8-reset-form-${name}`);

      // Signed in through the browser context, so the verified page offers the way to the dashboard
      const email = uniqueEmail(`axe-${name}`);
      const registered = await page.context().request.post(`${world.api.url}/api/v1/auth/register`, {
        data: { email, password: PASSWORD, full_name: 'Axe Tester' },
      });
      expect(registered.status()).toBe(200);
      await page.goto(await mailedLink(email, '/verify-email'));
      await site(page).getByText('Your address is verified.').waitFor();
      expect(await axeViolations(page, 'r2w-site'), '/verify-email').toEqual([]);
      await snapSite(page, `email-8-verified-${name}`);

      await page.goto(`${world.api.url}/account`);
      await site(page).getByText('Verified', { exact: true }).waitFor();
      expect(await axeViolations(page, 'r2w-site'), '/account').toEqual([]);
      await snapSite(page, `email-8-account-${name}`);
      expect(problems).toEqual([]);
      await page.context().close();
    },
    60_000,
  );
});
