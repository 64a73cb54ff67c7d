import { describe, expect, it } from 'vitest';
import { parseVolunteer } from '../../src/offline/section-parsers/experience.js';
import {
  parseAchievements,
  parseCertifications,
  parseCourses,
  parseMemberships,
  parsePublications,
  parseSpeaking,
  parseTestimonials,
  splitTitleAndInstitution,
} from '../../src/offline/section-parsers/list-items.js';
import type { ParseContext } from '../../src/offline/section-parsers/parser-types.js';
import type { Section } from '../../src/offline/segmentation.js';
import { plainLine, type TextLine } from '../../src/offline/types.js';

const pdf: ParseContext = { doc: { bodyFont: 'body', bodySize: 9, layout: 'single-column' }, language: 'en' };
const text: ParseContext = { doc: { bodyFont: '', bodySize: 0, layout: 'text' }, language: 'en' };

function section(key: Section['key'], title: string, lines: TextLine[]): Section {
  return { key, title, match: { key, languages: ['en'], phrase: title.toLowerCase() }, lines };
}

/** A PDF line: x, right edge, gap above (line heights), then size and font when not the body's. */
function at(value: string, x: number, right: number, gapBefore = 0, extra: Partial<TextLine> = {}): TextLine {
  return plainLine(value, { x, right, gapBefore, size: 9, font: 'body', ...extra });
}

const bold = { size: 10.5, font: 'bold' };
const plain = (lines: string[]) => lines.map((l) => plainLine(l));

describe('courses and certifications: "Title, Institution, Place" lines', () => {
  it.each([
    [
      'Hootsuite Certified Professional, Hootsuite Media, Albany, NY',
      'Hootsuite Certified Professional',
      'Hootsuite Media',
    ],
    ['Adobe CS5 Certified,, University of Delaware, Newark, DE.', 'Adobe CS5 Certified', 'University of Delaware'],
    [
      'Warehousing, Operations, and Disposal Course, Graduate School USA, Washington DC.',
      'Warehousing, Operations, and Disposal Course',
      'Graduate School USA',
    ],
    [
      'Business Management, Hospitality & Tourism Certificate, Udemy Online',
      'Business Management, Hospitality & Tourism Certificate',
      'Udemy Online',
    ],
    ['Microsoft Certified Solutions Expert, Microsoft. Online.', 'Microsoft Certified Solutions Expert', 'Microsoft'],
    ['Data Visualisation, Coursera, Seattle, WA', 'Data Visualisation', 'Coursera'],
    ['Machine Learning (Stanford, online), Coursera', 'Machine Learning (Stanford, online)', 'Coursera'],
    ['AWS Certified Developer, Amazon Web Services, Inc.', 'AWS Certified Developer', 'Amazon Web Services, Inc'],
  ])('%s', (line, title, institution) => {
    expect(splitTitleAndInstitution(line)).toMatchObject({ title, institution });
  });

  it('keeps the place and the way the course was taken as a note', () => {
    expect(splitTitleAndInstitution('Course, Acme Academy, Berlin').note).toBe('Berlin');
    expect(splitTitleAndInstitution('CCNA Routing and Switching, Cisco. Online.').note).toBe('Online');
  });

  it('an institution in a field of its own loses its place', () => {
    const lines = plain([
      'Social Media Strategy — Hootsuite Media, Albany, NY — 2020',
      'SQL for Analysts | Coursera, Seattle, WA',
    ]);
    const items = parseCourses(section('courses', 'Courses', lines), text).value?.courseItems;
    expect(items?.map((i) => [i?.title, i?.institution, i?.description])).toEqual([
      ['Social Media Strategy', 'Hootsuite Media', 'Albany, NY'],
      ['SQL for Analysts', 'Coursera', 'Seattle, WA'],
    ]);
  });

  it('heads over their own date lines are one course each, wrapped heads joined back', () => {
    const lines = [
      at('Microsoft Certified Solutions Expert,', 237, 433, 1.9, bold),
      at('Microsoft. Online.', 237, 332, 0, bold),
      at('Jan 2020 — Jun 2021', 237, 323, 0.2, { size: 8.4 }),
      at('CCNA Routing and Switching, Cisco. Online.', 237, 472, 1.2, bold),
      at('Jan 2019 — Aug 2019', 237, 323, 0.2, { size: 8.4 }),
      at('Online Graduate Certificate in Warehousing & Supply Chain', 237, 452, 1, bold),
      at('Management, Southern New Hampshire University (SNHU), NH.', 237, 474, 0, bold),
      at('July 2022 — July 2022', 237, 323, 0.2, { size: 8.4 }),
    ];
    const items = parseCourses(section('courses', 'COURSES', lines), pdf).value?.courseItems;
    expect(items).toEqual([
      expect.objectContaining({
        title: 'Microsoft Certified Solutions Expert',
        institution: 'Microsoft',
        dateRange: { startDate: '2020-01', endDate: '2021-06', isCurrent: false },
      }),
      expect.objectContaining({ title: 'CCNA Routing and Switching', institution: 'Cisco' }),
      expect.objectContaining({
        title: 'Online Graduate Certificate in Warehousing & Supply Chain Management',
        institution: 'Southern New Hampshire University (SNHU)',
      }),
    ]);
  });

  it('a description under the dates stays with its course, not with the next head', () => {
    const lines = [
      at('Advanced Excel, Acme Academy', 40, 300, 1, bold),
      at('2021', 40, 60, 0, { size: 8 }),
      at('Pivot tables and dashboards for monthly reporting.', 40, 330, 0.3),
      at('Negotiation Skills, Harvard Business School', 40, 310, 1, bold),
      at('2019', 40, 60, 0, { size: 8 }),
    ];
    const items = parseCourses(section('courses', 'Courses', lines), pdf).value?.courseItems;
    expect(items?.map((i) => [i?.title, i?.institution, i?.year])).toEqual([
      ['Advanced Excel', 'Acme Academy', '2021'],
      ['Negotiation Skills', 'Harvard Business School', '2019'],
    ]);
    expect(items?.[0]?.description).toBe('Pivot tables and dashboards for monthly reporting.');
  });

  it("a line after the last dates in the heads' type is an item without dates", () => {
    const lines = [
      at('Advanced Excel, Acme Academy', 40, 300, 1, bold),
      at('2021', 40, 60, 0, { size: 8 }),
      at('Public Speaking, Toastmasters International', 40, 310, 1, bold),
    ];
    const items = parseCourses(section('courses', 'Courses', lines), pdf).value?.courseItems;
    expect(items?.map((i) => [i?.title, i?.institution, i?.year])).toEqual([
      ['Advanced Excel', 'Acme Academy', '2021'],
      ['Public Speaking', 'Toastmasters International', undefined],
    ]);
  });

  it('dates written above each certificate (DOCX) belong to the certificate under them', () => {
    const lines = plain([
      '2021',
      'Project Management Professional (PMP) — Project Management Institute',
      '2016',
      'SAP Certified Application Associate – Extended Warehouse Management — SAP SE',
    ]);
    expect(
      parseCertifications(section('certifications', 'Zertifizierungen', lines), text).value?.certificationItems,
    ).toEqual([
      {
        title: 'Project Management Professional (PMP)',
        issuingOrganization: 'Project Management Institute',
        issueDate: '2021',
      },
      {
        title: 'SAP Certified Application Associate – Extended Warehouse Management',
        issuingOrganization: 'SAP SE',
        issueDate: '2016',
      },
    ]);
  });

  it('a colon is part of the title when the issuer has a field of its own', () => {
    const lines = plain(['Microsoft Certified: Power BI Data Analyst Associate — Microsoft, 2019']);
    expect(
      parseCertifications(section('certifications', 'Certifications', lines), text).value?.certificationItems?.[0],
    ).toEqual({
      title: 'Microsoft Certified: Power BI Data Analyst Associate',
      issuingOrganization: 'Microsoft',
      issueDate: '2019',
    });
  });

  it('one-line certificates are not joined because one starts in lower case or fills the column', () => {
    const lines = [
      at('SnowPro Core Certification — Snowflake, 2022', 54, 258),
      at('dbt Analytics Engineering Certification — dbt Labs, 2023', 54, 298),
      at(
        'Advanced Cardiovascular Life Support (ACLS) Certification: Resuscitation Council UK, Valid Until: 03/2027',
        54,
        512,
      ),
      at('Paediatric Advanced Life Support (PALS) Certification: American Heart Association', 54, 420),
    ];
    const items = parseCertifications(section('certifications', 'Certifications', lines), pdf).value
      ?.certificationItems;
    expect(items?.map((i) => i?.title)).toEqual([
      'SnowPro Core Certification',
      'dbt Analytics Engineering Certification',
      'Advanced Cardiovascular Life Support (ACLS) Certification',
      'Paediatric Advanced Life Support (PALS) Certification',
    ]);
  });
});

describe('list sections stay linear on hostile input', () => {
  it('thousands of wrapped lines, or of lines above one date, take little time', () => {
    const wrapped = Array.from({ length: 5_000 }, (_, i) => at(`Course ${i} of, `, 40, 500));
    const stacked = [...Array.from({ length: 5_000 }, (_, i) => at(`Course ${i}`, 40, 100, 1)), at('2020', 40, 60)];
    const quotes = Array.from({ length: 5_000 }, () => at('A quote that goes on and on.', 40, 500));
    const started = performance.now();
    expect(parseCourses(section('courses', 'Courses', wrapped), pdf).value?.courseItems).toHaveLength(1);
    // The last three lines and the date are one item (title, institution, place).
    expect(parseCourses(section('courses', 'Courses', stacked), pdf).value?.courseItems).toHaveLength(4_998);
    expect(parseTestimonials(section('testimonials', 'Testimonials', quotes), pdf).value?.testimonials).toHaveLength(1);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('label-column rows', () => {
  it('a line at the content cell ending a row with a comma is the rest of it', () => {
    const lines = [
      at('05/2023\tData Integrity in der Qualitätskontrolle — APV-Jahrestagung, Basel', 57, 482, 0.2, {
        secondCellX: 176,
      }),
      at('11/2021\tRisikobasierte Lieferantenqualifizierung in der Praxis — ECA GMP-Konferenz,', 57, 527, 0, {
        secondCellX: 176,
      }),
      at('Wien', 176, 199),
    ];
    const talks = parseSpeaking(section('speaking', 'Vorträge', lines), { ...pdf, language: 'de' }).value
      ?.speakingEngagements;
    expect(talks).toEqual([
      {
        title: 'Data Integrity in der Qualitätskontrolle',
        eventName: 'APV-Jahrestagung',
        venue: 'Basel',
        date: '2023-05',
      },
      {
        title: 'Risikobasierte Lieferantenqualifizierung in der Praxis',
        eventName: 'ECA GMP-Konferenz',
        venue: 'Wien',
        date: '2021-11',
      },
    ]);
  });

  it('a line at the content cell that does not run on describes the row', () => {
    const lines = [
      at('2019\tSix Sigma Green Belt — TÜV SÜD Akademie', 57, 378, 0.2, { secondCellX: 176 }),
      at('Projekt zur Senkung der Ausschussquote um 30 %', 176, 390),
    ];
    const items = parseCertifications(section('certifications', 'Zertifikate', lines), { ...pdf, language: 'de' }).value
      ?.certificationItems;
    expect(items).toHaveLength(1);
    expect(items?.[0]).toMatchObject({ title: 'Six Sigma Green Belt', issuingOrganization: 'TÜV SÜD Akademie' });
  });
});

describe('memberships', () => {
  it('the name saying what the person is, is the role; a bare "Fellow" too', () => {
    const lines = plain([
      'Women in Data, Columbus Chapter — Co-organizer\t2019 – Present',
      'Royal Statistical Society — Fellow\tsince 2019',
      'IEEE — Student Member\t2015 – 2017',
    ]);
    const items = parseMemberships(section('memberships', 'Memberships', lines), text).value?.memberships;
    expect(items?.map((m) => [m?.organization, m?.role, m?.membershipType])).toEqual([
      ['Women in Data, Columbus Chapter', 'Co-organizer', undefined],
      ['Royal Statistical Society', 'Fellow', undefined],
      ['IEEE', undefined, 'Student Member'],
    ]);
  });

  it('a first cell wrapped under a row ("Society (ISCB) — ⇥ since 2012" / "Member") is one membership', () => {
    const lines = [
      at('International Society for Computational Biology (ISCB) —\tsince 2012', 218, 558, 0.25, { secondCellX: 512 }),
      at('Member', 218, 255),
      at('Royal Statistical Society — Fellow\tsince 2019', 218, 558, 0, { secondCellX: 512 }),
    ];
    const items = parseMemberships(section('memberships', 'MEMBERSHIPS', lines), pdf).value?.memberships;
    expect(items).toEqual([
      {
        organization: 'International Society for Computational Biology (ISCB)',
        role: 'Member',
        dateRange: { startDate: '2012', endDate: null, isCurrent: true },
      },
      {
        organization: 'Royal Statistical Society',
        role: 'Fellow',
        dateRange: { startDate: '2019', endDate: null, isCurrent: true },
      },
    ]);
  });
});

describe('publications written as citations', () => {
  it('authors, (year), title, venue; a reference wrapped over lines is one', () => {
    const lines = [
      at('Okonkwo A., Patel R., Hughes M. (2020). Bayesian deconvolution of bulk', 218, 544),
      at('tumour transcriptomes with single-cell priors. Genome Biology.', 218, 504),
      at('Hughes M., Okonkwo A. (2016). Practical pitfalls in droplet single-cell', 218, 529),
      at('RNA-seq. Briefings in Bioinformatics.', 218, 383, 0, { font: 'italic' }),
      at('Smith, J., & Doe, K. (2019a). Is the cell atlas done? Annual Review of Genomics.', 218, 546),
    ];
    const items = parsePublications(section('publications', 'PUBLICATIONS', lines), pdf).value?.publications;
    expect(items).toEqual([
      {
        title: 'Bayesian deconvolution of bulk tumour transcriptomes with single-cell priors',
        authors: ['Okonkwo A.', 'Patel R.', 'Hughes M.'],
        journalName: 'Genome Biology',
        publicationDate: '2020',
      },
      {
        title: 'Practical pitfalls in droplet single-cell RNA-seq',
        authors: ['Hughes M.', 'Okonkwo A.'],
        journalName: 'Briefings in Bioinformatics',
        publicationDate: '2016',
      },
      {
        title: 'Is the cell atlas done?',
        authors: ['Smith, J.', 'Doe, K.'],
        journalName: 'Annual Review of Genomics',
        publicationDate: '2019',
      },
    ]);
  });
});

describe('testimonials with the author on the line under the quote', () => {
  it('a name in another type than the quote, after the quote has ended, is its author', () => {
    const quote = { size: 10.5, font: 'italic' };
    const lines = [
      at(
        'Julien a tenu un calendrier de raccordement que tout le monde jugeait intenable, sans jamais perdre la confiance des',
        51,
        544,
        0.4,
        quote,
      ),
      at('pêcheurs ni celle de RTE.', 51, 159, 0, quote),
      at('Claire Dumont, directrice des projets offshore, Atlantique Vents Énergies', 51, 358, 0, { size: 10.5 }),
      at('Un ingénieur rigoureux, d’une grande patience avec les équipes de chantier.', 51, 371, 0.3, quote),
      at('Marc Tessier, chef de chantier, Groupe Ferrand', 51, 249, 0, { size: 10.5 }),
    ];
    const items = parseTestimonials(section('testimonials', 'RECOMMANDATIONS', lines), pdf).value?.testimonials;
    expect(items).toEqual([
      {
        quote:
          'Julien a tenu un calendrier de raccordement que tout le monde jugeait intenable, sans jamais perdre la confiance des pêcheurs ni celle de RTE.',
        authorName: 'Claire Dumont',
        authorTitle: 'directrice des projets offshore',
        authorCompany: 'Atlantique Vents Énergies',
      },
      {
        quote: 'Un ingénieur rigoureux, d’une grande patience avec les équipes de chantier.',
        authorName: 'Marc Tessier',
        authorTitle: 'chef de chantier',
        authorCompany: 'Groupe Ferrand',
      },
    ]);
  });

  it('a quote in quotation marks in plain text, then its author', () => {
    const lines = plain(['“A calm lead in every outage.”', 'Jane Smith, CTO, Acme Inc.']);
    expect(parseTestimonials(section('testimonials', 'Testimonials', lines), text).value?.testimonials).toEqual([
      {
        quote: 'A calm lead in every outage.',
        authorName: 'Jane Smith',
        authorTitle: 'CTO',
        authorCompany: 'Acme Inc.',
      },
    ]);
  });

  it('a second sentence of the quote in the same type is not an author', () => {
    const quote = { size: 10.5, font: 'italic' };
    const lines = [
      at('Great engineer.', 51, 200, 0, quote),
      at('Rachel Donnelly, always on time.', 51, 250, 0, quote),
      at('— Mark Ellison', 51, 150),
    ];
    const items = parseTestimonials(section('testimonials', 'Testimonials', lines), pdf).value?.testimonials;
    expect(items).toEqual([{ quote: 'Great engineer. Rachel Donnelly, always on time.', authorName: 'Mark Ellison' }]);
  });
});

describe('achievements', () => {
  it('a number left alone in the list (a page number) is no achievement', () => {
    const lines = [
      at('Designed an online tool used by 20 000 students.', 196, 518),
      at('2', 560, 565, 1.8),
      at('Received 3320 likes on Facebook.', 196, 540, 4),
    ];
    const parsed = parseAchievements(section('achievements', 'ACCOMPLISHMENTS', lines), pdf);
    expect(parsed.value?.achievements).toHaveLength(2);
    expect(parsed.leftover).toEqual(['2']);
  });
});

describe('volunteer', () => {
  it('a right-hand cell holding only dates does not make the organisation a place', () => {
    const lines = [
      at('Volunteer Data Engineer — DataKind\t2020 – 2022', 54, 558, 0.2, { font: 'bold', secondCellX: 500 }),
    ];
    expect(parseVolunteer(section('volunteer', 'VOLUNTEERING', lines), pdf).value?.volunteerItems?.[0]).toMatchObject({
      role: 'Volunteer Data Engineer',
      organization: 'DataKind',
    });
  });

  it('a role is never read as a place', () => {
    const lines = plain(['Food Bank of the Rockies — Warehouse Shift Lead, Denver, CO (2016 – Present)']);
    expect(
      parseVolunteer(section('volunteer', 'VOLUNTEER WORK', lines), text).value?.volunteerItems?.[0],
    ).toMatchObject({
      role: 'Warehouse Shift Lead',
      organization: 'Food Bank of the Rockies',
      location: { city: 'Denver', state: 'CO' },
    });
  });

  it('under a whole "Role — Organisation ⇥ dates" head, a line that is no place describes the work', () => {
    const lines = [
      at('seit 2016\tMentorin — Pharmazie-Mentoringprogramm der Universität Heidelberg', 57, 508, 0.2, {
        secondCellX: 176,
      }),
      at('Begleitung von jährlich zwei Studentinnen beim Berufseinstieg', 176, 465),
    ];
    const item = parseVolunteer(section('volunteer', 'Ehrenamt', lines), { ...pdf, language: 'de' }).value
      ?.volunteerItems?.[0];
    expect(item).toMatchObject({
      role: 'Mentorin',
      organization: 'Pharmazie-Mentoringprogramm der Universität Heidelberg',
      description: 'Begleitung von jährlich zwei Studentinnen beim Berufseinstieg',
    });
  });

  it('a heading with nothing under it is kept as an empty section', () => {
    expect(parseVolunteer(section('volunteer', 'VOLUNTEER EXPERIENCE', []), text).value).toEqual({
      sectionTitle: 'VOLUNTEER EXPERIENCE',
      volunteerItems: [],
    });
  });
});
