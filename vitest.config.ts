import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Tests run against the workspace packages' sources, so `npm test` needs no build first.
const alias = {
  // Before the package's own entry: the first alias that matches wins.
  '@resume2website/templates/words': fileURLToPath(new URL('./packages/templates/src/i18n/words.ts', import.meta.url)),
  '@resume2website/sdk': fileURLToPath(new URL('./packages/sdk/src/index.ts', import.meta.url)),
  '@resume2website/templates': fileURLToPath(new URL('./packages/templates/src/index.ts', import.meta.url)),
  '@resume2website/cv-extraction': fileURLToPath(new URL('./packages/cv-extraction/src/index.ts', import.meta.url)),
};

// One runner for the whole monorepo: each package is a project so `npm test` runs all of them,
// and `vitest run --project server` runs one.
export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'server',
          root: './packages/server',
          include: ['test/**/*.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          globalSetup: ['./test/support/global-setup.ts'],
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'sdk',
          root: './packages/sdk',
          include: ['test/**/*.test.ts'],
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'cv-extraction',
          root: './packages/cv-extraction',
          include: ['test/**/*.test.ts'],
          // PDFs are opened in a worker thread and the CLI test runs child processes.
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'templates',
          root: './packages/templates',
          include: ['test/**/*.test.ts'],
          // The browser tests launch Chromium and run axe on dozens of pages.
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'widget',
          root: './packages/widget',
          include: ['test/**/*.test.ts'],
          // Builds the bundle once, then each file starts the real server and drives Chromium through whole flows.
          testTimeout: 60_000,
          hookTimeout: 120_000,
          globalSetup: ['./test/support/global-setup.ts'],
        },
      },
    ],
  },
});
