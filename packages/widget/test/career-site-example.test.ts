import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  freePort,
  loggedTypes,
  portClosed,
  spawnUntil,
  waitForLogged,
  type ExampleProcess,
} from './support/example-process.js';
import { chromiumAvailable, FREE_FLOW_EVENTS, launch, openPage, PDF, widget } from './support/page-helpers.js';

// examples/career-site as a user runs it: `node examples/career-site/run.mjs` with nothing else
// running, so it starts the built server itself (embedded defaults), creates the tenant through the
// tenant CLI, and serves the page; then the whole flow in Chromium on that page, under its strict
// CSP, and a clean stop on SIGTERM that leaves no server behind.

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const available = chromiumAvailable();

let dataDir: string;
let apiPort: number;
let pageUrl: string;
let example: ExampleProcess | undefined;
let browser: Browser | undefined;

/**
 * run.mjs starts packages/server/dist/main.js and the tenant CLI runs dist/tenant-cli.js: build the
 * server (and the packages it uses) as `npm run build` does. CI removes every dist/ before `npm test`;
 * tsc -b skips what is up to date. The widget's bundle is built by the global setup.
 */
function buildServer(): void {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-b', 'packages/server'], { cwd: ROOT, stdio: 'inherit' });
}

beforeAll(async () => {
  if (!available) return;
  buildServer();
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'r2w-career-site-'));
  apiPort = await freePort();
  const pagePort = await freePort();
  const started = await spawnUntil('examples/career-site/run.mjs', {
    cwd: ROOT,
    // A clean environment, as on a fresh machine: never the developer's DATABASE_URL or REDIS_URL.
    env: {
      PATH: process.env.PATH,
      HOME: os.tmpdir(),
      DATA_DIR: dataDir,
      API_BASE: `http://localhost:${apiPort}`,
      HOST: '127.0.0.1',
      PORT: String(pagePort),
    },
    ready: /Career site on (http:\/\/\S+)/,
    timeoutMs: 90_000,
  });
  example = started.example;
  pageUrl = started.match[1]!;
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  // If a test failed before its own stop, still stop the example (and with it its server).
  if (example && example.child.exitCode === null && example.child.signalCode === null) {
    example.child.kill('SIGTERM');
    await example.exited;
  }
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe.skipIf(!available)('examples/career-site (run.mjs on embedded defaults)', () => {
  it('started its own API and serves the page on the tenant’s origin', async () => {
    expect(example!.output()).toContain(`No API on http://localhost:${apiPort}: starting one`);
    expect(example!.output()).toMatch(/publishable key: pk_\w+/);
    expect(pageUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect((await fetch(`http://localhost:${apiPort}/ready`)).status).toBe(200);
  });

  it('runs upload → review → theme → preview → publish on the page, which logs every event', async () => {
    const { page, problems } = await openPage(browser!, pageUrl);
    await waitForLogged(page, 'r2w-ready');

    await widget(page).locator('input[type=file]').setInputFiles(PDF);
    await waitForLogged(page, 'r2w-extracted');
    const fullName = widget(page).locator('#fullName');
    await fullName.waitFor();
    const name = await fullName.inputValue();
    expect(name).toContain('Eleanor');
    await widget(page).locator('button[type=submit]').click();

    const themes = widget(page).locator('input[name=theme]');
    await themes.first().waitFor();
    await themes.first().check();
    await widget(page).getByRole('button', { name: 'Show the preview' }).click();
    await waitForLogged(page, 'r2w-preview');
    await widget(page).locator('iframe[part=preview]').waitFor();

    await widget(page).getByRole('button', { name: 'Publish', exact: true }).click();
    const published = await waitForLogged(page, 'r2w-published');
    const url = await widget(page).locator('.live a').getAttribute('href');
    expect(url).toMatch(new RegExp(`^http://localhost:${apiPort}/sites/[\\w-]+/$`));
    expect(published).toContain(url);
    const site = await fetch(url!);
    expect(site.status).toBe(200);
    expect(await site.text()).toContain(name);

    expect(await loggedTypes(page)).toEqual(FREE_FLOW_EVENTS);
    expect(problems).toEqual([]);
    await page.context().close();
  }, 120_000);

  it('stops on SIGTERM with its API: exit code 0, both ports closed', async () => {
    const pagePort = Number(new URL(pageUrl).port);
    example!.child.kill('SIGTERM');
    expect(await example!.exited).toBe(0);
    expect(await portClosed(apiPort)).toBe(true);
    expect(await portClosed(pagePort)).toBe(true);
  });
});
