import { existsSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { WIDGET_DIR } from './widget-harness.js';

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const PDF = fileURLToPath(new URL('../../../cv-extraction/corpus/public/Eleanor_Vance_cv.pdf', import.meta.url));
export const SHOTS = path.join(WIDGET_DIR, 'test-results');

/** Whether Chromium is there; under CI its absence fails the run instead of shrinking it. */
export function chromiumAvailable(): boolean {
  const available = existsSync(CHROMIUM_PATH);
  if (!available && process.env.CI === 'true') throw new Error(`Chromium is required at ${CHROMIUM_PATH} under CI.`);
  return available;
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
}

export interface CollectedEvent {
  type: string;
  detail: Record<string, unknown>;
  bubbles: boolean;
  composed: boolean;
}

/** A page with the problems it reported: uncaught errors and CSP / Trusted Types violations. */
export interface WidgetPage {
  page: Page;
  problems: string[];
}

export async function openPage(
  browser: Browser,
  url: string,
  options: { scheme?: 'light' | 'dark'; width?: number } = {},
): Promise<WidgetPage> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1024, height: 900 },
    colorScheme: options.scheme ?? 'light',
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy|Trusted ?Type/i.test(message.text())) {
      problems.push(message.text());
    }
    // The bundle integrators get must be Lit's production build.
    if (/Lit is in dev mode/.test(message.text())) problems.push(message.text());
  });
  await page.goto(url);
  return { page, problems };
}

export const widget = (page: Page): Locator => page.locator('r2w-widget');

/** The events of a whole flow with payments off, in the order they must fire, each once. */
export const FREE_FLOW_EVENTS = ['r2w-ready', 'r2w-uploaded', 'r2w-extracted', 'r2w-preview', 'r2w-published'];

export function events(page: Page): Promise<CollectedEvent[]> {
  return page.evaluate(() => (window as unknown as { __r2wEvents: CollectedEvent[] }).__r2wEvents);
}

/** Waits until `count` events of this type have fired; returns the last of them. */
export async function waitForEvent(page: Page, type: string, count = 1): Promise<CollectedEvent> {
  await page.waitForFunction(
    ([t, n]) =>
      (window as unknown as { __r2wEvents: { type: string }[] }).__r2wEvents.filter((e) => e.type === t).length >= n,
    [type, count] as const,
    { timeout: 60_000 },
  );
  return (await events(page)).filter((e) => e.type === type)[count - 1]!;
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core over the widget (its open shadow root included); one line per violation. */
export async function axeViolations(page: Page, selector = 'r2w-widget'): Promise<string[]> {
  // Evaluated through the DevTools protocol, so the page's strict CSP needs no exception for it.
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async (selector) => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: object): Promise<{ violations: unknown[] }> } })
      .axe;
    return (await axe.run({ include: [[selector]] }, { resultTypes: ['violations'] })).violations as {
      id: string;
      nodes: { target: unknown; failureSummary: string }[];
    }[];
  }, selector);
  return violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => [n.target, n.failureSummary]))}`);
}

export async function shot(page: Page, name: string): Promise<void> {
  await widget(page).screenshot({ path: path.join(SHOTS, `${name}.png`), animations: 'disabled' });
}

/**
 * Opens the file chooser from the focused file input by keyboard (Space, then Enter if the browser
 * did not react: a busy headless Chromium sometimes drops the first key) and picks `file`.
 */
export async function chooseFileByKeyboard(page: Page, file: string): Promise<void> {
  for (const key of ['Space', 'Enter', 'Space']) {
    const chooser = page.waitForEvent('filechooser', { timeout: 10_000 }).catch(() => undefined);
    await page.keyboard.press(key);
    const opened = await chooser;
    if (opened) return opened.setFiles(file);
  }
  throw new Error('the file chooser never opened from the keyboard');
}
