import { describe, expect, it } from 'vitest';
import { parseLanguages } from '../../src/offline/section-parsers/languages.js';
import type { ParseContext } from '../../src/offline/section-parsers/parser-types.js';
import { parseHobbies, parseSkillGroups, parseSkills } from '../../src/offline/section-parsers/skills.js';
import type { Section } from '../../src/offline/segmentation.js';
import { plainLine, type LayoutKind, type TextLine } from '../../src/offline/types.js';

const pdf: ParseContext = { doc: { bodyFont: 'body', bodySize: 9, layout: 'sidebar-left' }, language: 'en' };
const text: ParseContext = { doc: { bodyFont: '', bodySize: 0, layout: 'text' }, language: 'en' };
const context = (layout: LayoutKind): ParseContext => ({ ...pdf, doc: { ...pdf.doc, layout } });

function section(key: Section['key'], title: string, lines: TextLine[]): Section {
  return { key, title, match: { key, languages: ['en'], phrase: title.toLowerCase() }, lines };
}

/** A PDF line: x, right edge and the gap above it (line heights); cells split by tabs. */
function at(value: string, x: number, right: number, gapBefore: number, extra: Partial<TextLine> = {}): TextLine {
  return plainLine(value, { x, right, gapBefore, size: 9, font: 'body', ...extra });
}

describe('skills: wrapped lines', () => {
  it('a sidebar list spaced by gaps: a line with no gap above is the rest of the item', () => {
    const lines = [
      at('Food preparation', 45, 118, 0.44),
      at('Kitchen equipment', 45, 127, 0.73),
      at('operation', 45, 86, 0),
      at('Food sanitation', 45, 111, 0.73),
      at('Nutrition', 45, 83, 0.73),
    ];
    expect(parseSkills(section('skills', 'SKILLS', lines), pdf).value?.ungroupedSkills).toEqual([
      'Food preparation',
      'Kitchen equipment operation',
      'Food sanitation',
      'Nutrition',
    ]);
  });

  it('lines set close together throughout are separate skills', () => {
    const lines = ['single-cell RNA-seq analysis', 'spatial transcriptomics', 'Bayesian statistics'].map((t) =>
      at(t, 26, 150, 0),
    );
    expect(parseSkills(section('skills', 'EXPERTISE', lines), pdf).value?.ungroupedSkills).toHaveLength(3);
  });

  it('a grid row that wraps continues each column; a column empty on the row above starts a new item', () => {
    const chicago = [
      at('Omni Channel\tResearch\tA/B Testing', 201, 485, 0.14, { secondCellX: 320 }),
      at('Communication\tMethodologies', 201, 380, 0, { secondCellX: 320 }),
      at('Market Dynamics\tStatistical Analysis', 201, 393, 0.21, { secondCellX: 320 }),
    ];
    expect(parseSkills(section('skills', 'Skills', chicago), context('single-column')).value?.ungroupedSkills).toEqual([
      'Omni Channel Communication',
      'Research Methodologies',
      'A/B Testing',
      'Market Dynamics',
      'Statistical Analysis',
    ]);
    const madrid = [
      at('Customer relationship management (CRM)\tSocial media promotion', 58, 426, 0.49, { secondCellX: 321 }),
      at('software (Oracle Marketing Cloud)', 58, 264, 0),
      at('Edge\tVisual design', 58, 380, 0, { secondCellX: 321 }),
      at('Sales and marketing', 58, 147, 0.85),
      at('Fundraising', 58, 109, 0.85),
    ];
    expect(parseSkills(section('skills', 'SKILLS', madrid), context('single-column')).value?.ungroupedSkills).toEqual([
      'Customer relationship management (CRM) software (Oracle Marketing Cloud) Edge',
      'Social media promotion',
      'Visual design',
      'Sales and marketing',
      'Fundraising',
    ]);
  });

  it('a list line running to the edge goes on on the next line; a bracket left open joins the next line', () => {
    const lines = [
      at('project management (planning, budget), grid studies, MS', 51, 512, 0.3),
      at('Project, AutoCAD, Python (pandas, NumPy,', 51, 300, 0),
      at('scikit-learn)', 51, 120, 0),
    ];
    expect(parseSkills(section('skills', 'SKILLS', lines), context('single-column')).value?.ungroupedSkills).toEqual([
      'project management (planning, budget)',
      'grid studies',
      'MS Project',
      'AutoCAD',
      'Python (pandas, NumPy, scikit-learn)',
    ]);
  });

  it('a repeated skill is kept as often as the page lists it', () => {
    const lines = ['Cleaning Equipment', 'Mathematics', 'Cleaning Equipment'].map((t) => plainLine(t));
    expect(parseSkills(section('skills', 'Skills', lines), text).value?.ungroupedSkills).toEqual([
      'Cleaning Equipment',
      'Mathematics',
      'Cleaning Equipment',
    ]);
  });

  it('in a list of one item per block, a block with commas is one skill', () => {
    const lines = [
      at('Call Sheets & Sides', 437, 505, 0),
      at('Adobe Premiere Pro', 437, 509, 0.53),
      at('Camera Boom, Light Boom, Mic', 437, 550, 0.53),
      at('Boom', 437, 458, 0),
      at('DaVinci Resolve', 437, 495, 0.53),
    ];
    expect(parseSkills(section('skills', 'Skills', lines), context('sidebar-right')).value?.ungroupedSkills).toEqual([
      'Call Sheets & Sides',
      'Adobe Premiere Pro',
      'Camera Boom, Light Boom, Mic Boom',
      'DaVinci Resolve',
    ]);
  });
});

describe('skills: categories', () => {
  it('a label column ("Software ⇥ SAP QM, …") names categories; a line under the list cell continues it', () => {
    const lines = [
      at('Software\tSAP QM, LabWare LIMS, Minitab', 57, 431, 0.23, { secondCellX: 176 }),
      at('Methoden\tGMP-Audits, Risikoanalyse (FMEA, HACCP), gestion de', 57, 449, 0, { secondCellX: 176 }),
      at('stakeholders, Change-Control', 176, 291, 0),
    ];
    expect(parseSkills(section('skills', 'Kenntnisse', lines), context('single-column')).value).toEqual({
      sectionTitle: 'Kenntnisse',
      skillCategories: [
        { categoryName: 'Software', skills: ['SAP QM', 'LabWare LIMS', 'Minitab'] },
        {
          categoryName: 'Methoden',
          skills: ['GMP-Audits', 'Risikoanalyse (FMEA, HACCP)', 'gestion de stakeholders', 'Change-Control'],
        },
      ],
    });
  });

  it('a skill grid with levels is not a label column', () => {
    const lines = [at('Cardio Training\tExpert Client Assessments\tExpert', 45, 550, 2, { secondCellX: 171 })];
    expect(parseSkills(section('skills', 'SKILLS', lines), context('single-column')).value).toEqual({
      sectionTitle: 'SKILLS',
      skillCategories: [
        { categoryName: 'Cardio Training', level: 'Expert' },
        { categoryName: 'Client Assessments', level: 'Expert' },
      ],
    });
  });

  it('skills with and without a written level: only the levelled ones carry it', () => {
    const lines = [
      at('Python\tAdvanced SQL\tIntermediate', 45, 550, 2, { secondCellX: 171 }),
      at('Docker\tKubernetes', 45, 250, 0.6, { secondCellX: 171 }),
    ];
    const value = parseSkills(section('skills', 'SKILLS', lines), context('single-column')).value;
    expect(value?.skillCategories).toEqual([
      { categoryName: 'Python', level: 'Advanced' },
      { categoryName: 'SQL', level: 'Intermediate' },
    ]);
    expect(value?.ungroupedSkills).toEqual(['Docker', 'Kubernetes']);
  });

  it('label lines over list lines, all through the section, are categories', () => {
    const lines = ['SAP', 'S/4HANA (EWM, MM), SAP WM', 'Tools', 'Jira, Confluence, MS Project'].map((t) =>
      plainLine(t),
    );
    expect(parseSkills(section('skills', 'Kenntnisse', lines), text).value?.skillCategories).toEqual([
      { categoryName: 'SAP', skills: ['S/4HANA (EWM, MM)', 'SAP WM'] },
      { categoryName: 'Tools', skills: ['Jira', 'Confluence', 'MS Project'] },
    ]);
    // One skill per line, then a list: no pattern, no categories.
    const plain = ['Python', 'SQL, R', 'Docker'].map((t) => plainLine(t));
    expect(parseSkills(section('skills', 'Skills', plain), text).value?.ungroupedSkills).toEqual([
      'Python',
      'SQL',
      'R',
      'Docker',
    ]);
  });

  it('skills sections in a row: each list a category; an empty heading before them the title', () => {
    const groups = [
      section('skills', 'COMPÉTENCES', []),
      section('skills', 'Outils', [plainLine('Python'), plainLine('Power BI')]),
      section('skills', 'Savoir-faire', [plainLine('modélisation de données, conduite du changement')]),
    ];
    expect(parseSkillGroups(groups, text).value).toEqual({
      sectionTitle: 'COMPÉTENCES',
      skillCategories: [
        { categoryName: 'Outils', skills: ['Python', 'Power BI'] },
        { categoryName: 'Savoir-faire', skills: ['modélisation de données', 'conduite du changement'] },
      ],
    });
    const sidebar = [
      section('skills', 'EXPERTISE', [plainLine('Bayesian statistics')]),
      section('skills', 'TOOLS', [plainLine('Git')]),
    ];
    expect(parseSkillGroups(sidebar, text).value).toEqual({
      skillCategories: [
        { categoryName: 'EXPERTISE', skills: ['Bayesian statistics'] },
        { categoryName: 'TOOLS', skills: ['Git'] },
      ],
    });
  });
});

describe('hobbies', () => {
  it.each([
    [
      'Montaña, ciclismo de carretera y fotografía analógica.',
      ['Montaña', 'ciclismo de carretera', 'fotografía analógica'],
    ],
    ['Reading, cooking and hiking', ['Reading', 'cooking', 'hiking']],
    ['Rock and roll', ['Rock and roll']],
  ])('%s', (line, hobbies) => {
    expect(parseHobbies(section('hobbies', 'Hobbies', [plainLine(line)]), text).value?.hobbies).toEqual(hobbies);
  });
});

describe('languages', () => {
  const languages = (lines: TextLine[], ctx: ParseContext = text) =>
    parseLanguages(section('languages', 'Languages', lines), ctx).value?.languageItems;

  it('a grid row: a level run into the next language is split where the known level ends', () => {
    expect(languages([plainLine('English\tNative speaker Spanish\tVery good command')])).toEqual([
      { language: 'English', proficiency: 'Native speaker' },
      { language: 'Spanish', proficiency: 'Very good command' },
    ]);
  });

  it('a grid row of languages without levels', () => {
    expect(languages([plainLine('English\tFrench')])).toEqual([{ language: 'English' }, { language: 'French' }]);
    expect(languages([plainLine('English\tSpanish; Castilian')])).toEqual([
      { language: 'English' },
      { language: 'Spanish; Castilian' },
    ]);
    expect(languages([plainLine('Deutsch\tMuttersprache')])).toEqual([
      { language: 'Deutsch', proficiency: 'Muttersprache' },
    ]);
  });

  it('an ISO 639 name with a synonym is one language; other semicolons part languages', () => {
    expect(languages([plainLine('English'), plainLine('Dutch; Flemish')])).toEqual([
      { language: 'English' },
      { language: 'Dutch; Flemish' },
    ]);
    expect(languages([plainLine('English; German')])).toEqual([{ language: 'English' }, { language: 'German' }]);
  });

  it('languages parted by middle dots on one line', () => {
    expect(
      languages([plainLine('Français : langue maternelle · Anglais : courant (C1) · Allemand : notions')]),
    ).toEqual([
      { language: 'Français', proficiency: 'langue maternelle' },
      { language: 'Anglais', proficiency: 'courant (C1)' },
      { language: 'Allemand', proficiency: 'notions' },
    ]);
  });

  it("a level's bracket wrapped onto the next line stays with it", () => {
    const lines = [
      at('Anglais — courant (C1)', 442, 542, 0.05),
      at('Espagnol — intermédiaire', 442, 553, 0.05),
      at('(B1)', 442, 460, 0),
    ];
    expect(languages(lines, context('sidebar-right'))).toEqual([
      { language: 'Anglais', proficiency: 'courant (C1)' },
      { language: 'Espagnol', proficiency: 'intermédiaire (B1)' },
    ]);
  });

  it('a certificate in brackets after the level is the certification, whole', () => {
    expect(languages([plainLine('Inglés\tC1 (Cambridge Advanced, 2016)')])).toEqual([
      { language: 'Inglés', proficiency: 'C1', certification: 'Cambridge Advanced, 2016' },
    ]);
  });
});

describe('hostile input', () => {
  it('long runs of separators and spaces are read in linear time', () => {
    const long = `${'a, '.repeat(600)}${' '.repeat(600)}${'and '.repeat(200)}`;
    const started = performance.now();
    parseSkills(section('skills', 'Skills', [plainLine(long), plainLine(`(${long}`)]), text);
    parseHobbies(section('hobbies', 'Hobbies', [plainLine(long)]), text);
    parseLanguages(section('languages', 'Languages', [plainLine(`${' · '.repeat(600)}x`), plainLine(long)]), text);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('thousands of lines that each leave an item open are joined in linear time', () => {
    const commas = Array.from({ length: 20_000 }, () => at('a (b,', 10, 100, 0));
    const brackets = Array.from({ length: 20_000 }, () => plainLine('(x'));
    const started = performance.now();
    parseSkills(section('skills', 'Skills', commas), pdf);
    parseLanguages(section('languages', 'Languages', brackets), text);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
