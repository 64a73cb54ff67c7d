import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { WIDGET_EVENTS } from '../src/widget-events.js';

// custom-elements.json is committed (editors and Storybook read it from the package): it must be
// what the analyzer makes of the element today, and it must pin the documented interface only.

const PACKAGE_DIR = fileURLToPath(new URL('../', import.meta.url));
const MANIFEST = path.join(PACKAGE_DIR, 'custom-elements.json');

interface Named {
  name: string;
}
interface Member extends Named {
  kind: string;
  privacy?: string;
  attribute?: string;
}
interface Declaration extends Named {
  kind: string;
  tagName?: string;
  customElement?: boolean;
  members?: Member[];
  attributes?: (Named & { fieldName?: string })[];
  events?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
}
interface Manifest {
  schemaVersion: string;
  modules: { path: string; declarations?: Declaration[] }[];
}

const names = (list: Named[] | undefined) => (list ?? []).map((item) => item.name);

let tmp: string | undefined;
afterAll(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

describe('custom-elements.json', () => {
  it('is what `npm run analyze` generates from the current source (not stale)', async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), 'r2w-cem-'));
    const fresh = path.join(tmp, 'custom-elements.json');
    await promisify(execFile)(process.execPath, ['scripts/analyze.mjs', '--out', fresh], { cwd: PACKAGE_DIR });
    const committed = await readFile(MANIFEST, 'utf8');
    expect(
      await readFile(fresh, 'utf8'),
      'custom-elements.json is stale: run `npm run analyze -w @resume2website/widget` and commit it',
    ).toBe(committed);
  });

  it('describes <r2w-widget> with its public interface only', async () => {
    const manifest = JSON.parse(await readFile(MANIFEST, 'utf8')) as Manifest;
    const elements = manifest.modules.flatMap((mod) => mod.declarations ?? []).filter((d) => d.customElement);
    expect(elements.map((d) => [d.tagName, d.name])).toEqual([['r2w-widget', 'R2wWidget']]);
    const element = elements[0]!;

    expect(names(element.attributes)).toEqual(['api-base', 'publishable-key', 'locale', 'theme', 'color-scheme']);
    expect(element.members?.map((m) => [m.name, m.kind, m.privacy])).toEqual(
      ['apiBase', 'publishableKey', 'locale', 'theme', 'colorScheme', 'sessionToken', 'cv', 'strings'].map((name) => [
        name,
        'field',
        'public',
      ]),
    );
    // Properties only: the host page sets them from script.
    const propertyOnly = element.members!.filter((m) => !m.attribute).map((m) => m.name);
    expect(propertyOnly).toEqual(['sessionToken', 'cv', 'strings']);
    expect(names(element.events)).toEqual(WIDGET_EVENTS);
    expect(names(element.cssParts)).toEqual(['dropzone', 'button', 'stepper', 'preview', 'error']);
    expect(names(element.cssProperties)).toEqual([
      '--r2w-color-primary',
      '--r2w-color-surface',
      '--r2w-color-text',
      '--r2w-radius',
      '--r2w-font-family',
    ]);
    // Internals stay internal: `#private` members and the protected `view` state.
    expect(JSON.stringify(manifest)).not.toMatch(/"#|"view"/);
  });

  it('points at the emitted module and is what package.json advertises and ships', async () => {
    const manifest = JSON.parse(await readFile(MANIFEST, 'utf8')) as Manifest;
    expect(manifest.modules.map((mod) => mod.path)).toEqual(['dist/r2w-widget-element.js']);
    const pkg = JSON.parse(await readFile(path.join(PACKAGE_DIR, 'package.json'), 'utf8')) as {
      customElements: string;
      files: string[];
    };
    expect(pkg.customElements).toBe('custom-elements.json');
    expect(pkg.files).toContain('custom-elements.json');
  });
});
