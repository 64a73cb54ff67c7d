import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  getIn,
  mergePatchOf,
  moved,
  pathOf,
  pointerOf,
  pruned,
  setIn,
  unsavedPatch,
} from '../src/site/editor/cv-draft.js';
import type { Locale } from '../src/i18n/index.js';
import { CV_SECTIONS } from '../src/site/editor/cv-sections.js';
import { sectionName } from '../src/site/editor/editor-locale.js';
import { LINK_FIELDS, LOCATION_FIELDS } from '../src/site/editor/editor-sections.js';
import { problemsOf } from '../src/site/editor/editor-validation.js';
import { editorDe } from '../src/site/editor/i18n/de.js';
import { editorEn } from '../src/site/editor/i18n/en.js';
import { editorEs } from '../src/site/editor/i18n/es.js';
import { editorFr } from '../src/site/editor/i18n/fr.js';
import { applyMergePatch } from '../../server/src/domain/json-merge-patch.js';

// The editor's model: what it sends (RFC 7396 merge patches the server applies), what it refuses
// before sending, and that every field of the 18 sections is labelled in every language.

const doc = {
  hero: { fullName: 'Ana', professionalTitle: 'Nurse' },
  contact: { email: 'a@example.com', phone: '+34 600', location: { city: 'Madrid', country: 'Spain' } },
  experience: {
    sectionTitle: 'Experience',
    experienceItems: [{ jobTitle: 'A' }, { jobTitle: 'B' }, { jobTitle: 'C' }],
  },
};

describe('merge patches from edits', () => {
  it('sends only what changed; null removes, arrays go whole; the server’s merge gives back the edit', () => {
    let next = setIn(doc, ['hero', 'professionalTitle'], 'Charge Nurse');
    next = setIn(next, ['contact', 'phone'], null);
    next = setIn(next, ['experience', 'experienceItems'], moved(doc.experience.experienceItems, 0, 2));
    next = setIn(next, ['skills'], { ungroupedSkills: ['Triage'] });
    const patch = mergePatchOf(doc, next);
    expect(patch).toEqual({
      hero: { professionalTitle: 'Charge Nurse' },
      contact: { phone: null },
      experience: { experienceItems: [{ jobTitle: 'B' }, { jobTitle: 'C' }, { jobTitle: 'A' }] },
      skills: { ungroupedSkills: ['Triage'] },
    });
    expect(applyMergePatch(doc, patch)).toEqual({ ...next, contact: { ...next.contact, phone: undefined } });
    // Untouched sections keep their identity: nothing but the path was copied
    expect(next.contact.location).toBe(doc.contact.location);
    expect(mergePatchOf(doc, doc)).toBeUndefined();
    expect(mergePatchOf(doc, setIn(doc, ['hero'], null))).toEqual({ hero: null });
  });

  it('drops entries and sections added but left empty, keeps anything with a value', () => {
    const edited = {
      ...doc,
      experience: { ...doc.experience, experienceItems: [...doc.experience.experienceItems, {}, { location: {} }] },
      projects: { projectItems: [{}] },
      hobbies: { sectionTitle: 'Hobbies' },
    };
    const clean = pruned(edited);
    expect(clean.experience.experienceItems).toEqual(doc.experience.experienceItems);
    expect(clean.projects).toBeNull();
    expect(clean.hobbies).toEqual({ sectionTitle: 'Hobbies' });
    // Blank lines and tags go too, at any depth
    const typed = setIn(
      doc,
      ['experience', 'experienceItems', 0, 'responsibilitiesAndAchievements'],
      ['Led', '', '  '],
    );
    expect(pruned(typed).experience.experienceItems[0]).toEqual({
      jobTitle: 'A',
      responsibilitiesAndAchievements: ['Led'],
    });
  });

  it('does not take a stored document with empty parts for an edited one', () => {
    const stored = { ...doc, projects: { projectItems: [{}] }, skills: { ungroupedSkills: ['Go', ''] } };
    expect(unsavedPatch(stored, stored)).toBeUndefined();
    // An edit sends the edit, and the tidying of what it touches
    const edited = setIn(stored, ['hero', 'fullName'], 'Ana B.');
    expect(unsavedPatch(stored, edited)).toEqual({
      hero: { fullName: 'Ana B.' },
      projects: null,
      skills: { ungroupedSkills: ['Go'] },
    });
  });

  it('reads and writes JSON Pointers as the API writes them', () => {
    expect(pointerOf(['experience', 'experienceItems', 0, 'dateRange', 'startDate'])).toBe(
      '/experience/experienceItems/0/dateRange/startDate',
    );
    expect(pathOf('/a~1b/0/c~0d')).toEqual(['a/b', 0, 'c~d']);
    expect(getIn(doc, pathOf('/experience/experienceItems/1/jobTitle'))).toBe('B');
    expect(getIn(doc, pathOf('/nothing/here'))).toBeUndefined();
  });
});

describe('checks before saving', () => {
  it('refuses what the contract refuses: non-http(s) links, bad dates, years out of range', () => {
    const problems = problemsOf(
      {
        hero: { profilePhotoUrl: 'javascript:alert(1)' },
        contact: {
          professionalLinks: [
            { platform: 'Site', url: 'https://ok.example' },
            { platform: 'Mail', url: 'mailto:a@example.com' },
            { platform: 'Bad', url: 'www.example.com' },
          ],
        },
        summary: { yearsOfExperience: 81 },
        experience: { experienceItems: [{ dateRange: { startDate: '2019-13' } }] },
        certifications: { certificationItems: [{ issueDate: '2020-02-30x' }] },
      },
      editorEn,
    );
    expect([...problems.keys()].sort()).toEqual([
      '/certifications/certificationItems/0/issueDate',
      '/contact/professionalLinks/2/url',
      '/experience/experienceItems/0/dateRange/startDate',
      '/hero/profilePhotoUrl',
      '/summary/yearsOfExperience',
    ]);
    expect(problems.get('/hero/profilePhotoUrl')).toBe(editorEn.invalidUrl);
  });
});

describe('editor texts', () => {
  const locales = { en: editorEn, es: editorEs, fr: editorFr, de: editorDe };
  it.each(Object.entries(locales))('labels every section and field in %s', (locale, strings) => {
    expect(Object.keys(strings).sort()).toEqual(Object.keys(editorEn).sort());
    for (const section of CV_SECTIONS) {
      expect(sectionName(locale as Locale, section.key), section.key).toBeTruthy();
      for (const field of [...section.fields, ...(section.list?.fields ?? [])]) {
        expect(strings.fields[field.key], `${section.key}.${field.key}`).toBeTruthy();
      }
    }
    // Placeholders survive translation
    for (const key of Object.keys(editorEn) as (keyof typeof editorEn)[]) {
      const en = editorEn[key];
      if (typeof en !== 'string') continue;
      const names = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
      expect(names(strings[key] as string), key).toEqual(names(en));
    }
  });

  interface Schema {
    $ref?: string;
    properties?: Record<string, Schema>;
    items?: Schema;
  }
  const schemas = (
    parse(readFileSync(new URL('../../../openapi.yaml', import.meta.url), 'utf8')) as {
      components: { schemas: Record<string, Schema> };
    }
  ).components.schemas;
  const resolve = (schema: Schema): Schema => (schema.$ref ? resolve(schemas[schema.$ref.split('/').pop()!]!) : schema);

  it('edits every member of a place and of a link', () => {
    expect([...LOCATION_FIELDS].sort()).toEqual(Object.keys(schemas.Location!.properties!).sort());
    expect([...LINK_FIELDS].sort()).toEqual(Object.keys(schemas.ProfessionalLink!.properties!).sort());
  });

  it('covers the 18 sections of the contract, in its order, and every field of each', () => {
    const sections = Object.entries(schemas.CvData!.properties!).filter(
      ([key]) => key !== 'unclassifiedText' && key !== 'meta',
    );
    expect(sections).toHaveLength(18);
    expect(CV_SECTIONS.map((s) => s.key)).toEqual(sections.map(([key]) => key));
    for (const [key, ref] of sections) {
      const spec = CV_SECTIONS.find((s) => s.key === key)!;
      const members = Object.keys(resolve(ref).properties!);
      const edited = [
        ...(spec.titled ? ['sectionTitle'] : []),
        ...spec.fields.map((f) => f.key),
        ...(spec.list ? [spec.list.key] : []),
      ];
      expect(edited.sort(), key).toEqual([...members].sort());
      if (!spec.list) continue;
      const item = resolve(resolve(ref).properties![spec.list.key]!.items!);
      expect(spec.list.fields.map((f) => f.key).sort(), `${key}.${spec.list.key}`).toEqual(
        Object.keys(item.properties!).sort(),
      );
    }
  });
});
