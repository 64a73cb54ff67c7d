import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The official JSON Resume schema package (`@jsonresume/schema`, a devDependency): its own
 * validator and the sample résumés it ships (`sample.resume.json` and `examples/*.resume.json`).
 */

interface ValidationError {
  property: string;
  message: string;
}

interface JsonResumeSchemaPackage {
  validate(resume: unknown, callback: (errors: ValidationError[] | null, valid: boolean) => void): void;
}

const require = createRequire(import.meta.url);
const schemaPackage = require('@jsonresume/schema') as JsonResumeSchemaPackage;
const packageDir = dirname(require.resolve('@jsonresume/schema/package.json'));

/** The package's version, to check the samples are the ones the tests were written for. */
export const JSON_RESUME_SCHEMA_VERSION = (
  JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string }
).version;

/** Undefined when the package's own validator accepts `resume`, else its errors, one a line. */
export function jsonResumeSchemaErrors(resume: unknown): string | undefined {
  let result: string | undefined;
  schemaPackage.validate(resume, (errors, valid) => {
    result = valid ? undefined : (errors ?? []).map((e) => `${e.property} ${e.message}`).join('\n');
  });
  return result;
}

export const JSON_RESUME_SAMPLES = [
  'sample.resume.json',
  'examples/career-changer.resume.json',
  'examples/new-grad.resume.json',
  'examples/senior-engineer.resume.json',
] as const;

export function jsonResumeSample(name: (typeof JSON_RESUME_SAMPLES)[number]): Record<string, unknown> {
  return JSON.parse(readFileSync(join(packageDir, name), 'utf8')) as Record<string, unknown>;
}
