import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { ApiContract } from './http/contract.js';

/** The contract lives at the repository root; from src/ and dist/ alike it is three levels up. */
export const DEFAULT_SPEC_PATH = fileURLToPath(new URL('../../../openapi.yaml', import.meta.url));

export interface ApiSpec {
  /** The file as written, served at /openapi.yaml. */
  text: string;
  document: Record<string, unknown>;
  contract: ApiContract;
}

const loaded = new Map<string, ApiSpec>();

/** Parsing and compiling the contract is the slow part of start-up, so a process does it once per file. */
export function loadApiSpec(path: string = DEFAULT_SPEC_PATH): ApiSpec {
  let spec = loaded.get(path);
  if (!spec) {
    const text = readFileSync(path, 'utf8');
    const document = parse(text) as Record<string, unknown>;
    spec = { text, document, contract: new ApiContract(document) };
    loaded.set(path, spec);
  }
  return spec;
}
