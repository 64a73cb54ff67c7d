import type { Dialog, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startAnthropicMock,
  toolUseReply,
  type AnthropicMock,
} from '../../cv-extraction/test/support/anthropic-mock-server.js';
import { axeViolations, chromiumAvailable, PDF } from './support/page-helpers.js';
import { openSite, PASSWORD, signUp, site, siteWorld, snapSite, uniqueEmail } from './support/site-helpers.js';
import { startApi, type Api } from './support/widget-harness.js';

// The CV editor at /cvs/{id}/edit as a job seeker uses it: the real server on embedded defaults (the
// offline extractor reading a real CV PDF), Chromium typing, reordering, reloading, losing the session,
// meeting a conflicting edit, then publishing and finding the fixes on the live site.

const available = chromiumAvailable();
const world = siteWorld();

const editor = (page: Page): Locator => page.locator('r2w-site r2w-cv-editor');

interface Doc {
  version: number;
  data: {
    hero?: { fullName?: string; professionalTitle?: string };
    experience?: {
      experienceItems?: { jobTitle?: string; companyName?: string; responsibilitiesAndAchievements?: string[] }[];
    };
    skills?: { ungroupedSkills?: string[] };
    contact?: { professionalLinks?: { platform?: string; url?: string }[] };
  };
}

/** The stored document, read with the page's own session cookie. */
function storedDocument(page: Page, cvId: string): Promise<Doc> {
  return page.evaluate(async (id) => (await fetch(`/api/v1/cvs/${id}/data`)).json(), cvId) as Promise<Doc>;
}

/** Signs up in the browser and uploads the corpus PDF through the creation flow; answers the CV id. */
async function signedUpWithCv(page: Page, baseUrl: string): Promise<string> {
  await page.goto(`${baseUrl}/sign-up`);
  await signUp(page, uniqueEmail('editor'));
  await page.waitForURL('**/dashboard');
  await page.goto(`${baseUrl}/create`);
  await site(page).locator('r2w-widget input[type=file]').setInputFiles(PDF);
  const open = site(page).getByRole('link', { name: 'Open the full editor' });
  await open.waitFor({ timeout: 60_000 });
  await open.click();
  await page.waitForURL('**/edit');
  await editor(page).locator('#h-hero').waitFor();
  return new URL(page.url()).pathname.split('/')[2]!;
}

/** Accepts every dialog and remembers its kind (beforeunload, confirm). */
function dialogs(page: Page): Dialog['type'][] {
  const seen: ReturnType<Dialog['type']>[] = [];
  page.on('dialog', (dialog) => {
    seen.push(dialog.type());
    void dialog.accept();
  });
  return seen as unknown as Dialog['type'][];
}

const experienceLegends = (page: Page) =>
  editor(page).locator('#sec-experience fieldset.entry > legend').allTextContents();

describe.skipIf(!available)('the CV editor', () => {
  it('fixes a field, reorders jobs, survives a reload, refuses a bad link, then publishes the fixes', async () => {
    const { page, problems } = await openSite(world.browser, `${world.api.url}/`, { width: 1440 });
    const seen = dialogs(page);
    const cvId = await signedUpWithCv(page, world.api.url);
    const before = await storedDocument(page, cvId);
    const jobs = before.data.experience?.experienceItems ?? [];
    expect(jobs.length).toBeGreaterThanOrEqual(2);

    // Every section is there, filled or offered; the original PDF is beside the form
    expect(await editor(page).locator('section.cv-section h2').count()).toBe(19);
    expect(await editor(page).locator('iframe.original').getAttribute('src')).toBe(
      `/api/v1/cvs/${cvId}/file?disposition=inline`,
    );
    // The offline extractor was unsure of one section: it is marked for review
    await editor(page).locator('#sec-memberships.low').getByText('We were not sure about this section').waitFor();
    await snapSite(page, 'editor-1-loaded');

    // The CV gives post-nominals ("BSN, RN"), not a job title: the person adds one
    const title = editor(page).getByLabel('Professional title');
    expect(await title.inputValue()).toBe('');
    await title.fill('Paediatric Staff Nurse');

    // Reorder the two jobs by keyboard: the focus follows the moved entry
    const legends = await experienceLegends(page);
    const down = editor(page)
      .locator('#sec-experience')
      .getByRole('button', { name: `Move down: ${legends[0]}` });
    await down.focus();
    await page.keyboard.press('Enter');
    expect((await experienceLegends(page)).slice(0, 2)).toEqual([legends[1], legends[0]]);
    const focused = await editor(page).evaluate((el) => el.shadowRoot!.activeElement?.getAttribute('aria-label'));
    expect(focused).toBe(`Move up: ${legends[0]}`);

    // A new bullet, typed at the end of the list as in a word processor
    const bullets = editor(page).locator('#f-experience-experienceItems-0-responsibilitiesAndAchievements');
    await bullets.focus();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Mentored new graduates ');
    expect(await bullets.inputValue()).toMatch(/\nMentored new graduates $/);

    // Seldom-used fields are folded under "More details", one click (or Enter) away
    const more = editor(page).locator('#sec-experience fieldset.entry > details.more').first();
    await expect.poll(() => more.locator('summary').textContent()).toMatch(/^More details \(Company website/);
    const companyUrl = editor(page).locator('#f-experience-experienceItems-0-companyUrl');
    if (!(await companyUrl.isVisible())) await more.locator('summary').click();
    await companyUrl.waitFor();

    // A skill as a tag, typed and entered
    const skills = editor(page).locator('#f-skills-ungroupedSkills');
    await skills.fill('Triage');
    await skills.press('Enter');
    await editor(page).locator('#sec-skills li.tag', { hasText: 'Triage' }).waitFor();
    await editor(page).getByText('Unsaved changes').waitFor();

    // A reload (or a crash) loses nothing: the draft comes back, announced
    await page.reload();
    await editor(page).getByText('We restored changes you had not saved yet').waitFor();
    expect(seen).toContain('beforeunload');
    expect(await editor(page).getByLabel('Professional title').inputValue()).toBe('Paediatric Staff Nurse');
    expect((await experienceLegends(page)).slice(0, 2)).toEqual([legends[1], legends[0]]);

    // A link the server would refuse is caught here, next to the field, and nothing is sent
    const links = await editor(page).locator('#sec-contact .link-row').count();
    await editor(page).getByRole('button', { name: 'Add a link' }).click();
    await editor(page).locator(`#f-contact-professionalLinks-${links}-platform`).fill('Portfolio');
    const url = editor(page).locator(`#f-contact-professionalLinks-${links}-url`);
    await url.fill('javascript:alert(1)');
    await editor(page).getByRole('button', { name: 'Save changes' }).click();
    await editor(page).getByText('Some values need fixing before they can be saved: 1.').waitFor();
    await editor(page).getByText('Enter a full address starting with https:// (or mailto:).').waitFor();
    expect(await url.getAttribute('aria-invalid')).toBe('true');
    expect(await editor(page).evaluate((el) => el.shadowRoot!.activeElement?.id)).toBe(
      `f-contact-professionalLinks-${links}-url`,
    );
    expect((await storedDocument(page, cvId)).version).toBe(before.version);
    await snapSite(page, 'editor-2-invalid-link');
    await url.fill('https://eleanor-vance.example.com');

    // Saved as one merge patch on top of the version it started from
    await editor(page).getByRole('button', { name: 'Save changes' }).click();
    await editor(page).getByText('Saved. The preview shows your changes.').waitFor();
    await editor(page).getByText('All changes saved').waitFor();
    const after = await storedDocument(page, cvId);
    expect(after.version).toBe(before.version + 1);
    expect(after.data.hero?.professionalTitle).toBe('Paediatric Staff Nurse');
    expect(after.data.hero?.fullName).toBe(before.data.hero?.fullName);
    const savedJobs = after.data.experience?.experienceItems ?? [];
    expect(savedJobs.slice(0, 2).map((job) => job.jobTitle)).toEqual([jobs[1]!.jobTitle, jobs[0]!.jobTitle]);
    expect(savedJobs[1]).toEqual(jobs[0]);
    expect(savedJobs[0]!.responsibilitiesAndAchievements).toEqual([
      ...(jobs[1]!.responsibilitiesAndAchievements ?? []),
      'Mentored new graduates',
    ]);
    expect(after.data.skills?.ungroupedSkills).toContain('Triage');
    expect(after.data.contact?.professionalLinks?.at(-1)).toEqual({
      platform: 'Portfolio',
      url: 'https://eleanor-vance.example.com',
    });
    expect(await page.evaluate((id) => localStorage.getItem(`r2w-site:draft:${id}`), cvId)).toBeNull();

    // Pick a design, see the fix in the real preview at desktop and phone widths
    await editor(page).getByRole('tab', { name: 'Website preview' }).click();
    await editor(page).locator('input[name=theme]').first().check();
    const preview = editor(page).frameLocator('iframe[part=preview]');
    await preview.getByText('Paediatric Staff Nurse').first().waitFor();
    await editor(page).getByRole('button', { name: 'Phone' }).click();
    expect(await editor(page).locator('.frame.phone iframe').count()).toBe(1);
    expect(await axeViolations(page, 'r2w-site')).toEqual([]);
    await snapSite(page, 'editor-3-preview');

    // Publish: the live site carries the fix and the new order
    await editor(page).getByRole('button', { name: 'Publish', exact: true }).scrollIntoViewIfNeeded();
    await editor(page).getByRole('button', { name: 'Publish', exact: true }).click();
    const live = editor(page).locator('.live a');
    await live.waitFor({ timeout: 60_000 });
    const liveUrl = (await live.getAttribute('href'))!;
    const html = await (await fetch(liveUrl)).text();
    expect(html).toContain('Paediatric Staff Nurse');
    expect(html).toContain('https://eleanor-vance.example.com');
    const experience = html.slice(html.indexOf('section-experience'));
    const position = (job: { jobTitle?: string }) => experience.indexOf(job.jobTitle!.replace(/'/g, '&#x27;'));
    expect(position(jobs[1]!)).toBeGreaterThan(-1);
    expect(position(jobs[0]!)).toBeGreaterThan(position(jobs[1]!));

    // Take it offline from the dashboard: the address answers 404
    await site(page).getByRole('link', { name: 'My websites' }).first().click();
    await page.waitForURL('**/dashboard');
    const slug = new URL(liveUrl).pathname.split('/')[2]!;
    await site(page)
      .getByRole('button', { name: `Take offline ${slug}` })
      .click();
    await site(page).getByText(`${slug} is offline now.`).waitFor({ timeout: 60_000 });
    expect((await fetch(liveUrl)).status).toBe(404);

    // Back online from the editor, then the account goes and takes the website with it
    await site(page).getByRole('link', { name: 'Edit' }).first().click();
    await page.waitForURL(`**/cvs/${cvId}/edit`);
    await editor(page).getByRole('button', { name: 'Publish', exact: true }).scrollIntoViewIfNeeded();
    await editor(page).getByRole('button', { name: 'Publish', exact: true }).click();
    await editor(page).locator('.live a').waitFor({ timeout: 60_000 });
    expect((await fetch(liveUrl)).status).toBe(200);
    await site(page).getByRole('link', { name: 'Account' }).click();
    await page.waitForURL('**/account');
    await site(page).locator('#confirm-delete').fill('DELETE');
    await site(page).getByRole('button', { name: 'Delete my account' }).click();
    await site(page).getByText('Your account and everything in it were deleted.').waitFor();
    expect((await fetch(liveUrl)).status).toBe(404);
    expect(problems).toEqual([]);
    await page.context().close();
  }, 180_000);

  it('keeps the draft when the session ends mid-edit, and saves it after signing in again', async () => {
    const { page, problems } = await openSite(world.browser, `${world.api.url}/`, { width: 1280 });
    const seen = dialogs(page);
    const cvId = await signedUpWithCv(page, world.api.url);
    const email = await page.evaluate(async () => (await (await fetch('/api/v1/auth/me')).json()).user.email as string);
    await editor(page).getByLabel('Full name').fill('Eleanor R. Vance');

    // The session ends (expired, or signed out in another tab)
    await page.context().clearCookies();
    await editor(page).getByRole('button', { name: 'Save changes' }).click();
    await editor(page).getByText('Your session has ended. Your changes are kept in this browser').waitFor();
    await snapSite(page, 'editor-3-session-ended');
    await editor(page).getByRole('link', { name: 'Sign in again' }).click();
    await page.waitForURL('**/sign-in?next=*');
    // The page said the changes are kept: following its own link asks nothing
    expect(seen).toEqual([]);
    await site(page).locator('#email').fill(email);
    await site(page).locator('#password').fill(PASSWORD);
    await site(page).getByRole('button', { name: 'Sign in' }).click();

    // Back in the editor with the edit restored; saving now works
    await page.waitForURL(`**/cvs/${cvId}/edit`);
    await editor(page).getByText('We restored changes you had not saved yet').waitFor();
    expect(await editor(page).getByLabel('Full name').inputValue()).toBe('Eleanor R. Vance');
    await editor(page).getByRole('button', { name: 'Save changes' }).click();
    await editor(page).getByText('Saved. The preview shows your changes.').waitFor();
    expect((await storedDocument(page, cvId)).data.hero?.fullName).toBe('Eleanor R. Vance');
    expect(problems).toEqual([]);
    await page.context().close();
  }, 120_000);

  it('offers to reload when the CV changed somewhere else, and asks before leaving unsaved edits', async () => {
    const { page, problems } = await openSite(world.browser, `${world.api.url}/`, { width: 1280 });
    const seen = dialogs(page);
    const cvId = await signedUpWithCv(page, world.api.url);
    await editor(page).getByLabel('Professional title').fill('Ward Sister');

    // Another tab saves first
    const other = await page.evaluate(async (id) => {
      const res = await fetch(`/api/v1/cvs/${id}/data`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/merge-patch+json' },
        body: JSON.stringify({ data: { hero: { professionalTitle: 'Charge Nurse' } } }),
      });
      return res.status;
    }, cvId);
    expect(other).toBe(200);
    await editor(page).getByRole('button', { name: 'Save changes' }).click();
    await editor(page).getByText('This CV was changed somewhere else').waitFor();
    expect((await storedDocument(page, cvId)).data.hero?.professionalTitle).toBe('Charge Nurse');
    await snapSite(page, 'editor-4-conflict');
    await editor(page).getByRole('button', { name: 'Reload the latest version' }).click();
    await editor(page).getByText('All changes saved').waitFor();
    expect(await editor(page).getByLabel('Professional title').inputValue()).toBe('Charge Nurse');

    // Leaving with unsaved edits asks first; the edits stay in the local draft whatever the answer
    await editor(page).getByLabel('Professional title').fill('Ward Sister');
    await site(page).getByRole('link', { name: 'My websites' }).first().click();
    await page.waitForURL('**/dashboard');
    expect(seen).toContain('confirm');
    expect(await page.evaluate((id) => localStorage.getItem(`r2w-site:draft:${id}`), cvId)).toContain('Ward Sister');

    // Signing out on a shared computer leaves no CV behind in the browser
    await site(page).getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL((u) => u.pathname === '/');
    expect(await page.evaluate((id) => localStorage.getItem(`r2w-site:draft:${id}`), cvId)).toBeNull();
    expect(problems).toEqual([]);
    await page.context().close();
  }, 120_000);

  it.each([
    { name: 'dark', scheme: 'dark', width: 1280 },
    { name: 'light-390', scheme: 'light', width: 390 },
    { name: 'dark-390', scheme: 'dark', width: 390 },
  ] as const)(
    'has no axe violations ($name)',
    async ({ name, scheme, width }) => {
      const { page, problems } = await openSite(world.browser, `${world.api.url}/`, { scheme, width });
      await signedUpWithCv(page, world.api.url);
      await page.waitForTimeout(300);
      expect(await axeViolations(page, 'r2w-site')).toEqual([]);
      await snapSite(page, `editor-5-${name}`);
      expect(problems).toEqual([]);
      await page.context().close();
    },
    120_000,
  );
});

describe.skipIf(!available)('the CV editor with the Claude extractor', () => {
  let claude: AnthropicMock;
  let claudeApi: Api;

  beforeAll(async () => {
    claude = await startAnthropicMock();
    claudeApi = await startApi({ CLAUDE_API_KEY: 'test-key', CLAUDE_BASE_URL: claude.url });
  });

  afterAll(async () => {
    await claudeApi?.close();
    await claude?.close();
  });

  it('marks a value the model invented until the person changes it', async () => {
    // The model says "Chief Nursing Officer"; the PDF never does, so the server flags it.
    claude.enqueue(
      toolUseReply('record_cv', {
        hero: { fullName: 'Eleanor Vance', professionalTitle: 'Chief Nursing Officer' },
        contact: { email: 'eleanor.vance.rn@email.com' },
        meta: { language: 'en' },
      }),
    );
    const { page, problems } = await openSite(world.browser, `${claudeApi.url}/`, { width: 1280 });
    await signedUpWithCv(page, claudeApi.url);
    const title = editor(page).getByLabel('Professional title');
    expect(await title.inputValue()).toBe('Chief Nursing Officer');
    const note = editor(page).locator('#f-hero-professionalTitle-flag');
    await note.waitFor();
    expect(await note.textContent()).toMatch(/^Please check: /);
    expect(await title.getAttribute('aria-describedby')).toContain('f-hero-professionalTitle-flag');
    await snapSite(page, 'editor-6-flagged');
    await title.fill('Staff Nurse');
    expect(await note.count()).toBe(0);
    expect(problems).toEqual([]);
    await page.context().close();
  }, 120_000);
});
