import { describe, expect, it } from 'vitest';
import type { PdfLink, PdfTextItem } from '../../src/intake/pdf-probe.js';
import { parseCv } from '../../src/offline/cv-parser.js';
import { splitEntries } from '../../src/offline/entries.js';
import { parseHead } from '../../src/offline/field-parsing.js';
import { readPdfLayout } from '../../src/offline/reading-order.js';
import { parseEducation } from '../../src/offline/section-parsers/education.js';
import { parseSkills } from '../../src/offline/section-parsers/skills.js';
import type { ParseContext } from '../../src/offline/section-parsers/parser-types.js';
import type { Section } from '../../src/offline/segmentation.js';
import { splitList } from '../../src/offline/text-utils.js';
import { plainLine } from '../../src/offline/types.js';

// Pages built from positioned fragments, as pdf.js reports them, for layouts that are not in the
// scored corpus: the rules must hold for CVs nobody tuned them on.

const item = (str: string, x: number, y: number, width: number, fontName = 'body', height = 9): PdfTextItem => ({
  str,
  x,
  y,
  width,
  height,
  fontName,
  hasEOL: false,
});

const page = (items: PdfTextItem[], links: PdfLink[] = []) => ({ width: 595, height: 842, items, links });

/** A job table: title in a label column at x 40, employer and body at x 200, dates on the right. */
const jobTable = [
  item('Dana Whitfield', 40, 800, 140, 'bold', 20),
  item('dana.whitfield@example.org', 40, 780, 120),
  // Text across the whole width: one column with a table in it, not a sidebar beside a column.
  item('Profile', 40, 770, 40, 'bold', 11),
  item('Platform engineer who keeps large fleets boring: fewer pages, faster deploys, calmer teams.', 40, 758, 500),
  item('Experience', 40, 745, 60, 'bold', 11),
  item('Site Reliability Lead', 40, 730, 95, 'bold'),
  item('Harbour Logistics, Rotterdam', 200, 730, 120, 'italic'),
  item('2020 – 2024', 500, 730, 50),
  item('Ran the on-call rotation for forty services across three regions.', 200, 718, 330),
  item('Cut paging noise by half in the first year of the programme.', 200, 706, 300),
  // The title nearly fills its column: 14 pt (1.5 em) before the employer, less than a tab.
  item('Senior Platform Engineer II', 40, 680, 146, 'bold'),
  item('Nordwind Cloud, Hamburg', 200, 680, 100, 'italic'),
  item('2016 – 2020', 500, 680, 50),
  item('Built the deployment pipeline used by two hundred engineers.', 200, 668, 300),
  // The title wraps in its column; its last word sits beside the first line of the body.
  item('Junior Network Operations', 40, 640, 120, 'bold'),
  item('Kestrel Telecom, Leeds, UK', 200, 640, 115, 'italic'),
  item('2014 – 2016', 500, 640, 50),
  item('Engineer', 40, 628, 40, 'bold'),
  item('Monitored the core network and answered its alarms at night.', 200, 628, 300),
  // Sections below run across the page too.
  item('Education', 40, 600, 55, 'bold', 11),
  item('MSc Computer Science — Delft University of Technology, Delft', 40, 585, 260),
  item('2012 – 2014', 500, 585, 50),
  item('BSc Computer Science — University of Twente, Enschede', 40, 573, 240),
  item('2009 – 2012', 500, 573, 50),
];

describe('table rows: cells found by the column they start in', () => {
  it('a gap of over an em ending where other rows start a cell is a cell break', () => {
    const doc = readPdfLayout([page(jobTable)]);
    expect(doc.lines.map((l) => l.text)).toContain('Senior Platform Engineer II\tNordwind Cloud, Hamburg\t2016 – 2020');
  });

  it('the same gap anywhere else, or after a bullet glyph, is a space', () => {
    const doc = readPdfLayout([
      page([
        ...jobTable,
        // 14 pt before "quarterly", which starts no other row's cell.
        item('Wrote the runbooks and reviewed them', 200, 616, 160),
        item('quarterly with the team.', 374, 616, 100),
        // List markers whose text hangs at the body's column, over an em away.
        item('•', 186, 606, 4),
        item('Mentored four new engineers.', 200, 606, 140),
        item('a)', 178, 596, 8),
        item('Led the incident reviews.', 200, 596, 120),
        item('\uf0b7', 180, 560, 5),
        item('Ran the game days.', 200, 560, 90),
      ]),
    ]);
    const texts = doc.lines.map((l) => l.text);
    expect(texts).toContain('Wrote the runbooks and reviewed them quarterly with the team.');
    expect(texts).toContain('• Mentored four new engineers.');
    expect(texts).toContain('a) Led the incident reviews.');
    expect(texts).toContain('\uf0b7 Ran the game days.');
  });

  it('reads each job whole: the title that nearly fills its cell, and the title the column wrapped', () => {
    const { data } = parseCv(readPdfLayout([page(jobTable)]), { markdown: false });
    const jobs = data.experience?.experienceItems ?? [];
    expect(jobs.map((j) => [j?.jobTitle, j?.companyName, j?.location?.city])).toEqual([
      ['Site Reliability Lead', 'Harbour Logistics', 'Rotterdam'],
      ['Senior Platform Engineer II', 'Nordwind Cloud', 'Hamburg'],
      ['Junior Network Operations Engineer', 'Kestrel Telecom', 'Leeds'],
    ]);
    expect(jobs[2]?.responsibilitiesAndAchievements).toEqual([
      'Monitored the core network and answered its alarms at night.',
    ]);
  });
});

describe('what those rules leave alone', () => {
  it('cells stacked on purpose in a label column are not one wrapped cell', () => {
    const row = (text: string, y: number) =>
      plainLine(text, {
        x: 45,
        right: 520,
        size: 9,
        font: 'body',
        gapBefore: y,
        firstCellRight: 140,
        secondCellX: 200,
      });
    const entries = splitEntries(
      [
        row('Operations Manager\tLed the night shift of the container terminal, forty people.', 0.5),
        row('Rotterdam Port Authority\tCut the berth turnaround by a fifth in two years.', 0),
      ],
      { bodyFont: 'body', bodySize: 9, layout: 'single-column' },
    );
    const text = entries.flatMap((e) => [...e.head, ...e.body]).join('\n');
    expect(text).not.toMatch(/Operations Manager Rotterdam/);
  });

  it('"Title, Company ⇥ City, State" keeps the city a city', () => {
    const head = parseHead(['Senior Software Engineer, Acme Corp\tAustin, Texas\t2019 – 2022'], {
      language: 'en',
      singleDateIs: 'start',
    });
    expect(head.names).toEqual(['Senior Software Engineer', 'Acme Corp']);
    expect(head.location?.city).toBe('Austin');
  });

  it('a level word that starts a skill in a comma list is part of its name', () => {
    const section = {
      key: 'skills',
      title: 'Skills',
      lines: [plainLine('Patient Care, Basic Life Support (BLS), Advanced Cardiac Life Support (ACLS)')],
    } as Section;
    const context: ParseContext = { doc: { bodyFont: '', bodySize: 0, layout: 'text' }, language: 'en' };
    const value = parseSkills(section, context).value;
    expect(value?.skillCategories).toBeUndefined();
    expect(value?.ungroupedSkills).toEqual([
      'Patient Care',
      'Basic Life Support (BLS)',
      'Advanced Cardiac Life Support (ACLS)',
    ]);
  });
});

describe('links: one run of text under several links', () => {
  it('each caption keeps its own target', () => {
    const links: PdfLink[] = [
      { url: 'https://github.com/dwhitfield', x: 39, y: 788, width: 34, height: 11 },
      { url: 'https://www.linkedin.com/in/dana-whitfield', x: 79, y: 788, width: 42, height: 11 },
    ];
    const doc = readPdfLayout([page([...jobTable, item('GitHub, LinkedIn', 40, 790, 80)], links)]);
    const row = doc.lines.find((l) => l.text === 'GitHub, LinkedIn');
    expect(row?.links).toEqual([
      { text: 'GitHub', url: 'https://github.com/dwhitfield' },
      { text: 'LinkedIn', url: 'https://www.linkedin.com/in/dana-whitfield' },
    ]);
    const { data } = parseCv(doc, { markdown: false });
    expect(data.contact?.professionalLinks?.map((l) => l?.url)).toEqual([
      'https://github.com/dwhitfield',
      'https://www.linkedin.com/in/dana-whitfield',
    ]);
  });

  it('a link over part of a run takes only its own caption, cut at word edges', () => {
    // The link's area starts two characters into the word: even spacing is never exact.
    const links: PdfLink[] = [{ url: 'https://dribbble.com/danaw', x: 93, y: 788, width: 40, height: 11 }];
    const doc = readPdfLayout([page([...jobTable, item('Behance, Dribbble', 40, 790, 85)], links)]);
    expect(doc.lines.find((l) => l.text === 'Behance, Dribbble')?.links).toEqual([
      { text: 'Dribbble', url: 'https://dribbble.com/danaw' },
    ]);
    const { data } = parseCv(doc, { markdown: false });
    expect(data.contact?.professionalLinks?.map((l) => l?.url)).toEqual(['https://dribbble.com/danaw']);
  });
});

describe('links inside sentences belong to the sentence', () => {
  it('a bullet linking its own words adds nothing to the contact links', () => {
    const links: PdfLink[] = [
      { url: 'https://github.com/dwhitfield/loadtest', x: 370, y: 614, width: 30, height: 11 },
      { url: 'https://medium.com/@dana/load-testing', x: 470, y: 614, width: 35, height: 11 },
    ];
    const doc = readPdfLayout([
      page(
        [...jobTable, item('Published the load-testing tool on GitHub and wrote about it on Medium.', 200, 616, 330)],
        links,
      ),
    ]);
    const bullet = doc.lines.find((l) => l.text.startsWith('Published the load-testing tool'));
    expect(bullet?.links).toBeUndefined();
    const { data } = parseCv(doc, { markdown: false });
    expect(data.contact?.professionalLinks ?? []).toEqual([]);
  });
});

describe('lists and degrees', () => {
  it('a bracket the page cut off does not undo the brackets before it', () => {
    expect(splitList('Docker (Compose, Swarm), Git, Jenkins (Pipel')).toEqual([
      'Docker (Compose, Swarm)',
      'Git',
      'Jenkins (Pipel',
    ]);
    // Left open early, it groups nothing: the items after it stay items.
    expect(splitList('Python (advanced, SQL, Go')).toEqual(['Python (advanced', 'SQL', 'Go']);
    // Brackets closed earlier in the same item still group theirs.
    expect(splitList('Python (Django, Flask) and Go (Gin, Echo')).toEqual([
      'Python (Django, Flask) and Go (Gin',
      'Echo',
    ]);
  });

  const context: ParseContext = { doc: { bodyFont: '', bodySize: 0, layout: 'text' }, language: 'en' };
  const education = (head: string) => {
    const section: Section = { key: 'education', title: 'Education', lines: [plainLine(head)] } as Section;
    return parseEducation(section, context).value?.educationItems?.[0];
  };

  it('a bracket abbreviating the whole degree keeps the degree whole; any other stays with the field', () => {
    expect(education('Master of Science in Data Engineering (MSDE) | Aalto University | 2019')).toMatchObject({
      degree: 'Master of Science in Data Engineering (MSDE)',
      fieldOfStudy: 'Data Engineering',
      institution: 'Aalto University',
    });
    expect(education('Bachelor of Arts in History (Hons) | University of Leeds | 2012')).toMatchObject({
      degree: 'Bachelor of Arts',
      fieldOfStudy: 'History (Hons)',
    });
  });

  it('an exchange programme and its subject, before the university', () => {
    expect(education('Exchange programme, Law — Universidad de Salamanca | 2015')).toMatchObject({
      degree: 'Exchange programme',
      fieldOfStudy: 'Law',
      institution: 'Universidad de Salamanca',
    });
  });
});
