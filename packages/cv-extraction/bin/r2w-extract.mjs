#!/usr/bin/env node
// `npx r2w-extract cv.pdf`: runs the built CLI, or, in a checkout where nothing is built yet, the
// TypeScript source through tsx (a dev dependency of the monorepo), so it works right after install.
import { existsSync } from 'node:fs';

const built = new URL('../dist/cli.js', import.meta.url);
if (existsSync(built)) {
  await import(built.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(new URL('../src/cli.ts', import.meta.url).href);
}
