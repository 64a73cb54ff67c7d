import { describe, expect, it } from 'vitest';
import { findEmail, findLinks, findPhone, parseLocation } from '../../src/offline/contact-parsing.js';
import { findDateRange } from '../../src/offline/date-parsing.js';
import { collapseLetterSpacing } from '../../src/offline/letter-spacing.js';
import { detectColumns } from '../../src/offline/pdf-layout.js';
import { detectLanguage, matchHeading } from '../../src/offline/section-headings.js';
import { readText } from '../../src/offline/text-reading.js';
import { parseCv } from '../../src/offline/cv-parser.js';

describe('dates', () => {
  it.each([
    ['Jan 2020 – Present', { startDate: '2020-01', endDate: null, isCurrent: true }],
    ['01/2020 - 03/2022', { startDate: '2020-01', endDate: '2022-03', isCurrent: false }],
    ['2020-01 to 2021-06', { startDate: '2020-01', endDate: '2021-06', isCurrent: false }],
    ['enero 2020 - actualidad', { startDate: '2020-01', endDate: null, isCurrent: true }],
    ['janv. 2020 – aujourd’hui', { startDate: '2020-01', endDate: null, isCurrent: true }],
    ['März 2020 – heute', { startDate: '2020-03', endDate: null, isCurrent: true }],
    ['maio de 2018 – atual', { startDate: '2018-05', endDate: null, isCurrent: true }],
    ['settembre 2017 - presente', { startDate: '2017-09', endDate: null, isCurrent: true }],
    ['mei 2019 - heden', { startDate: '2019-05', endDate: null, isCurrent: true }],
    ['maj 2019 – nu', { startDate: '2019-05', endDate: null, isCurrent: true }],
    ['2019 – 2021', { startDate: '2019', endDate: '2021', isCurrent: false }],
    ['2019 - present', { startDate: '2019', endDate: null, isCurrent: true }],
    ['F E B R U A R Y 2 0 2 1 — P R E S E N T', { startDate: '2021-02', endDate: null, isCurrent: true }],
    ['Seattle, WA | March 2020 - Present', { startDate: '2020-03', endDate: null, isCurrent: true }],
  ])('%s', (text, expected) => {
    const collapsed = collapseLetterSpacing(text).text;
    expect(findDateRange(collapsed)).toMatchObject(expected);
  });

  it('does not read a phone number as dates', () => {
    expect(findDateRange('3868683442')).toBeUndefined();
  });
});

describe('headings in eight languages', () => {
  it.each([
    ['EXPERIENCE', 'experience'],
    ['Experiencia profesional', 'experience'],
    ['EXPÉRIENCE PROFESSIONNELLE :', 'experience'],
    ['Beruflicher Werdegang', 'experience'],
    ['Experiência Profissional', 'experience'],
    ['Esperienze lavorative', 'experience'],
    ['Werkervaring', 'experience'],
    ['Arbetslivserfarenhet', 'experience'],
    ['Formación académica', 'education'],
    ['Ausbildung', 'education'],
    ['Compétences', 'skills'],
    ['Idiomas', 'languages'],
    ["Centres d'intérêt", 'hobbies'],
    ['EMPLOYMENTHISTORY', 'experience'],
    ['Licenses & Certifications', 'certifications'],
  ])('%s → %s', (text, key) => {
    expect(matchHeading(text, { emphasised: false })?.key).toBe(key);
  });

  it('does not take a sentence or a bullet for a heading', () => {
    expect(matchHeading('Experience with large teams across Europe.', { emphasised: false })).toBeUndefined();
    expect(matchHeading('Work', { emphasised: false })).toBeUndefined();
  });

  it('detects the language from headings and small words', () => {
    const es = ['experiencia', 'educacion'].map((h) => matchHeading(h, { emphasised: false })!);
    expect(detectLanguage('Lideré el equipo de pagos con los clientes', es)).toBe('es');
    expect(detectLanguage('Leitung der Projekte und der Teams mit dem Kunden', [])).toBe('de');
  });
});

describe('contact details', () => {
  it('finds e-mail, phone, links and places', () => {
    const line = 'alexandra.chen@email.com | +1 (555) 987-6543 | Seattle, WA | LinkedIn: linkedin.com/in/alexandrachen';
    expect(findEmail(line)).toBe('alexandra.chen@email.com');
    expect(findPhone(line)?.phone).toBe('+1 (555) 987-6543');
    expect(findLinks(line)).toEqual([{ platform: 'LinkedIn', url: 'https://linkedin.com/in/alexandrachen' }]);
    expect(parseLocation('Seattle, WA')).toEqual({ city: 'Seattle', state: 'WA' });
    expect(parseLocation('Leeds, West Yorkshire, United Kingdom')).toEqual({
      city: 'Leeds',
      state: 'West Yorkshire',
      country: 'United Kingdom',
    });
    expect(findPhone('2019 - 2021')).toBeUndefined();
  });
});

describe('reading order', () => {
  it('joins letter-spaced titles', () => {
    expect(collapseLetterSpacing('E X P E R I E N C E').text).toBe('EXPERIENCE');
    expect(collapseLetterSpacing('Senior Engineer').text).toBe('Senior Engineer');
  });

  it('finds a sidebar by its gutter, and reads a table of dates and entries across', () => {
    const item = (str: string, x: number, y: number, width: number) => ({
      str,
      x,
      y,
      width,
      height: 10,
      fontName: 'f',
      hasEOL: false,
    });
    const sidebar = [
      ...Array.from({ length: 20 }, (_, i) => item('Sidebar entry text', 40, 700 - i * 25, 120)),
      ...Array.from({ length: 30 }, (_, i) => item('Main column body text that runs long', 220, 710 - i * 20, 330)),
    ];
    expect(detectColumns(sidebar, 595).kind).toBe('sidebar-left');
    const table = [
      ...Array.from({ length: 20 }, (_, i) => item('2019 – 2021', 40, 700 - i * 25, 60)),
      ...Array.from({ length: 20 }, (_, i) => item('Engineer at a company in a city', 160, 700 - i * 25, 300)),
    ];
    expect(detectColumns(table, 595).kind).toBe('single-column');
  });

  it('reads Markdown headings and keeps what it cannot place', () => {
    const md = [
      '# Ana Souza',
      'Engenheira de dados · ana@example.com · +55 11 91234-5678',
      '',
      '## Experiência profissional',
      '**Engenheira de dados** — Nubank',
      'São Paulo, Brasil | março de 2021 – atual',
      '- Construí pipelines de dados em tempo real.',
      '',
      '## Formação',
      'Bacharelado em Ciência da Computação — Universidade de São Paulo',
      '2014 – 2018',
      '',
      '## Referências',
      'Disponíveis mediante solicitação.',
    ].join('\n');
    const parsed = parseCv(readText(md, { markdown: true }), { markdown: true });
    expect(parsed.data.hero?.fullName).toBe('Ana Souza');
    expect(parsed.data.meta?.language).toBe('pt');
    expect(parsed.data.experience?.sectionTitle).toBe('Experiência profissional');
    expect(parsed.data.experience?.experienceItems?.[0]).toMatchObject({
      jobTitle: 'Engenheira de dados',
      companyName: 'Nubank',
      dateRange: { startDate: '2021-03', endDate: null, isCurrent: true },
      responsibilitiesAndAchievements: ['Construí pipelines de dados em tempo real.'],
    });
    expect(parsed.data.education?.educationItems?.[0]).toMatchObject({
      institution: 'Universidade de São Paulo',
      degree: 'Bacharelado',
      fieldOfStudy: 'Ciência da Computação',
    });
    expect(parsed.data.unclassifiedText).toContain('Disponíveis mediante solicitação.');
  });
});
