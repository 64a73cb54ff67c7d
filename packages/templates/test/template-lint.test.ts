import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

function filesUnder(dir: string, extension: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'generated' ? [] : filesUnder(path, extension);
    return path.endsWith(extension) ? [path] : [];
  });
}

const templates = filesUnder(join(ROOT, 'themes'), '.hbs');
const sources = filesUnder(join(ROOT, 'src'), '.ts');
const rel = (path: string): string => relative(ROOT, path);

/** Start tags in a template, with any quoted attribute values removed. */
function startTagsWithoutQuotedValues(source: string): string[] {
  return [...source.matchAll(/<[a-zA-Z][^<>]*>/g)].map((m) => m[0].replace(/"[^"]*"/g, '""'));
}

// The escaping guarantees of the themes, enforced on every file so a new theme cannot drop them.
describe('template lint', () => {
  it('finds the theme templates', () => {
    expect(templates.length).toBeGreaterThan(20);
  });

  it('has no triple-stash (unescaped output) in any template', () => {
    const offenders = templates.filter((file) => readFileSync(file, 'utf8').includes('{{{'));
    expect(offenders.map(rel)).toEqual([]);
  });

  it('has no unescaped partial-block or raw-block syntax either', () => {
    const offenders = templates.filter((file) => /\{\{&|\{\{\{\{/.test(readFileSync(file, 'utf8')));
    expect(offenders.map(rel)).toEqual([]);
  });

  it('double-quotes every attribute value and puts no mustache outside one', () => {
    const problems: string[] = [];
    for (const file of templates) {
      for (const tag of startTagsWithoutQuotedValues(readFileSync(file, 'utf8'))) {
        // An unquoted value lets a space in CV text start a new attribute (Handlebars does not escape spaces).
        if (/=\s*[^\s"]/.test(tag) || tag.includes("'") || tag.includes('{{')) problems.push(`${rel(file)}: ${tag}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('uses SafeString only in the JSON-LD helper', () => {
    // handlebars-env and register-helpers merely hand the constructor to that one helper.
    const allowed = ['src/helpers/json-ld-helper.ts', 'src/helpers/register-helpers.ts', 'src/handlebars-env.ts'];
    const offenders = sources.map(rel).filter((file) => readFileSync(join(ROOT, file), 'utf8').includes('SafeString'));
    expect(offenders.filter((file) => !allowed.includes(file))).toEqual([]);
    for (const file of allowed.slice(1))
      expect(readFileSync(join(ROOT, file), 'utf8')).not.toMatch(/new\s+[\w.]*SafeString/);
  });

  it('never compiles at run time nor widens prototype access', () => {
    const offenders = sources.filter((file) => {
      const text = readFileSync(file, 'utf8');
      // The full 'handlebars' build (which has `compile`) may be imported for types only.
      return (
        /\.compile\(|allowProto|allowedProto|noEscape/.test(text) || /^import (?!type ).*from 'handlebars';/m.test(text)
      );
    });
    expect(offenders.map(rel)).toEqual([]);
  });
});
