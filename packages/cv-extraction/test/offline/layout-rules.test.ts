import { describe, expect, it } from 'vitest';
import { isBoilerplate, withoutBoilerplate } from '../../src/offline/boilerplate.js';
import { parseCv } from '../../src/offline/cv-parser.js';
import { parseHead } from '../../src/offline/field-parsing.js';
import { readText } from '../../src/offline/text-reading.js';
import { findDateRange } from '../../src/offline/date-parsing.js';
import { plainLine } from '../../src/offline/types.js';

const parse = (text: string) => parseCv(readText(text, { markdown: false }), { markdown: false }).data;
const head = (lines: string[]) => parseHead(lines, { language: 'en', singleDateIs: 'start' });

describe('heads: places come from a row or a date line, not from the next line', () => {
  it('"Title" / "Company" / dates keeps the company a company', () => {
    const job = parse(
      'Jane Doe\njane@example.com\n\nExperience\nMarketing Manager\nNestlé\n2016 – 2018\n• Led the relaunch.\n',
    ).experience?.experienceItems?.[0];
    expect(job).toMatchObject({ jobTitle: 'Marketing Manager', companyName: 'Nestlé' });
    expect(job?.location).toBeUndefined();
  });

  it('a place in the right-hand cell, or after the dates, is the location', () => {
    expect(head(['IT Consultant, Amazon\tJacksonville', 'Jan 2020 — Jun 2021']).location).toEqual({
      city: 'Jacksonville',
    });
    expect(head(['Project Assistant, Malaski', 'May 2021 — Present, Seattle']).location).toEqual({ city: 'Seattle' });
  });

  it('a business unit after the employer is not a town', () => {
    for (const line of [
      'Engineer — Google, Cloud',
      'Manager — Unilever, Home Care',
      'Software Engineer, Amazon\tAWS',
    ]) {
      expect(head([line, '2019 – 2021']).location, line).toBeUndefined();
    }
  });

  it('a long one-line head with commas before its dates is still a head', () => {
    const jobs = parse(
      'Jane Doe\njane@example.com\n\nExperience\nSenior Software Engineer, Cloud Infrastructure, Google LLC, Mountain View, CA, 2019 - 2021\nBuilt the internal platform used by forty teams.\nSoftware Engineer, Payments Platform Team, Stripe Inc, San Francisco, CA, 2016 - 2019\nShipped the new ledger.\n',
    ).experience?.experienceItems;
    expect(jobs).toHaveLength(2);
  });

  it('"Máster en …" is a degree and its field, "Ingeniero de Software en Telefónica" a title and a company', () => {
    expect(
      parseHead(['Ingeniero de Software en Telefónica', '2015 – 2019'], { language: 'es', singleDateIs: 'start' })
        .names,
    ).toEqual(['Ingeniero de Software', 'Telefónica']);
    expect(
      parseHead(['Máster en Ingeniería Industrial — Universidad de Zaragoza', '2013 – 2015'], {
        language: 'es',
        singleDateIs: 'end',
      }).names,
    ).toEqual(['Máster en Ingeniería Industrial', 'Universidad de Zaragoza']);
  });
});

describe('boilerplate: builder credits and page furniture only', () => {
  it('content that looks like a credit line stays', () => {
    for (const text of [
      'Built with React, TypeScript and GraphQL',
      'Powered by AWS Lambda',
      'Canva',
      'Résumé : Ingénieure logiciel',
      'CV - OpenCV, YOLO, PyTorch',
      '09/21',
    ])
      expect(isBoilerplate(text), text).toBe(false);
  });

  it('page numbers and running titles go at a page edge, credits anywhere', () => {
    expect(isBoilerplate('Page 1 of 2')).toBe(true);
    expect(isBoilerplate('Made with Canva')).toBe(true);
    expect(isBoilerplate('1/2')).toBe(false);
    expect(isBoilerplate('1/2', true)).toBe(true);
    expect(isBoilerplate('Curriculum vitae — Jane Doe', true)).toBe(true);
  });

  it('a credit inside a sentence is content; a row of captions loses only the credits', () => {
    const [sentence, captions] = withoutBoilerplate([
      plainLine('Designed 30 resume templates for the career center'),
      plainLine('LinkedIn, Pinterest, Resume Templates, Build this template'),
    ]);
    expect(sentence?.text).toBe('Designed 30 resume templates for the career center');
    expect(captions?.text).toBe('LinkedIn, Pinterest');
  });

  it('a job title repeated at the top of page 2 is not a running head', () => {
    const lines = [
      plainLine('Jane Doe', { page: 1 }),
      plainLine('Software Engineer', { page: 1 }),
      plainLine('Built things.', { page: 1 }),
      plainLine('Software Engineer', { page: 2 }),
      plainLine('Built more things.', { page: 2 }),
    ];
    expect(withoutBoilerplate(lines)).toHaveLength(5);
  });
});

describe('lists and titles the review found misread', () => {
  it('an unclosed bracket in Languages does not swallow the languages below', () => {
    const items = parse('Jane Doe\njane@example.com\n\nLanguages\nEnglish (native\nSpanish - fluent\nFrench - basic\n')
      .languages?.languageItems;
    expect(items?.map((l) => l?.language)).toEqual(['English', 'Spanish', 'French']);
  });

  it('"Arts and Crafts" is one hobby, "cycling and swimming" two', () => {
    expect(parse('Jane Doe\njane@example.com\n\nHobbies\nReading, Arts and Crafts\n').hobbies?.hobbies).toEqual([
      'Reading',
      'Arts and Crafts',
    ]);
    expect(parse('Jane Doe\njane@example.com\n\nHobbies\nrunning, cycling and swimming\n').hobbies?.hobbies).toEqual([
      'running',
      'cycling',
      'swimming',
    ]);
  });

  it('an acronym after the name is a title; post-nominal letters are not', () => {
    expect(parse('Jane Doe, CTO\njane@example.com\n\nExperience\nCTO — Acme, 2019 – 2021\n').hero).toEqual({
      fullName: 'Jane Doe',
      professionalTitle: 'CTO',
    });
    expect(parse('Eleanor Vance, BSN, RN\neleanor@example.com\n\nExperience\nNurse — NHS, 2019 – 2021\n').hero).toEqual(
      {
        fullName: 'Eleanor Vance',
      },
    );
  });
});

describe('found by the second review', () => {
  it('a company line above the next whole head starts that entry', () => {
    const jobs = parse(
      'Jane Doe\njane@example.com\n\nExperience\nConsultant — Freelance\t2021 – 2023\nAcme Corp\nSenior Engineer — Platform\t2017 – 2021\n- Built the billing platform.\n',
    ).experience?.experienceItems;
    expect(jobs?.[0]?.companyName).not.toBe('Acme Corp');
    expect(jobs?.some((j) => j?.companyName === 'Acme Corp' || j?.jobTitle === 'Acme Corp')).toBe(true);
  });

  it('ongoing words: spelled without the apostrophe, after a lead word, but not a company named "Ora" or "Momento"', () => {
    const ongoing = (text: string) => findDateRange(text)?.isCurrent;
    expect(ongoing('2019 – aujourdhui')).toBe(true);
    expect(ongoing('Jan 2019 – o momento')).toBe(true);
    expect(ongoing('2019 to date')).toBe(true);
    expect(ongoing('2019 até o momento')).toBe(true);
    expect(findDateRange("2019 jusqu'à 2021")?.endDate).toBe('2021');
    expect(ongoing('2019 - Ora Financial')).toBe(false);
    expect(ongoing('2019 – Momento Studio')).toBe(false);
  });
});
