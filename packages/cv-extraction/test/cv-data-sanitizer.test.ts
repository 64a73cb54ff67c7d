import { describe, expect, it } from 'vitest';
import { CV_DOCUMENT_SHAPE, CV_SECTION_KEYS, type CvData, type CvShape } from '../src/cv-data.js';
import { CvInputError } from '../src/cv-input-error.js';
import { readCvDate } from '../src/dates/cv-date-reader.js';
import { cvFixture, loadContract } from './support/contract.js';
import { sanitizeCvData, validateUserCvData } from '../src/sanitizer/cv-data-sanitizer.js';

type Json = Record<string, unknown>;

const { contract, document } = loadContract();
const schemas = (document.components as Json).schemas as Record<string, Json>;

function fixture(name: string): Json {
  return cvFixture(name);
}

function contractErrors(data: unknown): string | undefined {
  return contract.validateAt(['components', 'schemas', 'CvData'], data);
}

function sanitize(candidate: unknown) {
  const result = sanitizeCvData(candidate);
  expect(contractErrors(result.data)).toBeUndefined();
  return result;
}

function pointers(dropped: { pointer: string }[]): string[] {
  return dropped.map((d) => d.pointer);
}

/** Every [path, value, field model] leaf in a document, for whole-document assertions. */
function* leaves(node: unknown, shape: CvShape, path = ''): Generator<[string, unknown, string]> {
  if (!node || typeof node !== 'object') return;
  for (const [field, spec] of Object.entries(shape)) {
    const value = (node as Json)[field];
    if (value === undefined) continue;
    const at = `${path}/${field}`;
    if (spec.kind === 'object') yield* leaves(value, spec.fields, at);
    else if (spec.kind === 'objectList')
      for (const [i, item] of (value as unknown[]).entries()) yield* leaves(item, spec.fields, `${at}/${i}`);
    else if (spec.kind === 'textList')
      for (const [i, item] of (value as unknown[]).entries()) yield [`${at}/${i}`, item, 'text'];
    else yield [at, value, spec.kind];
  }
}

function* lists(node: unknown, shape: CvShape, path = ''): Generator<[string, unknown[]]> {
  if (!node || typeof node !== 'object') return;
  for (const [field, spec] of Object.entries(shape)) {
    const value = (node as Json)[field];
    if (value === undefined) continue;
    if (spec.kind === 'object') yield* lists(value, spec.fields, `${path}/${field}`);
    if (spec.kind === 'objectList' || spec.kind === 'textList') {
      yield [`${path}/${field}`, value as unknown[]];
      if (spec.kind === 'objectList')
        for (const [i, item] of (value as unknown[]).entries())
          yield* lists(item, spec.fields, `${path}/${field}/${i}`);
    }
  }
}

describe('the document model', () => {
  function kindOfRef(ref: string): string {
    const name = ref.split('/').pop()!;
    return { CvText: 'text', CvUrl: 'url', CvDate: 'date', CvTextList: 'textList' }[name] ?? `object:${name}`;
  }

  function compare(shape: CvShape, schema: Json, where: string): void {
    const properties = schema.properties as Record<string, Json>;
    expect(Object.keys(shape), where).toEqual(Object.keys(properties));
    expect(schema.additionalProperties, where).toBe(false);
    for (const [field, spec] of Object.entries(shape)) {
      const property = properties[field]!;
      const at = `${where}.${field}`;
      if (typeof property.$ref === 'string') {
        const kind = kindOfRef(property.$ref);
        if (spec.kind === 'object') {
          expect(kind, at).toBe(`object:${spec.schema}`);
          compare(spec.fields, schemas[spec.schema]!, spec.schema);
        } else {
          expect(spec.kind, at).toBe(kind);
          if (spec.kind === 'text') expect(spec.maxLength, at).toBe(schemas.CvText!.maxLength);
        }
      } else if (spec.kind === 'objectList') {
        expect(property.maxItems, at).toBe(100);
        expect((property.items as Json).$ref, at).toBe(`#/components/schemas/${spec.schema}`);
        compare(spec.fields, schemas[spec.schema]!, spec.schema);
      } else if (spec.kind === 'text' || spec.kind === 'token') {
        expect(property.type, at).toEqual(['string', 'null']);
        expect(spec.maxLength, at).toBe(property.maxLength ?? spec.maxLength);
      } else if (spec.kind === 'number') {
        expect([property.minimum, property.maximum], at).toEqual([spec.minimum, spec.maximum]);
      } else {
        expect(property.type, at).toEqual([spec.kind, 'null']);
      }
    }
  }

  it('matches components/schemas/CvData in openapi.yaml member for member', () => {
    compare(CV_DOCUMENT_SHAPE, schemas.CvData!, 'CvData');
    expect(CV_SECTION_KEYS).toHaveLength(18);
    expect(Object.keys(CV_DOCUMENT_SHAPE)).toEqual([...CV_SECTION_KEYS, 'unclassifiedText', 'meta']);
  });
});

describe('sanitizeCvData on well-formed documents', () => {
  it.each(['full-en', 'full-es', 'sparse'])('keeps the %s fixture exactly as it is, dropping nothing', (name) => {
    const document = fixture(name);
    const { data, dropped } = sanitize(document);
    expect(dropped).toEqual([]);
    expect(data).toStrictEqual(document);
  });

  it('covers all 18 sections in the full fixture', () => {
    const { data } = sanitize(fixture('full-en'));
    expect(Object.keys(data)).toEqual([...CV_SECTION_KEYS, 'unclassifiedText', 'meta']);
  });

  it('is idempotent on every fixture, the hostile one included', () => {
    for (const name of ['full-en', 'full-es', 'sparse', 'hostile']) {
      const once = sanitize(fixture(name)).data;
      const twice = sanitize(once);
      expect(twice.dropped, name).toEqual([]);
      expect(twice.data, name).toStrictEqual(once);
    }
  });
});

describe('sanitizeCvData: members', () => {
  it('drops unknown sections and fields, recording each pointer', () => {
    const { data, dropped } = sanitize({
      hero: { fullName: 'Ana', nickname: 'Anita' },
      portfolioTheme: 'dark',
      experience: { experienceItems: [{ jobTitle: 'Nurse', salary: 40000 }] },
    });
    expect(data).toEqual({ hero: { fullName: 'Ana' }, experience: { experienceItems: [{ jobTitle: 'Nurse' }] } });
    expect(pointers(dropped).sort()).toEqual([
      '/experience/experienceItems/0/salary',
      '/hero/nickname',
      '/portfolioTheme',
    ]);
    expect(dropped.every((d) => d.reason.includes('not a member'))).toBe(true);
  });

  it('does not mistake inherited names (toString, hasOwnProperty) for fields', () => {
    const { data, dropped } = sanitize({ hero: { toString: 'x', hasOwnProperty: 'y', fullName: 'Ana' } });
    expect(data).toEqual({ hero: { fullName: 'Ana' } });
    expect(pointers(dropped).sort()).toEqual(['/hero/hasOwnProperty', '/hero/toString']);
  });

  it('drops prototype-pollution keys at every level and never touches a prototype', () => {
    const candidate = JSON.parse(
      '{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},"prototype":{},' +
        '"hero":{"__proto__":{"isAdmin":true},"fullName":"Ana"},' +
        '"contact":{"location":{"constructor":{"x":1},"city":"Porto"},' +
        '"professionalLinks":[{"__proto__":{"polluted":1},"url":"https://a.example"}]},' +
        '"experience":{"experienceItems":[{"dateRange":{"__proto__":{"x":1},"startDate":"2020"}}]}}',
    ) as unknown;
    const { data, dropped } = sanitize(candidate);
    expect(data).toEqual({
      hero: { fullName: 'Ana' },
      contact: { location: { city: 'Porto' }, professionalLinks: [{ url: 'https://a.example' }] },
      experience: { experienceItems: [{ dateRange: { startDate: '2020' } }] },
    });
    expect(pointers(dropped).sort()).toEqual([
      '/__proto__',
      '/constructor',
      '/contact/location/constructor',
      '/contact/professionalLinks/0/__proto__',
      '/experience/experienceItems/0/dateRange/__proto__',
      '/hero/__proto__',
      '/prototype',
    ]);
    expect(Object.getPrototypeOf(data.hero)).toBe(Object.prototype);
    expect((data.hero as Json).isAdmin).toBeUndefined();
    expect(({} as Json).polluted).toBeUndefined();
  });

  it('ignores a polluted Object.prototype: only own members are read', () => {
    const proto = Object.prototype as Json;
    proto.hero = { fullName: 'Injected' };
    let result;
    try {
      result = sanitizeCvData({ contact: { email: 'a@b.example' } });
    } finally {
      delete proto.hero;
    }
    expect(Object.keys(result.data)).toEqual(['contact']);
    expect(Object.hasOwn(result.data, 'hero')).toBe(false);
    expect(result.dropped).toEqual([]);
  });

  it('coerces obvious type slips and drops the rest with a record', () => {
    const { data, dropped } = sanitize({
      hero: { fullName: 42, professionalTitle: true },
      summary: { yearsOfExperience: '12+', keySpecializations: 'Payments' },
      education: { educationItems: [{ gpa: 3.9, honors: [2019, { x: 1 }, 'Cum laude'] }] },
      experience: [{ jobTitle: 'Engineer', dateRange: { startDate: 2019, isCurrent: 'TRUE' } }],
      hobbies: ['Chess'],
      contact: { location: 'Lisboa, Portugal' },
      projects: { projectItems: { title: 'Solo project' } },
    });
    expect(data).toEqual({
      hero: { fullName: '42' },
      contact: { location: { city: 'Lisboa', country: 'Portugal' } },
      summary: { yearsOfExperience: 12, keySpecializations: ['Payments'] },
      experience: {
        experienceItems: [{ jobTitle: 'Engineer', dateRange: { startDate: '2019', endDate: null, isCurrent: true } }],
      },
      education: { educationItems: [{ gpa: '3.9', honors: ['2019', 'Cum laude'] }] },
      projects: { projectItems: [{ title: 'Solo project' }] },
      hobbies: { hobbies: ['Chess'] },
    });
    expect(dropped).toEqual([
      { pointer: '/hero/professionalTitle', reason: 'expected text, got a boolean; dropped' },
      { pointer: '/education/educationItems/0/honors/1', reason: 'expected text, got an object; dropped' },
    ]);
  });

  it('drops numbers out of range and words where a number or boolean belongs', () => {
    const { data, dropped } = sanitize({
      summary: { yearsOfExperience: 9999, summaryText: 'x' },
      experience: { experienceItems: [{ jobTitle: 'a', dateRange: { startDate: '2020', isCurrent: 'maybe' } }] },
    });
    expect(data).toEqual({
      summary: { summaryText: 'x' },
      experience: { experienceItems: [{ jobTitle: 'a', dateRange: { startDate: '2020' } }] },
    });
    expect(pointers(dropped)).toEqual([
      '/summary/yearsOfExperience',
      '/experience/experienceItems/0/dateRange/isCurrent',
    ]);
  });

  it('removes empty strings, lists, objects, null items and whole empty sections', () => {
    const { data, dropped } = sanitize({
      hero: { fullName: '  ', professionalTitle: null },
      contact: { email: ' ana@example.pt ', professionalLinks: [null, {}, { platform: '' }] },
      skills: { sectionTitle: '', skillCategories: [{ categoryName: '', skills: ['', null] }], ungroupedSkills: [] },
      experience: { experienceItems: [null, { dateRange: { isCurrent: false } }] },
      summary: null,
      unclassifiedText: '\n\t ',
    });
    expect(data).toEqual({ contact: { email: 'ana@example.pt' } });
    expect(dropped).toEqual([]);
  });

  it('never throws, whatever it is given', () => {
    for (const candidate of [null, undefined, 42, 'a CV', [], [{ hero: {} }], true, () => 1]) {
      const { data } = sanitize(candidate);
      expect(data).toEqual({});
    }
    expect(sanitizeCvData('a CV').dropped).toEqual([
      { pointer: '', reason: 'expected a CV document object, got text; nothing kept' },
    ]);
    expect(sanitizeCvData({ hero: 'Ana' }).dropped).toEqual([
      { pointer: '/hero', reason: 'expected an object, got text; dropped' },
    ]);
  });
});

describe('sanitizeCvData: text', () => {
  it('strips NUL and other control characters but keeps newlines, tabs and markup', () => {
    const { data } = sanitize({
      summary: { summaryText: '\u0000 Line one\r\nline\ttwo\u0007\u001b[0m\u0085 <b>bold</b> {{name}} \u0000' },
    });
    expect(data.summary?.summaryText).toBe('Line one\nline\ttwo[0m <b>bold</b> {{name}}');
  });

  it('replaces lone surrogates, which cannot be stored, and keeps real pairs', () => {
    const { data } = sanitize({ hero: { fullName: 'A\uD800B 😀' } });
    expect(data.hero?.fullName).toBe('A\uFFFDB 😀');
  });

  it('cuts texts at 2,000 characters and unclassifiedText at 50,000, recording the cut', () => {
    const { data, dropped } = sanitize({
      hero: { fullName: 'x'.repeat(2500) },
      summary: { summaryText: 'y'.repeat(2000) },
      unclassifiedText: 'z'.repeat(60_000),
    });
    expect(data.hero?.fullName).toBe('x'.repeat(2000));
    expect(data.summary?.summaryText).toHaveLength(2000);
    expect(data.unclassifiedText).toHaveLength(50_000);
    expect(dropped).toEqual([
      { pointer: '/hero/fullName', reason: 'was 2500 characters long; cut to 2000' },
      { pointer: '/unclassifiedText', reason: 'was 60000 characters long; cut to 50000' },
    ]);
  });

  it('counts characters, not UTF-16 units, and never cuts an emoji in half', () => {
    const emoji = '😀'.repeat(2000); // 2,000 characters, 4,000 UTF-16 units
    expect(sanitize({ hero: { fullName: emoji } }).data.hero?.fullName).toBe(emoji);
    const cutOnPair = sanitize({ hero: { fullName: 'a' + '😀'.repeat(2000) } }).data.hero!.fullName!;
    expect(cutOnPair).toBe('a' + '😀'.repeat(1999));
    expect(cutOnPair).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it('cuts lists at 100 items and records how many were dropped', () => {
    const { data, dropped } = sanitize({
      hobbies: { hobbies: Array.from({ length: 250 }, (_, i) => `h${i}`) },
      experience: { experienceItems: Array.from({ length: 101 }, (_, i) => ({ jobTitle: `j${i}` })) },
    });
    expect(data.hobbies?.hobbies).toHaveLength(100);
    expect(data.hobbies?.hobbies?.[99]).toBe('h99');
    expect(data.experience?.experienceItems).toHaveLength(100);
    expect(dropped).toEqual([
      { pointer: '/experience/experienceItems', reason: 'had 101 items; cut to 100 (1 dropped)' },
      { pointer: '/hobbies/hobbies', reason: 'had 250 items; cut to 100 (150 dropped)' },
    ]);
  });

  it('does not count removed empty items towards the cap', () => {
    const hobbies = [...Array.from({ length: 50 }, () => ''), ...Array.from({ length: 100 }, (_, i) => `h${i}`)];
    const { data, dropped } = sanitize({ hobbies: { hobbies } });
    expect(data.hobbies?.hobbies).toHaveLength(100);
    expect(dropped).toEqual([]);
  });

  it('validates meta: language tags, a hex SHA-256, no cutting', () => {
    const { data, dropped } = sanitize({
      meta: { language: 'pt_BR', sourceSha256: 'AB'.repeat(32), schemaVersion: 'v'.repeat(21), extractor: 'claude' },
    });
    expect(data.meta).toEqual({ language: 'pt-BR', sourceSha256: 'ab'.repeat(32), extractor: 'claude' });
    expect(pointers(dropped)).toEqual(['/meta/schemaVersion']);
    expect(sanitize({ meta: { language: '<script>', sourceSha256: 'nope' } }).data).toEqual({});
  });
});

describe('sanitizeCvData: URLs', () => {
  const refused: [string, string][] = [
    ['javascript:alert(1)', 'uses the "javascript:" scheme'],
    ['  JaVaScRiPt:alert(1)', 'uses the "javascript:" scheme'],
    ['java\u0000script:alert(1)', 'uses the "javascript:" scheme'],
    ['\u0001javascript:alert(1)', 'uses the "javascript:" scheme'],
    ['java\tscript:alert(1)', 'contains whitespace'],
    ['java\nscript:alert(1)', 'contains whitespace'],
    ['data:text/html;base64,PHNjcmlwdD4=', 'uses the "data:" scheme'],
    ['DATA:image/svg+xml,<svg onload=alert(1)>', 'uses the "data:" scheme'],
    ['vbscript:msgbox(1)', 'uses the "vbscript:" scheme'],
    ['file:///etc/passwd', 'uses the "file:" scheme'],
    ['ftp://files.example/cv.pdf', 'uses the "ftp:" scheme'],
    ['//evil.example/x', 'protocol-relative'],
    ['/relative/path', 'relative URL'],
    ['linkedin.com/in/ana', 'relative URL'],
    ['http://', 'not a valid'],
    ['https://exa mple.com', 'contains whitespace'],
    ['https://' + 'a'.repeat(2000) + '.example', 'longer than 2000'],
  ];

  it.each(refused)('drops %j and records why', (url, why) => {
    const { data, dropped } = sanitize({ projects: { projectItems: [{ title: 'p', projectUrl: url }] } });
    expect(data).toEqual({ projects: { projectItems: [{ title: 'p' }] } });
    expect(dropped).toHaveLength(1);
    expect(dropped[0]!.pointer).toBe('/projects/projectItems/0/projectUrl');
    expect(dropped[0]!.reason).toContain(why);
    expect(dropped[0]!.reason).toMatch(/; dropped$/);
  });

  it.each([
    ['https://github.com/ana', 'https://github.com/ana'],
    ['  HTTPS://EXAMPLE.COM/Path?q=1#x  ', 'HTTPS://EXAMPLE.COM/Path?q=1#x'],
    ['http://localhost:8080/cv', 'http://localhost:8080/cv'],
    ['mailto:ana@example.pt', 'mailto:ana@example.pt'],
    ['MAILTO:ana@example.pt', 'MAILTO:ana@example.pt'],
    ['https://ok.example/<script>', 'https://ok.example/<script>'],
  ])('keeps %j (as %j)', (url, kept) => {
    const { data, dropped } = sanitize({ hero: { profilePhotoUrl: url } });
    expect(data).toEqual({ hero: { profilePhotoUrl: kept } });
    expect(dropped).toEqual([]);
  });

  it('applies the allowlist to every URL field of every section', () => {
    const bad = 'javascript:alert(1)';
    const { data, dropped } = sanitize({
      hero: { profilePhotoUrl: bad },
      contact: { professionalLinks: [{ platform: 'GitHub', url: bad }] },
      projects: { projectItems: [{ projectUrl: bad }] },
      certifications: { certificationItems: [{ verificationUrl: bad }] },
      courses: { courseItems: [{ certificateUrl: bad }] },
      publications: { publications: [{ publicationUrl: bad }] },
      speaking: { speakingEngagements: [{ eventUrl: bad }] },
      patents: { patents: [{ patentUrl: bad }] },
    });
    expect(data).toEqual({ contact: { professionalLinks: [{ platform: 'GitHub' }] } });
    expect(dropped).toHaveLength(8);
  });
});

describe('sanitizeCvData: dates', () => {
  const written: [string, string][] = [
    ['2021', '2021'],
    ['2021-03', '2021-03'],
    ['2021-03-04', '2021-03-04'],
    ['2021-3', '2021-03'],
    ['2021.03', '2021-03'],
    ['2021/3/4', '2021-03-04'],
    ['03/2021', '2021-03'],
    ['3.2021', '2021-03'],
    ['March 2021', '2021-03'],
    ['Mar. 2021', '2021-03'],
    ['mar 2021', '2021-03'],
    ['March, 2021', '2021-03'],
    ['2021 March', '2021-03'],
    ['March 3rd, 2021', '2021-03-03'],
    ['3 March 2021', '2021-03-03'],
    ["Jun '19", '2019-06'],
    ['Sept 2015', '2015-09'],
    ['2021-03-04T10:20:30Z', '2021-03-04'],
    ['20210304', '2021-03-04'],
    ['marzo de 2021', '2021-03'],
    ['Marzo del 2021', '2021-03'],
    ['3 de marzo de 2021', '2021-03-03'],
    ['sept. 2015', '2015-09'],
    ['ene. 2020', '2020-01'],
    ['dic 2019', '2019-12'],
    ['mars 2021', '2021-03'],
    ['févr. 2019', '2019-02'],
    ['1er juillet 2020', '2020-07-01'],
    ['août 2018', '2018-08'],
    ['März 2021', '2021-03'],
    ['3. Okt. 2020', '2020-10-03'],
    ['Dez. 2019', '2019-12'],
    ['Mrz 2022', '2022-03'],
    ['março de 2017', '2017-03'],
    ['out. 2016', '2016-10'],
    ['setembro de 2017', '2017-09'],
    ['giugno 2020', '2020-06'],
    ['gen 2014', '2014-01'],
    ['maart 2022', '2022-03'],
    ['mrt 2022', '2022-03'],
    ['mei 2018', '2018-05'],
    ['okt. 2012', '2012-10'],
  ];

  it.each(written)('reads %j as %s', (text, iso) => {
    expect(readCvDate(text)).toEqual({ kind: 'date', value: iso });
    const { data, dropped } = sanitize({ certifications: { certificationItems: [{ title: 'c', issueDate: text }] } });
    expect(data.certifications?.certificationItems?.[0]?.issueDate).toBe(iso);
    expect(dropped).toEqual([]);
  });

  it.each([
    'Present',
    'present',
    'Current',
    'currently',
    'Now',
    'to date',
    'Ongoing',
    'Actualidad',
    'la actualidad',
    'hasta la fecha',
    'Presente',
    'hoy',
    'heute',
    'bis heute',
    'aktuell',
    "aujourd'hui",
    'aujourd’hui',
    "jusqu'à présent",
    'à ce jour',
    'en cours',
    'atual',
    'até o momento',
    'oggi',
    'in corso',
    'heden',
    'tot heden',
    'nu',
  ])('reads the end date %j as ongoing: endDate null, isCurrent true', (word) => {
    const { data, dropped } = sanitize({
      experience: { experienceItems: [{ jobTitle: 'a', dateRange: { startDate: '2019', endDate: word } }] },
    });
    expect(data.experience?.experienceItems?.[0]?.dateRange).toEqual({
      startDate: '2019',
      endDate: null,
      isCurrent: true,
    });
    expect(dropped).toEqual([]);
  });

  it.each([
    ['March', 'it has no year'],
    ['yesterday', 'it has no year'],
    ['{{date}}', 'it has no year'],
    ['2019 - 2021', 'more than one year'],
    ['Jan - Mar 2021', 'more than one month'],
    ['2021-02-30', 'that day does not exist'],
    ['31/04/2021', 'that day does not exist'],
    ['1850', 'not plausible'],
    ['3 2021', 'a day but no month'],
  ])('drops %j and records why (never invents a date)', (text, why) => {
    const { data, dropped } = sanitize({ speaking: { speakingEngagements: [{ title: 't', date: text }] } });
    expect(data).toEqual({ speaking: { speakingEngagements: [{ title: 't' }] } });
    expect(dropped).toHaveLength(1);
    expect(dropped[0]!.pointer).toBe('/speaking/speakingEngagements/0/date');
    expect(dropped[0]!.reason).toContain(why);
  });

  it('keeps only the year when the rest cannot be read, and says so', () => {
    const { data, dropped } = sanitize({ speaking: { speakingEngagements: [{ date: 'Summer 2021' }] } });
    expect(data.speaking?.speakingEngagements?.[0]?.date).toBe('2021');
    expect(dropped[0]!.reason).toContain('only the year was kept');
  });

  it('reads 03/04/2021 by the CV language: day first, month first (en-US), or the year only', () => {
    const read = (language: string | undefined) =>
      sanitize({
        speaking: { speakingEngagements: [{ date: '03/04/2021' }] },
        ...(language && { meta: { language } }),
      });
    expect(read('es').data.speaking?.speakingEngagements?.[0]?.date).toBe('2021-04-03');
    expect(read('en-GB').data.speaking?.speakingEngagements?.[0]?.date).toBe('2021-04-03');
    expect(read('en-US').data.speaking?.speakingEngagements?.[0]?.date).toBe('2021-03-04');
    const unknown = read(undefined);
    expect(unknown.data.speaking?.speakingEngagements?.[0]?.date).toBe('2021');
    expect(unknown.dropped[0]!.reason).toContain('ambiguous');
    // Unambiguous whatever the language.
    expect(
      sanitize({ speaking: { speakingEngagements: [{ date: '25/12/2021' }] } }).data.speaking?.speakingEngagements?.[0]
        ?.date,
    ).toBe('2021-12-25');
  });

  it('refuses "present" anywhere but an end date', () => {
    const { data, dropped } = sanitize({
      experience: { experienceItems: [{ jobTitle: 'a', dateRange: { startDate: 'Present', endDate: '2020' } }] },
      certifications: { certificationItems: [{ title: 'c', expirationDate: 'Present' }] },
    });
    expect(data.experience?.experienceItems?.[0]?.dateRange).toEqual({ endDate: '2020' });
    expect(data.certifications?.certificationItems?.[0]).toEqual({ title: 'c' });
    expect(pointers(dropped)).toEqual([
      '/experience/experienceItems/0/dateRange/startDate',
      '/certifications/certificationItems/0/expirationDate',
    ]);
  });

  it('makes periods consistent: end before start, current with an end date, current without one', () => {
    const { data, dropped } = sanitize({
      experience: {
        experienceItems: [
          { jobTitle: 'backwards', dateRange: { startDate: '2021-05', endDate: '2020' } },
          { jobTitle: 'contradiction', dateRange: { startDate: '2019', endDate: '2020', isCurrent: true } },
          { jobTitle: 'ongoing', dateRange: { startDate: '2022', isCurrent: true } },
          { jobTitle: 'same year', dateRange: { startDate: '2021-05', endDate: '2021' } },
          { jobTitle: 'nothing', dateRange: { endDate: null, isCurrent: false } },
        ],
      },
      certifications: { certificationItems: [{ title: 'c', issueDate: '2022-06', expirationDate: '2021' }] },
      patents: { patents: [{ title: 'p', filingDate: '2020-08-14', issueDate: '2020-08-01' }] },
    });
    expect(data.experience?.experienceItems).toEqual([
      { jobTitle: 'backwards', dateRange: { startDate: '2021-05' } },
      { jobTitle: 'contradiction', dateRange: { startDate: '2019', endDate: '2020' } },
      { jobTitle: 'ongoing', dateRange: { startDate: '2022', endDate: null, isCurrent: true } },
      { jobTitle: 'same year', dateRange: { startDate: '2021-05', endDate: '2021' } },
      { jobTitle: 'nothing' },
    ]);
    expect(data.certifications?.certificationItems).toEqual([{ title: 'c', issueDate: '2022-06' }]);
    expect(data.patents?.patents).toEqual([{ title: 'p', filingDate: '2020-08-14' }]);
    expect(dropped).toEqual([
      {
        pointer: '/experience/experienceItems/0/dateRange/endDate',
        reason: '2020 is before startDate 2021-05; endDate dropped',
      },
      {
        pointer: '/experience/experienceItems/1/dateRange/isCurrent',
        reason: 'isCurrent is true but endDate is 2020; isCurrent dropped',
      },
      {
        pointer: '/certifications/certificationItems/0/expirationDate',
        reason: '2021 is before issueDate 2022-06; expirationDate dropped',
      },
      {
        pointer: '/patents/patents/0/issueDate',
        reason: '2020-08-01 is before filingDate 2020-08-14; issueDate dropped',
      },
    ]);
  });

  it('repairs a messy Spanish extraction into the canonical Spanish fixture', () => {
    const expected = fixture('full-es') as CvData;
    const messy = structuredClone(expected) as Json & CvData;
    const [first, second] = messy.experience!.experienceItems!;
    first!.dateRange = { startDate: 'marzo de 2019', endDate: 'Actualidad' } as never;
    second!.dateRange = { startDate: ' sept. 2015 ', endDate: 'feb. 2019', isCurrent: 'false' as never };
    messy.education!.educationItems![0]!.dateRange = { startDate: 2011 as never, endDate: '2015', isCurrent: false };
    messy.certifications!.certificationItems![0]!.issueDate = 'junio 2022';
    messy.certifications!.certificationItems![0]!.expirationDate = '06/2025';
    messy.volunteer!.volunteerItems![0]!.dateRange = { startDate: '2018', endDate: 'hasta la fecha' };
    messy.hero!.fullName = '  María José Núñez Peña\u0000 ';
    const { data, dropped } = sanitize(messy);
    expect(dropped).toEqual([]);
    expect(data).toStrictEqual(expected);
  });
});

describe('sanitizeCvData on the hostile fixture', () => {
  const hostile = fixture('hostile');
  const { data, dropped } = sanitizeCvData(hostile);
  const all = [...leaves(data, CV_DOCUMENT_SHAPE)];

  it('produces a document the contract accepts', () => {
    expect(contractErrors(data)).toBeUndefined();
  });

  it('leaves no URL that is not absolute http(s) or mailto:', () => {
    const urls = all.filter(([, , kind]) => kind === 'url').map(([, value]) => value as string);
    expect(urls.every((u) => /^(https?:\/\/\S+|mailto:\S+)$/i.test(u))).toBe(true);
    // All 14 kinds of bad URL in the fixture are gone, and so is the photo.
    expect(urls).toEqual([]);
    expect(data.contact?.professionalLinks?.every((l) => l?.url === undefined)).toBe(true);
    expect(data.hero?.profilePhotoUrl).toBeUndefined();
    expect(data.projects?.projectItems?.[0]?.projectUrl).toBeUndefined();
  });

  it('holds the caps: 2,000 characters a text, 100 items a list', () => {
    for (const [path, value] of all)
      if (typeof value === 'string')
        expect(value.length, path).toBeLessThanOrEqual(path === '/unclassifiedText' ? 50_000 : 2000);
    for (const [path, list] of lists(data, CV_DOCUMENT_SHAPE)) expect(list.length, path).toBeLessThanOrEqual(100);
    expect(data.hero?.professionalTitle).toHaveLength(2000);
    expect(data.summary?.summaryText).toHaveLength(2000);
    expect(data.unclassifiedText).toHaveLength(10_000);
    expect(data.contact?.professionalLinks).toHaveLength(100);
    expect(data.experience?.experienceItems).toHaveLength(100);
    expect(data.hobbies?.hobbies).toHaveLength(100);
    expect(data.summary?.keySpecializations).toHaveLength(100);
  });

  it('keeps markup and template syntax as text, removing only control characters', () => {
    expect(data.hero?.fullName).toBe("<img src=x onerror=alert(1)> {{constructor.constructor('alert(1)')()}} Mallory");
    expect(data.contact?.location).toEqual({
      city: '<script>alert(1)</script>',
      country: "{{constructor.constructor('alert(1)')()}}",
    });
    expect(data.contact?.availability).toBe('{{#each this}}{{this}}{{/each}}');
    expect(data.summary?.sectionTitle).toBe('{{{raw}}}');
    expect(data.experience?.experienceItems?.[0]).toEqual({
      jobTitle: '<script>alert(1)</script> 0',
      companyName: "{{constructor.constructor('alert(1)')()}}",
      responsibilitiesAndAchievements: ['<svg onload=alert(0)>'],
    });
    expect(data.projects?.projectItems?.[0]).toEqual({
      title: "{{constructor.constructor('alert(1)')()}}",
      description: 'kept\nas text',
      technologiesUsed: ['Rust'],
    });
    expect(data.testimonials?.testimonials?.[0]).toEqual({
      quote: '</script><script>alert(1)</script>',
      authorName: "{{constructor.constructor('alert(1)')()}}",
    });
    expect(data.hobbies?.hobbies?.[7]).toBe('h7');
    const serialised = JSON.stringify(data);
    // eslint-disable-next-line no-control-regex -- looking for control characters
    expect(serialised).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]|\\u00[01][0-9a-f]/i);
  });

  it('drops the prototype keys and unknown members, and pollutes nothing', () => {
    expect(pointers(dropped)).toEqual(
      expect.arrayContaining([
        '/__proto__',
        '/constructor',
        '/prototype',
        '/evilSection',
        '/hero/onclick',
        '/hero/__proto__',
      ]),
    );
    expect(Object.keys(data)).not.toContain('evilSection');
    expect(({} as Json).polluted).toBeUndefined();
    expect((data.hero as Json).isAdmin).toBeUndefined();
  });

  it('drops what is invalid in meta, dates and numbers, and records everything', () => {
    expect(data.meta).toBeUndefined();
    expect(data.summary?.yearsOfExperience).toBeUndefined();
    expect(data.experience?.experienceItems?.[0]?.dateRange).toBeUndefined();
    expect(data.testimonials?.testimonials?.[0]?.date).toBeUndefined();
    expect(pointers(dropped)).toEqual(
      expect.arrayContaining([
        '/hero/professionalTitle',
        '/hero/profilePhotoUrl',
        '/contact/professionalLinks',
        '/summary/yearsOfExperience',
        '/experience/experienceItems',
        '/experience/experienceItems/0/dateRange/startDate',
        '/experience/experienceItems/0/dateRange/endDate',
        '/experience/experienceItems/0/dateRange/isCurrent',
        '/experience/experienceItems/0/injected',
        '/meta/language',
        '/meta/sourceSha256',
        '/meta/schemaVersion',
      ]),
    );
    expect(dropped.length).toBeLessThanOrEqual(501);
  });

  it('bounds the record of a document made only of problems', () => {
    const result = sanitizeCvData({
      hobbies: { hobbies: Array.from({ length: 100 }, () => ({})) },
      ...Object.fromEntries(Array.from({ length: 800 }, (_, i) => [`junk${i}`, 1])),
    });
    expect(result.dropped).toHaveLength(501);
    expect(result.dropped[500]).toEqual({ pointer: '', reason: '400 more problems not listed' });
  });
});

describe('validateUserCvData', () => {
  function problemOf(body: unknown): CvInputError {
    try {
      validateUserCvData(body);
    } catch (error) {
      expect(error).toBeInstanceOf(CvInputError);
      return error as CvInputError;
    }
    throw new Error('expected a refusal');
  }

  it('returns the document normalised: trimmed, control characters and empty members removed', () => {
    const data = validateUserCvData({
      base_version: 3,
      data: {
        hero: { fullName: '  Lucía Fernández \u0000', professionalTitle: '', summaryTagline: null },
        contact: { professionalLinks: [{ platform: ' GitHub ', url: ' https://github.com/lf ' }] },
        experience: { experienceItems: [{ jobTitle: 'Eng', dateRange: { startDate: '2021-03', isCurrent: true } }] },
        summary: {},
      },
    });
    expect(data).toStrictEqual({
      hero: { fullName: 'Lucía Fernández' },
      contact: { professionalLinks: [{ platform: 'GitHub', url: 'https://github.com/lf' }] },
      experience: {
        experienceItems: [{ jobTitle: 'Eng', dateRange: { startDate: '2021-03', endDate: null, isCurrent: true } }],
      },
    });
  });

  it('accepts every fixture as the sanitizer leaves it (an untouched extraction can always be saved)', () => {
    for (const name of ['full-en', 'full-es', 'sparse', 'hostile']) {
      const sanitized = sanitizeCvData(fixture(name)).data;
      expect(validateUserCvData({ data: sanitized }), name).toStrictEqual(sanitized);
    }
  });

  it('refuses an end date before the start date, pointing at it', () => {
    const problem = problemOf({
      data: {
        experience: {
          experienceItems: [
            { jobTitle: 'ok', dateRange: { startDate: '2020', endDate: '2021' } },
            { jobTitle: 'bad', dateRange: { startDate: '2021-05', endDate: '2021-04' } },
          ],
        },
      },
    });
    expect(problem.code).toBe('invalid-document');
    expect(problem.fieldErrors).toEqual([
      {
        pointer: '/data/experience/experienceItems/1/dateRange/endDate',
        message: 'is before startDate (2021-05)',
      },
    ]);
    expect(problem.detail).toContain('/data/experience/experienceItems/1/dateRange/endDate');
  });

  it('refuses isCurrent: true together with an end date', () => {
    const problem = problemOf({
      data: { volunteer: { volunteerItems: [{ dateRange: { startDate: '2018', endDate: '2019', isCurrent: true } }] } },
    });
    expect(problem.fieldErrors).toEqual([
      {
        pointer: '/data/volunteer/volunteerItems/0/dateRange/endDate',
        message: 'must be null when isCurrent is true',
      },
    ]);
  });

  it('lists every failure at once: impossible days, backwards certificates and patents, unparseable URLs', () => {
    const problem = problemOf({
      data: {
        speaking: { speakingEngagements: [{ date: '2023-02-30' }] },
        certifications: { certificationItems: [{ issueDate: '2022-06', expirationDate: '2022-05' }] },
        patents: { patents: [{ filingDate: '2021', issueDate: '2020-12-31' }] },
        projects: { projectItems: [{ projectUrl: 'http://[::1' }] },
        courses: { courseItems: [{ dateRange: { startDate: '2020-13' } }] },
      },
    });
    expect(problem.fieldErrors?.map((e) => [e.pointer, e.message])).toEqual([
      ['/data/projects/projectItems/0/projectUrl', '"http://[::1" is not a valid absolute http(s) or mailto: URL'],
      ['/data/certifications/certificationItems/0/expirationDate', 'is before issueDate (2022-06)'],
      ['/data/courses/courseItems/0/dateRange/startDate', '"2020-13" is not a real date (YYYY, YYYY-MM or YYYY-MM-DD)'],
      ['/data/speaking/speakingEngagements/0/date', '"2023-02-30" is not a real date (YYYY, YYYY-MM or YYYY-MM-DD)'],
      ['/data/patents/patents/0/issueDate', 'is before filingDate (2021)'],
    ]);
  });

  it('does not repair what it is strict about (no date reading, no type coercion)', () => {
    const problem = problemOf({
      data: {
        hero: { fullName: 42 },
        experience: { experienceItems: [{ dateRange: { startDate: 'March 2021', endDate: 'Present' } }] },
      },
    });
    expect(problem.fieldErrors?.map((e) => e.pointer)).toEqual([
      '/data/hero/fullName',
      '/data/experience/experienceItems/0/dateRange/startDate',
      '/data/experience/experienceItems/0/dateRange/endDate',
    ]);
  });

  it('refuses a body without a data object', () => {
    for (const body of [undefined, null, {}, { data: [] }, { data: 'x' }]) {
      expect(problemOf(body).fieldErrors).toEqual([
        { pointer: '/data', message: expect.stringContaining('expected an object') },
      ]);
    }
  });
});
