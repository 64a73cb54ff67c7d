import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Document } from 'openapi-backend';
import { parse } from 'yaml';

/** The contract lives at the repository root; from src/ and dist/ alike it is three levels up. */
export const DEFAULT_SPEC_PATH = fileURLToPath(new URL('../../../openapi.yaml', import.meta.url));

export interface ApiSpec {
  /** The file as written, served at /openapi.yaml. */
  text: string;
  document: Document;
}

const loaded = new Map<string, ApiSpec>();

/** Parsing the contract takes most of a second, so each process does it once per file. */
export function loadApiSpec(path: string = DEFAULT_SPEC_PATH): ApiSpec {
  let spec = loaded.get(path);
  if (!spec) {
    const text = readFileSync(path, 'utf8');
    spec = { text, document: parse(text) as Document };
    loaded.set(path, spec);
  }
  return spec;
}
