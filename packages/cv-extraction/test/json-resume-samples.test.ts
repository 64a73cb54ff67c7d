import { describe, expect, it } from 'vitest';
import {
  EXTENSION_SECTIONS,
  JSON_RESUME_EXTENSION,
  importJsonResume,
  toJsonResume,
} from '../src/json-resume/json-resume.js';
import { validateAt } from './support/contract.js';
import {
  JSON_RESUME_SAMPLES,
  JSON_RESUME_SCHEMA_VERSION,
  jsonResumeSample,
  jsonResumeSchemaErrors,
} from './support/json-resume-schema.js';

// The official sample résumés of `@jsonresume/schema` 1.3.1: imported with nothing demoted to
// `unclassifiedText`, exported valid against the package's own validator, and JSON Resume →
// CvData → JSON Resume with every value in its original place.

type Json = Record<string, unknown>;

/** What a résumé says about the person: without `$schema`, `meta` (about the file) and empty values. */
function personal(resume: Json): Json {
  const clean = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(clean).filter((v) => v !== undefined);
    if (typeof value === 'object' && value !== null) {
      const out: Json = {};
      for (const [key, v] of Object.entries(value)) {
        const c = clean(v);
        if (c !== undefined) out[key] = c;
      }
      return Object.keys(out).length ? out : undefined;
    }
    return value === '' || value === null ? undefined : value;
  };
  const { $schema: _schema, meta: _meta, [JSON_RESUME_EXTENSION]: _extension, ...rest } = resume;
  return (clean(rest) as Json | undefined) ?? {};
}

/** Every value of a document as `pointer → value`. */
function leaves(value: unknown, pointer = '', out = new Map<string, unknown>()): Map<string, unknown> {
  if (Array.isArray(value)) value.forEach((v, i) => leaves(v, `${pointer}/${i}`, out));
  else if (typeof value === 'object' && value !== null)
    for (const [key, v] of Object.entries(value)) leaves(v, `${pointer}/${key}`, out);
  else out.set(pointer, value);
  return out;
}

describe('the official JSON Resume samples', () => {
  it('are the ones of @jsonresume/schema 1.3.1, valid by its own validator', () => {
    expect(JSON_RESUME_SCHEMA_VERSION).toBe('1.3.1');
    for (const name of JSON_RESUME_SAMPLES)
      expect(jsonResumeSchemaErrors(jsonResumeSample(name)), name).toBeUndefined();
  });

  describe.each(JSON_RESUME_SAMPLES)('%s', (name) => {
    const sample = jsonResumeSample(name);
    const { data, dropped } = importJsonResume(sample);
    const exported = JSON.parse(JSON.stringify(toJsonResume(data))) as Json;

    it('imports as a valid CvData, dropping nothing and demoting nothing to unclassifiedText', () => {
      expect(validateAt(['components', 'schemas', 'CvData'], data)).toBeUndefined();
      expect(dropped).toEqual([]);
      expect(data.unclassifiedText).toBeUndefined();
      // Every value of the sample is a value of the document (a one-line work location is split
      // into its parts, so it is checked through the round trip below).
      const values = new Set([...leaves(data).values()]);
      const missing = [...leaves(personal(sample))]
        .filter(([pointer, value]) => !/^\/work\/\d+\/location$/.test(pointer) && !values.has(value))
        .map(([pointer]) => pointer);
      expect(missing).toEqual([]);
    });

    it('exports valid against @jsonresume/schema, the extension holding only the sections it carries whole', () => {
      expect(jsonResumeSchemaErrors(exported)).toBeUndefined();
      const extension = (exported[JSON_RESUME_EXTENSION] ?? {}) as Json;
      for (const key of Object.keys(extension)) expect(EXTENSION_SECTIONS, key).toContain(key);
    });

    it('round-trips JSON Resume → CvData → JSON Resume with every value in its original place', () => {
      expect(personal(exported)).toStrictEqual(personal(sample));
    });

    it('round-trips CvData → JSON Resume → CvData exactly', () => {
      expect(importJsonResume(exported)).toStrictEqual({ data, dropped: [] });
    });
  });
});
