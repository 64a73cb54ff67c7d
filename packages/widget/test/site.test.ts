import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, chromiumAvailable, PDF, chooseFileByKeyboard } from './support/page-helpers.js';
import { openSite, signUp, site, siteWorld, snapSite, tabTo, uniqueEmail } from './support/site-helpers.js';

// The hosted reference site as a job seeker meets it: the real server on embedded defaults serves the
// shell at / and the hashed bundle; Chromium signs up, uploads, publishes, cleans up and leaves.

const available = chromiumAvailable();
const world = siteWorld();

const flow = (page: Page) => page.locator('r2w-site r2w-widget');
const snap = snapSite;
const open = (path: string, options: { scheme?: 'light' | 'dark'; width?: number } = {}) =>
  openSite(world.browser, `${world.api.url}${path}`, options);

describe.skipIf(!available)('the hosted site at /', () => {
  const schemes = [
    { name: 'light', scheme: 'light', width: 1280 },
    { name: 'dark', scheme: 'dark', width: 1280 },
    { name: 'light-390', scheme: 'light', width: 390 },
    { name: 'dark-390', scheme: 'dark', width: 390 },
  ] as const;

  it.each(schemes)(
    'shows the landing page with three designs and the way in ($name)',
    async ({ name, scheme, width }) => {
      const { page, problems } = await open('/', { scheme, width });
      expect(await site(page).locator('main h1').textContent()).toBe('Your CV, as a website, in minutes');
      const cards = site(page).locator('ul.cards li');
      expect(await cards.count()).toBe(3);
      await site(page).locator('ul.cards img').first().waitFor();
      expect(await site(page).getByRole('link', { name: 'Upload your CV' }).getAttribute('href')).toBe('/create');
      expect(await page.title()).toContain('RESUME2WEBSITE');
      expect(await axeViolations(page, 'r2w-site')).toEqual([]);
      await snap(page, `1-landing-${name}`);
      expect(problems).toEqual([]);
      await page.context().close();
    },
  );

  it('signs up with the server’s messages beside the fields, then runs the whole flow into the dashboard', async () => {
    const { page, problems } = await open('/');
    await site(page).getByRole('link', { name: 'Create an account' }).click();
    await site(page).locator('#email').waitFor();
    expect(new URL(page.url()).pathname).toBe('/sign-up');

    // The server judges the values: its messages land next to the right field
    await signUp(page, 'not-an-email', 'short');
    await site(page).locator('#email-error').waitFor();
    expect(await site(page).locator('#email').getAttribute('aria-invalid')).not.toBeNull();
    expect(await site(page).locator('#password-error').count()).toBe(1);
    expect(await axeViolations(page, 'r2w-site')).toEqual([]);
    await snap(page, '2-sign-up-errors');

    const email = uniqueEmail('flow');
    await signUp(page, email);
    await page.waitForURL('**/dashboard');
    await site(page).getByText('No websites yet.').waitFor();
    await snap(page, '3-dashboard-empty');

    // Create: the widget on the site's own origin, using the person's cookie session (no guest)
    await site(page).getByRole('link', { name: 'New website from a CV' }).click();
    await page.waitForURL('**/create');
    await site(page).getByText(`Signed in as ${email}.`).waitFor();
    await flow(page).locator('input[type=file]').setInputFiles(PDF);
    const fullName = flow(page).locator('#fullName');
    await fullName.waitFor({ timeout: 60_000 });
    await fullName.fill('Eleanor Site-Vance');
    await flow(page).locator('button[type=submit]').click();
    await flow(page).locator('input[name=theme]').first().waitFor();
    await flow(page).getByRole('button', { name: 'Show the preview' }).click();
    await flow(page).locator('iframe[part=preview]').waitFor();
    // As a person would: look at the preview (its page loaded in the sandboxed frame), then publish
    await flow(page).frameLocator('iframe[part=preview]').getByText('Eleanor Site-Vance').first().waitFor();
    // Scrolled to first, as a person does: Playwright's own scroll-and-click next to the preview's
    // out-of-process frame can land on nothing in this Chromium.
    await flow(page).getByRole('button', { name: 'Publish', exact: true }).scrollIntoViewIfNeeded();
    await flow(page).getByRole('button', { name: 'Publish', exact: true }).click();
    const live = flow(page).locator('.live a');
    await live.waitFor({ timeout: 60_000 });
    const url = (await live.getAttribute('href'))!;
    expect(await (await fetch(url)).text()).toContain('Eleanor Site-Vance');
    await site(page).getByText('Your website is live.').waitFor();
    await snap(page, '4-create-done');

    // Dashboard: the website live and paid-or-free, the CV read; both the person's, not a guest's
    await site(page).getByRole('link', { name: 'My websites' }).first().click();
    await page.waitForURL('**/dashboard');
    const row = site(page).locator('ul.rows li').first();
    await row.getByText('Live', { exact: true }).waitFor();
    expect(await site(page).getByRole('link', { name: 'Open the live site' }).getAttribute('href')).toBe(url);
    await site(page).getByText('Eleanor_Vance_cv.pdf', { exact: true }).waitFor();
    expect(await site(page).getByText('You are working as a guest.').count()).toBe(0);
    expect(await axeViolations(page, 'r2w-site')).toEqual([]);
    await snap(page, '5-dashboard');

    // Delete the website, confirmed: it goes offline
    const slug = new URL(url).pathname.split('/')[2]!;
    await site(page)
      .getByRole('button', { name: `Delete ${slug}` })
      .click();
    await site(page).getByRole('group').getByRole('button', { name: 'Delete' }).click();
    await site(page).getByText(`“${slug}” was deleted.`).waitFor();
    await site(page).getByText('No websites yet.').waitFor();
    expect((await fetch(url)).status).toBe(404);

    // Account: download everything, then delete the account
    await site(page).getByRole('link', { name: 'Account' }).click();
    await page.waitForURL('**/account');
    const download = page.waitForEvent('download');
    await site(page).getByRole('button', { name: 'Download my data' }).click();
    const saved = JSON.parse(await readFile((await (await download).path())!, 'utf8')) as {
      user: { email: string };
      cvs: { original_filename: string }[];
      documents: { data: { hero?: { fullName?: string } } }[];
    };
    expect(saved.user.email).toBe(email);
    expect(saved.cvs.map((cv) => cv.original_filename)).toEqual(['Eleanor_Vance_cv.pdf']);
    expect(saved.documents[0]!.data.hero?.fullName).toBe('Eleanor Site-Vance');
    await snap(page, '6-account');
    await site(page).locator('#confirm-delete').fill('DELETE');
    await site(page).getByRole('button', { name: 'Delete my account' }).click();
    await page.waitForURL((u) => u.pathname === '/');
    await site(page).getByText('Your account and everything in it were deleted.').waitFor();
    const login = await fetch(`${world.api.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: 'correct horse battery staple' }),
    });
    expect(login.status).toBe(401);
    expect(problems).toEqual([]);
    await page.context().close();
  }, 120_000);

  it('keeps what a guest made when the guest signs up', async () => {
    const { page, problems } = await open('/create');
    await flow(page).locator('input[type=file]').setInputFiles(PDF);
    await flow(page).locator('#fullName').waitFor({ timeout: 60_000 });
    await site(page).getByRole('link', { name: 'My websites' }).first().click();
    await site(page).getByText('You are working as a guest.').waitFor();
    await site(page).getByText('Eleanor_Vance_cv.pdf', { exact: true }).waitFor();
    await site(page).getByRole('link', { name: 'Create an account' }).first().click();
    await site(page).getByText('Everything you made as a guest moves into your new account.').waitFor();
    await signUp(page, uniqueEmail('guest'));
    await page.waitForURL('**/dashboard');
    await site(page).getByText('Eleanor_Vance_cv.pdf', { exact: true }).waitFor();
    expect(await site(page).getByText('You are working as a guest.').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('sends a signed-out visitor of a private page to sign in, and back there afterwards', async () => {
    const email = uniqueEmail('back');
    const registered = await fetch(`${world.api.url}/api/v1/auth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: 'correct horse battery staple', full_name: 'Back Again' }),
    });
    expect(registered.status).toBe(200);
    const { page } = await open('/account');
    await page.waitForURL('**/sign-in?next=%2Faccount');
    await site(page).getByText('Please sign in to see this page.').waitFor();
    await site(page).locator('#email').fill(email);
    await site(page).locator('#password').fill('wrong password here');
    await site(page).getByRole('button', { name: 'Sign in' }).click();
    await site(page).locator('[part=error]').waitFor();
    await site(page).locator('#password').fill('correct horse battery staple');
    await site(page).getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL('**/account');
    await site(page).getByText(email).waitFor();
    await page.context().close();
  });

  it('speaks the chosen language, remembered across visits, with dates in that language', async () => {
    const { page } = await open('/');
    await site(page).getByLabel('Language').selectOption('de');
    await site(page).getByText('Ihr Lebenslauf als Website', { exact: false }).first().waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
    await page.reload();
    await site(page).locator('main h1').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
    await snap(page, '1-landing-de');
    await page.context().close();
  });

  it.each([
    { name: 'dark', scheme: 'dark', width: 1280 },
    { name: 'light-390', scheme: 'light', width: 390 },
  ] as const)('has no axe violations on any page ($name)', async ({ name, scheme, width }) => {
    const { page, problems } = await open('/sign-in', { scheme, width });
    expect(await axeViolations(page, 'r2w-site')).toEqual([]);
    // Signed in through the browser context, so the page carries the session cookie
    const registered = await page.context().request.post(`${world.api.url}/api/v1/auth/register`, {
      data: { email: uniqueEmail('axe'), password: 'correct horse battery staple', full_name: 'Axe Tester' },
    });
    expect(registered.status()).toBe(200);
    for (const path of ['/', '/sign-up', '/dashboard', '/create', '/account']) {
      await page.goto(`${world.api.url}${path}`);
      await site(page).locator('main h1').waitFor();
      if (path === '/create') await flow(page).locator('input[type=file]').waitFor({ state: 'attached' });
      expect(await axeViolations(page, 'r2w-site'), path).toEqual([]);
      await snap(page, `8-${path.slice(1) || 'home'}-${name}`);
    }
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('changes the password and signs out everywhere from the account page', async () => {
    const email = uniqueEmail('account');
    const { page, problems } = await open('/sign-up');
    await signUp(page, email);
    await page.waitForURL('**/dashboard');
    // Another device signed in as the same person
    const other = await world.browser.newContext();
    const otherLogin = await other.request.post(`${world.api.url}/api/v1/auth/login`, {
      data: { email, password: 'correct horse battery staple' },
    });
    expect(otherLogin.status()).toBe(200);
    const signedIn = async () =>
      ((await (await other.request.get(`${world.api.url}/api/v1/auth/session`)).json()) as { signed_in: boolean })
        .signed_in;
    expect(await signedIn()).toBe(true);

    await site(page).getByRole('link', { name: 'Account' }).click();
    await page.waitForURL('**/account');
    await site(page).locator('#current_password').fill('not the password');
    await site(page).locator('#new_password').fill('a brand new passphrase');
    await site(page).getByRole('button', { name: 'Change password' }).click();
    await site(page).locator('#current_password-error').getByText('is not your current password').waitFor();
    expect(await site(page).locator('#current_password').getAttribute('aria-describedby')).toBe(
      'current_password-error',
    );
    await site(page).locator('#current_password').fill('correct horse battery staple');
    await site(page).getByRole('button', { name: 'Change password' }).click();
    await site(page).getByText('Your password was changed.').waitFor();
    expect(await site(page).locator('#new_password').inputValue()).toBe('');
    expect(await signedIn()).toBe(false);
    expect(await axeViolations(page, 'r2w-site')).toEqual([]);
    await snap(page, '6-account-password');

    // Still signed in here with the new session; then out everywhere, this browser included
    await page.reload();
    await site(page).getByRole('button', { name: 'Sign out everywhere' }).click();
    await page.waitForURL((u) => u.pathname === '/');
    await site(page).getByText('You were signed out on every browser and device.').waitFor();
    const here = await page.evaluate(async () => (await (await fetch('/api/v1/auth/session')).json()).signed_in);
    expect(here).toBe(false);
    const login = await fetch(`${world.api.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: 'a brand new passphrase' }),
    });
    expect(login.status).toBe(200);
    expect(problems).toEqual([]);
    await other.close();
    await page.context().close();
  });

  it('goes from the landing page to a live website by keyboard alone', async () => {
    const { page, problems } = await open('/');
    const named = (text: string) => (el: { text: string }) => el.text === text;
    await tabTo(page, named('Upload your CV'));
    await page.keyboard.press('Enter');
    await page.waitForURL('**/create');
    // The file picker opens from the keyboard too (the test answers the browser's dialog)
    await tabTo(page, (el) => el.tag === 'input' && el.type === 'file');
    await chooseFileByKeyboard(page, PDF);
    await flow(page).locator('#fullName').waitFor({ timeout: 60_000 });
    await tabTo(page, named('Save and continue'));
    await page.keyboard.press('Enter');
    await flow(page).locator('input[name=theme]').first().waitFor();
    await tabTo(page, (el) => el.type === 'radio');
    await page.keyboard.press('ArrowRight'); // the second design
    await tabTo(page, named('Show the preview'));
    await page.keyboard.press('Enter');
    await flow(page).locator('iframe[part=preview]').waitFor();
    await tabTo(page, named('Publish'));
    await page.keyboard.press('Enter');
    const live = flow(page).locator('.live a');
    await live.waitFor({ timeout: 60_000 });
    expect((await fetch((await live.getAttribute('href'))!)).status).toBe(200);
    expect(problems).toEqual([]);
    await page.context().close();
  }, 120_000);

  it('moves between its pages without reloading, and the back button works', async () => {
    const { page } = await open('/');
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
    await site(page).getByRole('link', { name: 'Sign in' }).first().click();
    await page.waitForURL('**/sign-in');
    await page.goBack();
    await page.waitForURL((u) => u.pathname === '/');
    await site(page).getByRole('link', { name: 'Upload your CV' }).waitFor();
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
    await page.context().close();
  });
});
