import { readFileSync } from 'node:fs';
import type { CvData } from '@resume2website/sdk';

export const FIXTURE_NAMES = ['full-en', 'full-es', 'sparse', 'hostile'] as const;
export type FixtureName = (typeof FIXTURE_NAMES)[number];

/** The server's example documents; hostile.json is parsed like any request body would be. */
export function loadFixture(name: FixtureName): CvData {
  const url = new URL(`../../../server/test/fixtures/cv/${name}.json`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as CvData;
}
