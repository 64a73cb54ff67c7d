import { describe, expect, it } from 'vitest';
import { CV_DOCUMENT_SHAPE, type CvData, type CvFieldSpec, type CvShape } from '../src/cv-data.js';
import { sanitizeCvData } from '../src/sanitizer/cv-data-sanitizer.js';
import {
  EXTENSION_SECTIONS,
  JSON_RESUME_EXTENSION,
  fromJsonResume,
  importJsonResume,
  toJsonResume,
} from '../src/json-resume/json-resume.js';
import { cvFixture, loadContract } from './support/contract.js';
import { jsonResumeSchemaErrors } from './support/json-resume-schema.js';

type Json = Record<string, unknown>;

const { contract } = loadContract();

function fixture(name: string): Json {
  return cvFixture(name);
}

/** Through the wire: what a client would store and send back. */
function viaJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function roundTrip(data: CvData): CvData {
  return fromJsonResume(viaJson(toJsonResume(data)));
}

/** The JSON Resume 1.0 schema's date pattern. */
const JSON_RESUME_DATE = /^([1-2][0-9]{3}-[0-1][0-9]-[0-3][0-9]|[1-2][0-9]{3}-[0-1][0-9]|[1-2][0-9]{3})$/;

// ------------------------------------------------------------------------------------------------
// A seeded generator of CV documents from the document model, for the property test.

function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TEXTS = [
  'Madrid',
  'ES',
  'Spain',
  'Washington, D.C.',
  'Comunidad de Madrid',
  'Website',
  'GitHub',
  'Senior Engineer',
  'Lucía Fernández Ortega',
  'Führungskraft, Team & Co.',
  '<b>markup</b> {{x}}',
  '2023',
  'Q3 2023',
  'Línea uno\nlínea dos',
  '日本語のテキスト',
  'a, b, c, d',
];
const URLS = ['https://example.com', 'https://github.com/x', 'mailto:a@example.com', 'http://site.example/p?q=1'];
const DATES = ['2019', '2020-02', '2021-03-04', '2018-12', '2022'];

function generate(shape: CvShape, next: () => number, depth = 0): Json {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const value = (spec: CvFieldSpec): unknown => {
    switch (spec.kind) {
      case 'text':
        return pick(TEXTS);
      case 'url':
        return pick(URLS);
      case 'date':
        return pick(DATES);
      case 'boolean':
        return next() < 0.5;
      case 'number':
        return Math.floor(next() * 30);
      case 'token':
        return pick(['1.0', 'es', 'pt-BR', 'a'.repeat(64)]);
      case 'textList':
        return Array.from({ length: Math.floor(next() * 4) }, () => pick(TEXTS));
      case 'object':
        return generate(spec.fields, next, depth + 1);
      case 'objectList':
        return Array.from({ length: Math.floor(next() * 4) }, () => generate(spec.fields, next, depth + 1));
    }
  };
  const out: Json = {};
  for (const [field, spec] of Object.entries(shape)) if (next() < (depth === 0 ? 0.7 : 0.55)) out[field] = value(spec);
  return out;
}

/** A JSON value without empty objects, lists and strings, at any depth. */
function withoutEmpty(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(withoutEmpty).filter((v) => v !== undefined);
    return items.length ? items : undefined;
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .map(([k, v]) => [k, withoutEmpty(v)] as const)
      .filter(([, v]) => v !== undefined);
    return entries.length ? Object.fromEntries(entries) : undefined;
  }
  return value === '' || value === null ? undefined : value;
}

// ------------------------------------------------------------------------------------------------

describe('CvData → JSON Resume → CvData is lossless', () => {
  it.each(['full-en', 'full-es', 'sparse', 'hostile'])('round-trips the %s fixture exactly', (name) => {
    const data = sanitizeCvData(fixture(name)).data;
    expect(roundTrip(data)).toStrictEqual(data);
  });

  it('round-trips 500 random documents generated from the document model', () => {
    const next = random(20250504);
    for (let i = 0; i < 500; i++) {
      const data = sanitizeCvData(generate(CV_DOCUMENT_SHAPE, next)).data;
      const back = roundTrip(data);
      if (JSON.stringify(back) !== JSON.stringify(data)) expect(back, `document ${i}`).toStrictEqual(data);
    }
  });

  it('exports random documents valid against @jsonresume/schema, and JSON Resume → CvData → JSON Resume keeps every value in place', () => {
    const next = random(20260514);
    for (let i = 0; i < 300; i++) {
      const data = sanitizeCvData(generate(CV_DOCUMENT_SHAPE, next)).data;
      const resume = viaJson(toJsonResume(data)) as Json;
      expect(jsonResumeSchemaErrors(resume), `document ${i}`).toBeUndefined();
      // The standard members alone, as another tool would write them.
      const { [JSON_RESUME_EXTENSION]: _extension, ...standard } = resume;
      const again = viaJson(toJsonResume(fromJsonResume(standard))) as Json;
      delete again[JSON_RESUME_EXTENSION];
      // Entries export leaves empty (kept for the extension's alignment) hold no value.
      const [got, want] = [withoutEmpty(again), withoutEmpty(standard)];
      if (JSON.stringify(got) !== JSON.stringify(want)) expect(got, `document ${i}`).toEqual(want);
    }
  });

  it('round-trips every single section of the full fixture on its own', () => {
    const full = sanitizeCvData(fixture('full-en')).data as Json;
    for (const key of Object.keys(full)) {
      const one = { [key]: full[key] } as CvData;
      expect(roundTrip(one), key).toStrictEqual(one);
    }
  });

  it('treats null like absent (the canonical form) when the document is not canonical', () => {
    const data: CvData = {
      hero: { fullName: 'Ana', summaryTagline: null },
      summary: null,
      contact: { location: null },
    };
    expect(roundTrip(data)).toStrictEqual({ hero: { fullName: 'Ana' } });
  });
});

describe('toJsonResume', () => {
  const data = sanitizeCvData(fixture('full-en')).data;
  const resume = viaJson(toJsonResume(data)) as Json;
  const extension = resume[JSON_RESUME_EXTENSION] as Json;

  it('produces a document the contract accepts as JsonResume, with a CvData-shaped extension', () => {
    expect(contract.validateAt(['components', 'schemas', 'JsonResume'], resume)).toBeUndefined();
    expect(contract.validateAt(['components', 'schemas', 'CvData'], extension)).toBeUndefined();
    expect(resume.$schema).toBe('https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json');
  });

  it('fills basics from hero, contact and summary', () => {
    expect(resume.basics).toEqual({
      name: 'Daniel Okafor',
      label: 'Staff Data Engineer',
      image: 'https://danielokafor.dev/img/daniel.jpg',
      email: 'daniel@danielokafor.dev',
      phone: '+44 20 7946 0958',
      url: 'https://danielokafor.dev',
      summary: data.summary?.summaryText,
      location: { city: 'London' },
      profiles: [
        { network: 'LinkedIn', url: 'https://www.linkedin.com/in/daniel-okafor' },
        { network: 'GitHub', url: 'https://github.com/dokafor' },
        { network: 'Website', url: 'https://danielokafor.dev' },
      ],
    });
  });

  it('maps experience to work, leaving out the end date of a current job', () => {
    const work = resume.work as Json[];
    expect(work).toHaveLength(3);
    expect(work[0]).toEqual({
      name: 'Northwind Analytics Ltd',
      position: 'Staff Data Engineer',
      location: 'London, United Kingdom',
      startDate: '2021-03',
      highlights: data.experience?.experienceItems?.[0]?.responsibilitiesAndAchievements,
    });
    expect(work[1]).toMatchObject({ startDate: '2016-09', endDate: '2021-02' });
    expect(work[2]!.location).toBe('Leeds, West Yorkshire, United Kingdom');
  });

  it('maps education, skills, languages, interests, projects, certificates, publications and volunteer', () => {
    expect((resume.education as Json[])[0]).toEqual({
      institution: 'University of Manchester',
      area: 'Data Science',
      studyType: 'MSc',
      startDate: '2012',
      endDate: '2013',
      score: 'Distinction',
      courses: ['Machine Learning', 'Statistical Inference'],
    });
    expect(resume.skills).toEqual([
      { name: 'Languages', keywords: ['Python', 'Scala', 'SQL'] },
      { name: 'Data platforms', keywords: ['Kafka', 'Flink', 'Spark', 'Airflow', 'dbt'] },
      { name: 'Cloud', keywords: ['AWS', 'Terraform'] },
      { name: 'Technical writing' },
      { name: 'Mentoring' },
    ]);
    expect(resume.languages).toEqual([
      { language: 'English', fluency: 'Native' },
      { language: 'Yoruba', fluency: 'Fluent' },
      { language: 'French', fluency: 'B2' },
    ]);
    expect(resume.interests).toEqual([{ name: 'Cycling' }, { name: 'Jazz piano' }, { name: 'Chess' }]);
    expect(resume.projects).toEqual([
      {
        name: 'quarantine',
        description: data.projects?.projectItems?.[0]?.description,
        startDate: '2020-05',
        url: 'https://github.com/dokafor/quarantine',
        roles: ['Author and maintainer'],
        keywords: ['dbt', 'SQL'],
      },
    ]);
    expect(resume.certificates).toEqual([
      {
        name: 'AWS Certified Data Engineer – Associate',
        date: '2024-02',
        issuer: 'Amazon Web Services',
        url: 'https://aws.amazon.com/verification',
      },
    ]);
    expect((resume.publications as Json[]).map((p) => p.publisher)).toEqual(['IEEE Software', 'Flink Forward 2022']);
    expect(resume.volunteer).toEqual([
      {
        organization: 'Code First Girls',
        position: 'Mentor',
        startDate: '2017',
        summary: 'Teaching Python and SQL at evening courses.',
        highlights: ['Mentored more than 60 learners', 'Wrote the SQL course exercises'],
      },
    ]);
  });

  it('gives JSON Resume readers awards and references too, while the extension carries those sections', () => {
    expect(resume.awards).toEqual([
      {
        title: 'Data latency',
        date: '2022',
        summary: '24 hours to 5 minutes — After moving the nightly batch jobs at Northwind to streaming.',
      },
      { title: 'Incidents reported by analysts', date: '2023', summary: '-50% — After introducing data contracts.' },
    ]);
    expect(resume.references).toEqual([
      { name: 'Sarah Lee', reference: 'Daniel made our data platform boring in the best possible way.' },
    ]);
  });

  it('carries the sections JSON Resume lacks whole, plus unclassifiedText and meta, in the extension', () => {
    for (const section of EXTENSION_SECTIONS)
      expect(extension[section], section).toStrictEqual((data as Json)[section]);
    expect(extension.unclassifiedText).toBe('References available on request.');
    expect(extension.meta).toStrictEqual(data.meta);
  });

  it('carries in the extension only the members the standard ones cannot bring back', () => {
    expect(extension.hero).toEqual({ summaryTagline: 'Reliable data platforms for teams that ship every day' });
    expect(extension.contact).toEqual({
      location: { country: 'United Kingdom' },
      availability: 'Available from January 2026',
      workAuthorization: 'British citizen',
    });
    expect((extension.experience as Json).experienceItems).toEqual([
      {
        dateRange: { isCurrent: true },
        technologiesUsed: ['Python', 'Kafka', 'Flink', 'dbt'],
        employmentType: 'Full-time',
        remoteWork: 'Hybrid',
      },
      {
        dateRange: { isCurrent: false },
        technologiesUsed: ['Scala', 'Spark', 'Airflow', 'PostgreSQL'],
        employmentType: 'Full-time',
      },
      {},
    ]);
    // Nothing the standard members already hold is repeated.
    expect(JSON.stringify(extension.experience)).not.toContain('Northwind');
    expect(extension.languages).toEqual({
      sectionTitle: 'Languages',
      languageItems: [{}, {}, { certification: 'DELF B2' }],
    });
  });

  it('writes only dates JSON Resume accepts', () => {
    const dates: string[] = [];
    JSON.stringify(resume, (key, value: unknown) => {
      if (['startDate', 'endDate', 'date', 'releaseDate'].includes(key) && typeof value === 'string') dates.push(value);
      return value;
    });
    expect(dates.length).toBeGreaterThan(10);
    for (const date of dates) expect(date).toMatch(JSON_RESUME_DATE);
  });

  it('exports a two-letter country as countryCode and a country name through the extension', () => {
    const withCode = viaJson(toJsonResume({ contact: { location: { city: 'Madrid', country: 'ES' } } })) as Json;
    expect(withCode.basics).toEqual({ location: { city: 'Madrid', countryCode: 'ES' } });
    expect(withCode[JSON_RESUME_EXTENSION]).toBeUndefined();
  });

  it('exports an empty document as an empty resume', () => {
    expect(toJsonResume({})).toEqual({ $schema: expect.any(String) });
    expect(fromJsonResume(toJsonResume({}))).toEqual({});
  });
});

describe('fromJsonResume on files written by other tools', () => {
  const foreign = {
    $schema: 'https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json',
    basics: {
      name: 'Richard Hendriks',
      label: 'Programmer',
      image: 'https://example.com/photo.jpg',
      email: 'richard.hendriks@mail.com',
      phone: '(912) 555-4321',
      url: 'http://richardhendricks.example.com',
      summary: 'Richard hails from Tulsa. He has earned degrees from the University of Oklahoma and Stanford.',
      location: {
        address: '2712 Broadway St',
        postalCode: 'CA 94115',
        city: 'San Francisco',
        countryCode: 'US',
        region: 'California',
      },
      profiles: [
        { network: 'Twitter', username: 'neutralthoughts', url: '' },
        { network: 'SoundCloud', username: 'dandymusicnl', url: 'https://soundcloud.example/dandymusicnl' },
      ],
    },
    work: [
      {
        name: 'Pied Piper',
        location: 'Palo Alto, CA',
        description: 'Awesome compression company',
        position: 'CEO/President',
        url: 'http://piedpiper.example.com',
        startDate: '2013-12-01',
        endDate: '2014-12-01',
        summary: 'Pied Piper is a multi-platform technology based on a proprietary universal compression algorithm.',
        highlights: [
          'Build an algorithm for artist to detect if their music was violating copy right infringement laws',
        ],
      },
      { company: 'Hooli', position: 'Engineer', startDate: 'March 2011', endDate: 'Present' },
    ],
    volunteer: [
      {
        organization: 'CoderDojo',
        position: 'Teacher',
        url: 'http://coderdojo.example.com/',
        startDate: '2012-01-01',
        endDate: '2013-01-01',
        summary: 'Global movement of free coding clubs for young people.',
        highlights: ["Awarded 'Teacher of the Month'"],
      },
    ],
    education: [
      {
        institution: 'University of Oklahoma',
        url: 'https://www.ou.example/',
        area: 'Information Technology',
        studyType: 'Bachelor',
        startDate: '2011-06-01',
        endDate: '2014-01-01',
        score: '4.0',
        courses: ['DB1101 - Basic SQL', 'CS2011 - Java Introduction'],
      },
    ],
    awards: [
      {
        title: 'Digital Compression Pioneer Award',
        date: '2014-11-01',
        awarder: 'Techcrunch',
        summary: 'There is no spoon.',
      },
    ],
    certificates: [
      { name: 'Certified Kubernetes Administrator', date: '2021-11-07', issuer: 'CNCF', url: 'https://example.com' },
    ],
    publications: [
      {
        name: 'Video compression for 3d media',
        publisher: 'Hooli',
        releaseDate: '2014-10-01',
        url: 'http://en.wikipedia.org/wiki/Silicon_Valley_(TV_series)',
        summary: 'Innovative middle-out compression algorithm that changes the way we store data.',
      },
    ],
    skills: [
      { name: 'Web Development', level: 'Master', keywords: ['HTML', 'CSS', 'Javascript'] },
      { name: 'Compression', level: 'Master', keywords: ['Mpeg', 'MP4', 'GIF'] },
      { name: 'Negotiation' },
    ],
    languages: [{ language: 'English', fluency: 'Native speaker' }],
    interests: [{ name: 'Wildlife', keywords: ['Ferrets', 'Unicorns'] }],
    references: [{ name: 'Erlich Bachman', reference: 'It is my pleasure to recommend Richard.' }],
    projects: [
      {
        name: 'Miss Direction',
        description: 'A mapping engine that misguides you',
        highlights: ['Won award at AIHacks 2016', 'Built by all women team of newbie programmers'],
        keywords: ['GoogleMaps', 'Chrome Extension', 'Javascript'],
        startDate: '2016-08-24',
        endDate: '2016-08-24',
        url: 'https://missdirection.example',
        roles: ['Team lead', 'Designer'],
        entity: 'Smoogle',
        type: 'application',
      },
    ],
    meta: { canonical: 'https://example.com/resume.json', version: 'v1.0.0', lastModified: '2017-12-24T15:53:00' },
  };

  const { data, dropped } = importJsonResume(foreign);

  it('produces a document the contract accepts, dropping nothing', () => {
    expect(contract.validateAt(['components', 'schemas', 'CvData'], data)).toBeUndefined();
    expect(dropped).toEqual([]);
  });

  it('maps basics to hero, contact and summary', () => {
    expect(data.hero).toEqual({
      fullName: 'Richard Hendriks',
      professionalTitle: 'Programmer',
      profilePhotoUrl: 'https://example.com/photo.jpg',
    });
    expect(data.contact).toEqual({
      email: 'richard.hendriks@mail.com',
      phone: '(912) 555-4321',
      location: {
        address: '2712 Broadway St',
        postalCode: 'CA 94115',
        city: 'San Francisco',
        state: 'California',
        country: 'US',
      },
      professionalLinks: [
        { platform: 'Twitter', username: 'neutralthoughts' },
        { platform: 'SoundCloud', username: 'dandymusicnl', url: 'https://soundcloud.example/dandymusicnl' },
        { url: 'http://richardhendricks.example.com' },
      ],
    });
    expect(data.summary).toEqual({ summaryText: foreign.basics.summary });
  });

  it('maps work: position, name or company, url, location, description, normalised dates, summary, highlights', () => {
    expect(data.experience?.experienceItems).toEqual([
      {
        jobTitle: 'CEO/President',
        companyName: 'Pied Piper',
        companyUrl: 'http://piedpiper.example.com',
        companyDescription: 'Awesome compression company',
        location: { city: 'Palo Alto', country: 'CA' },
        dateRange: { startDate: '2013-12-01', endDate: '2014-12-01' },
        description: foreign.work[0]!.summary,
        responsibilitiesAndAchievements: foreign.work[0]!.highlights,
      },
      {
        jobTitle: 'Engineer',
        companyName: 'Hooli',
        dateRange: { startDate: '2011-03', endDate: null, isCurrent: true },
      },
    ]);
  });

  it('maps education, skills, languages, interests, certificates, publications, volunteer and projects', () => {
    expect(data.education?.educationItems).toEqual([
      {
        institution: 'University of Oklahoma',
        degree: 'Bachelor',
        fieldOfStudy: 'Information Technology',
        dateRange: { startDate: '2011-06-01', endDate: '2014-01-01' },
        gpa: '4.0',
        relevantCoursework: ['DB1101 - Basic SQL', 'CS2011 - Java Introduction'],
        institutionUrl: 'https://www.ou.example/',
      },
    ]);
    expect(data.skills).toEqual({
      skillCategories: [
        { categoryName: 'Web Development', level: 'Master', skills: ['HTML', 'CSS', 'Javascript'] },
        { categoryName: 'Compression', level: 'Master', skills: ['Mpeg', 'MP4', 'GIF'] },
      ],
      ungroupedSkills: ['Negotiation'],
    });
    expect(data.languages).toEqual({ languageItems: [{ language: 'English', proficiency: 'Native speaker' }] });
    expect(data.hobbies).toEqual({ interestItems: [{ name: 'Wildlife', keywords: ['Ferrets', 'Unicorns'] }] });
    expect(data.certifications?.certificationItems).toEqual([
      {
        title: 'Certified Kubernetes Administrator',
        issuingOrganization: 'CNCF',
        issueDate: '2021-11-07',
        verificationUrl: 'https://example.com',
      },
    ]);
    expect(data.publications?.publications?.[0]).toEqual({
      title: 'Video compression for 3d media',
      journalName: 'Hooli',
      publicationDate: '2014-10-01',
      publicationUrl: 'http://en.wikipedia.org/wiki/Silicon_Valley_(TV_series)',
      description: foreign.publications[0]!.summary,
    });
    expect(data.volunteer?.volunteerItems?.[0]).toEqual({
      role: 'Teacher',
      organization: 'CoderDojo',
      dateRange: { startDate: '2012-01-01', endDate: '2013-01-01' },
      description: 'Global movement of free coding clubs for young people.',
      responsibilities: ["Awarded 'Teacher of the Month'"],
      organizationUrl: 'http://coderdojo.example.com/',
    });
    expect(data.projects?.projectItems?.[0]).toEqual({
      title: 'Miss Direction',
      roles: ['Team lead', 'Designer'],
      description: 'A mapping engine that misguides you',
      highlights: ['Won award at AIHacks 2016', 'Built by all women team of newbie programmers'],
      entity: 'Smoogle',
      projectType: 'application',
      projectUrl: 'https://missdirection.example',
      technologiesUsed: ['GoogleMaps', 'Chrome Extension', 'Javascript'],
      dateRange: { startDate: '2016-08-24', endDate: '2016-08-24' },
    });
  });

  it('maps awards to achievements and references to testimonials', () => {
    expect(data.achievements).toEqual({
      achievements: [
        {
          label: 'Digital Compression Pioneer Award',
          awarder: 'Techcrunch',
          contextOrDetail: 'There is no spoon.',
          timeframe: '2014-11-01',
        },
      ],
    });
    expect(data.testimonials).toEqual({
      testimonials: [{ quote: 'It is my pleasure to recommend Richard.', authorName: 'Erlich Bachman' }],
    });
  });

  it('gives every member of the JSON Resume schema a CvData place: nothing is left unclassified', () => {
    expect(data.unclassifiedText).toBeUndefined();
  });

  it('keeps a URL member CvData cannot hold there as a line of unclassifiedText, never silently dropped', () => {
    const { data: odd, dropped: none } = importJsonResume({
      work: [{ name: 'Hooli', url: 'hooli.example' }],
      education: [{ institution: 'Stanford', url: 'javascript:alert(1)' }],
      volunteer: [{ organization: 'CoderDojo', url: 'http://coderdojo.example/' }],
    });
    expect(none).toEqual([]);
    expect(odd.experience?.experienceItems).toEqual([{ companyName: 'Hooli' }]);
    expect(odd.education?.educationItems).toEqual([{ institution: 'Stanford' }]);
    expect(odd.volunteer?.volunteerItems).toEqual([
      { organization: 'CoderDojo', organizationUrl: 'http://coderdojo.example/' },
    ]);
    expect(odd.unclassifiedText?.split('\n')).toEqual(['Hooli: hooli.example', 'Stanford: javascript:alert(1)']);
  });

  it('keeps plain interests as hobbies and, from the first with keywords on, interestItems (the order kept)', () => {
    expect(fromJsonResume({ interests: [{ name: 'Chess' }, { name: 'Jazz' }] }).hobbies).toEqual({
      hobbies: ['Chess', 'Jazz'],
    });
    const interests = [{ name: 'Chess' }, { name: 'Jazz', keywords: ['Piano'] }, { name: 'Film' }];
    expect(fromJsonResume({ interests }).hobbies).toEqual({
      hobbies: ['Chess'],
      interestItems: [{ name: 'Jazz', keywords: ['Piano'] }, { name: 'Film' }],
    });
    expect(toJsonResume(fromJsonResume({ interests })).interests).toEqual(interests);
  });

  it('keeps skills in order: bare names after the last grouped skill are ungrouped, the rest categories', () => {
    const skills = [{ name: 'Negotiation' }, { name: 'Web', level: 'Master' }, { name: 'Go' }, { name: 'SQL' }];
    expect(fromJsonResume({ skills }).skills).toEqual({
      skillCategories: [{ categoryName: 'Negotiation' }, { categoryName: 'Web', level: 'Master' }],
      ungroupedSkills: ['Go', 'SQL'],
    });
    expect(toJsonResume(fromJsonResume({ skills })).skills).toEqual(skills);
  });

  it('does not carry JSON Resume meta (about the file, not the person)', () => {
    expect(data.meta).toBeUndefined();
  });
});

describe('fromJsonResume on untrusted files', () => {
  it('sanitises what it imports: URL allowlist, caps, control characters, unreadable dates', () => {
    const { data, dropped } = importJsonResume({
      basics: {
        name: 'Eve\u0000',
        image: 'javascript:alert(1)',
        url: 'data:text/html,<script>alert(1)</script>',
        profiles: [{ network: 'X', url: '//evil.example' }],
      },
      work: [{ name: 'Acme', startDate: 'someday', highlights: Array.from({ length: 150 }, (_, i) => `h${i}`) }],
      interests: 'not a list',
    });
    expect(data).toEqual({
      hero: { fullName: 'Eve' },
      contact: { professionalLinks: [{ platform: 'X' }] },
      experience: {
        experienceItems: [
          { companyName: 'Acme', responsibilitiesAndAchievements: Array.from({ length: 100 }, (_, i) => `h${i}`) },
        ],
      },
    });
    expect(dropped.map((d) => d.pointer)).toEqual([
      '/hero/profilePhotoUrl',
      '/contact/professionalLinks/0/url',
      '/contact/professionalLinks/1/url',
      '/experience/experienceItems/0/dateRange/startDate',
      '/experience/experienceItems/0/responsibilitiesAndAchievements',
    ]);
  });

  it('ignores prototype keys in the resume and in its extension, and pollutes nothing', () => {
    const json = JSON.parse(
      '{"__proto__":{"polluted":1},"basics":{"__proto__":{"polluted":1},"name":"Ana"},' +
        '"x-resume2website":{"__proto__":{"polluted":1},"constructor":{"x":1},' +
        '"hero":{"__proto__":{"isAdmin":true},"summaryTagline":"Hi"},' +
        '"speaking":{"speakingEngagements":[{"title":"Talk","__proto__":{"x":1}}]}}}',
    ) as unknown;
    const { data, dropped } = importJsonResume(json);
    expect(data).toStrictEqual({
      hero: { fullName: 'Ana', summaryTagline: 'Hi' },
      speaking: { speakingEngagements: [{ title: 'Talk' }] },
    });
    expect(dropped.map((d) => d.pointer)).toEqual(
      expect.arrayContaining(['/__proto__', '/constructor', '/speaking/speakingEngagements/0/__proto__']),
    );
    expect(({} as Json).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(data.hero)).toBe(Object.prototype);
  });

  it('reads a one-line basics.location, as some tools write it', () => {
    expect(fromJsonResume({ basics: { location: 'Valencia, Spain' } })).toEqual({
      contact: { location: { city: 'Valencia', country: 'Spain' } },
    });
  });

  it('holds the extension to the same rules as everything else', () => {
    const data = fromJsonResume({
      basics: { name: 'Ana' },
      [JSON_RESUME_EXTENSION]: {
        patents: { patents: [{ title: 'P', patentUrl: 'javascript:alert(1)', filingDate: 'March 2020' }] },
        unclassifiedText: 'x'.repeat(60_000),
        madeUp: { a: 1 },
        meta: { sourceSha256: 'bogus', language: 'es' },
      },
    });
    expect(data.patents).toEqual({ patents: [{ title: 'P', filingDate: '2020-03' }] });
    expect(data.unclassifiedText).toHaveLength(50_000);
    expect(data.meta).toEqual({ language: 'es' });
    expect(Object.keys(data)).not.toContain('madeUp');
  });

  it('lets the extension decide the sections it carries whole, over awards and references', () => {
    const data = fromJsonResume({
      awards: [{ title: 'From awards' }],
      references: [{ name: 'From references', reference: 'Great' }],
      [JSON_RESUME_EXTENSION]: { achievements: { achievements: [{ label: 'From the extension', value: '42' }] } },
    });
    expect(data.achievements).toEqual({ achievements: [{ label: 'From the extension', value: '42' }] });
    expect(data.testimonials).toEqual({ testimonials: [{ quote: 'Great', authorName: 'From references' }] });
  });

  it('keeps entries added to the standard members after export (per-item extensions align by index)', () => {
    const resume = viaJson(
      toJsonResume({
        experience: {
          experienceItems: [
            { jobTitle: 'A', technologiesUsed: ['Go'] },
            { jobTitle: 'B', technologiesUsed: ['Rust'] },
          ],
        },
      }),
    ) as Json;
    expect((resume[JSON_RESUME_EXTENSION] as Json).experience).toEqual({
      experienceItems: [{ technologiesUsed: ['Go'] }, { technologiesUsed: ['Rust'] }],
    });
    (resume.work as Json[]).push({ position: 'C, added by hand', startDate: 'May 2024' });
    expect(fromJsonResume(resume).experience?.experienceItems).toEqual([
      { jobTitle: 'A', technologiesUsed: ['Go'] },
      { jobTitle: 'B', technologiesUsed: ['Rust'] },
      { jobTitle: 'C, added by hand', dateRange: { startDate: '2024-05' } },
    ]);
  });

  it('round-trips items that export leaves empty, which shift the alignment', () => {
    const data: CvData = {
      experience: { experienceItems: [{ technologiesUsed: ['Go'] }, { jobTitle: 'B' }, { remoteWork: 'Remote' }] },
      skills: { skillCategories: [{ categoryName: 'Empty' }, { skills: ['SQL'] }] },
      contact: { professionalLinks: [{ platform: 'Website' }, { url: 'https://a.example' }] },
    };
    expect(roundTrip(data)).toStrictEqual(data);
  });

  it('ignores an extension that is not an object, and refuses a resume that is not one', () => {
    const { data, dropped } = importJsonResume({ basics: { name: 'Ana' }, [JSON_RESUME_EXTENSION]: 'oops' });
    expect(data).toEqual({ hero: { fullName: 'Ana' } });
    expect(dropped).toEqual([{ pointer: '', reason: 'the x-resume2website member is not an object; ignored' }]);
    for (const json of [null, 'resume', 42, []]) {
      const result = importJsonResume(json);
      expect(result.data).toEqual({});
      expect(result.dropped[0]!.reason).toMatch(/^expected a JSON Resume object/);
    }
  });
});
