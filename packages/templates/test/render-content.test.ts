import { describe, expect, it } from 'vitest';
import { renderSite, themes } from '../src/index.js';
import { loadFixture } from './support/fixtures.js';
import { escapeHtml, htmlOf } from './support/html.js';

type Doc = Record<string, unknown>;
const at = (doc: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((value, key) => (value as Doc | undefined)?.[key], doc);

// One value per section that every theme must show (the CV's own words, never a formatted date).
const SAMPLES: Record<string, string[]> = {
  hero: ['fullName', 'professionalTitle'],
  contact: ['email', 'phone'],
  summary: ['summaryText'],
  experience: ['experienceItems.0.companyName', 'experienceItems.0.responsibilitiesAndAchievements.0'],
  education: ['educationItems.0.institution'],
  skills: ['skillCategories.0.skills.0'],
  projects: ['projectItems.0.title'],
  achievements: ['achievements.0.value'],
  certifications: ['certificationItems.0.title'],
  languages: ['languageItems.0.language'],
  courses: ['courseItems.0.title'],
  volunteer: ['volunteerItems.0.organization'],
  publications: ['publications.0.title'],
  speaking: ['speakingEngagements.0.eventName'],
  patents: ['patents.0.patentNumber'],
  memberships: ['memberships.0.organization'],
  hobbies: ['hobbies.0'],
  testimonials: ['testimonials.0.quote'],
};

describe.each(themes.map((t) => t.id))('theme %s', (theme) => {
  for (const fixture of ['full-en', 'full-es'] as const) {
    it(`shows every section of ${fixture} with its own title and content`, () => {
      const cv = loadFixture(fixture) as unknown as Doc;
      const html = htmlOf(renderSite(cv as never, { theme, mode: 'published', baseUrl: 'https://sites.example/x/' }));
      let sections = 0;
      for (const [section, paths] of Object.entries(SAMPLES)) {
        if (cv[section] === undefined) {
          expect(html, `${section} is absent from ${fixture}`).not.toContain(`section-${section}"`);
          continue;
        }
        sections++;
        const title = at(cv, `${section}.sectionTitle`);
        if (typeof title === 'string') expect(html).toContain(`>${escapeHtml(title)}</h2>`);
        for (const path of paths) {
          const value = at(cv[section], path);
          expect(typeof value, `${fixture} ${section}.${path}`).toBe('string');
          expect(html).toContain(escapeHtml(value as string));
        }
      }
      if (fixture === 'full-en') expect(sections).toBe(18);
      const unclassified = at(cv, 'unclassifiedText');
      if (typeof unclassified === 'string') expect(html).toContain(escapeHtml(unclassified));
      else expect(html).not.toContain('section-unclassified');
    });
  }

  it('uses one h1, h2 per section and h3 per entry', () => {
    const html = htmlOf(renderSite(loadFixture('full-en'), { theme, mode: 'preview' }));
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
    const headings = [...html.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));
    headings.reduce((previous, level) => {
      expect(level - previous).toBeLessThanOrEqual(1);
      return level;
    });
    expect(html).toMatch(/<header[\s>]/);
    expect(html).toMatch(/<main[\s>]/);
    expect(html).toMatch(/<footer[\s>]/);
  });

  it('omits empty sections and localizes default titles of the sparse CV', () => {
    const html = htmlOf(renderSite(loadFixture('sparse'), { theme, mode: 'preview' }));
    expect(html).toContain('Ana Silva');
    expect(html).toContain('Hospital de Santa Maria');
    expect(html).toContain('>Experiência</h2>'); // no sectionTitle in the CV: the Portuguese default
    expect(html).toContain('lang="pt-PT"');
    for (const section of Object.keys(SAMPLES).filter((s) => !['hero', 'contact', 'experience'].includes(s))) {
      expect(html).not.toContain(`section-${section}"`);
    }
  });

  it('omits sections that have a title but no content', () => {
    const cv = {
      hero: { fullName: 'Empty Sections' },
      skills: { sectionTitle: 'Skills', skillCategories: [{ categoryName: 'None', skills: [] }], ungroupedSkills: [] },
      patents: { sectionTitle: 'Patents', patents: [{}] },
      hobbies: { sectionTitle: 'Hobbies', hobbies: ['', '  '] },
    };
    const html = htmlOf(renderSite(cv as never, { theme, mode: 'preview' }));
    expect(html).not.toContain('<h2');
  });

  it('formats dates in the CV language, with "Present" for ongoing items', () => {
    const en = htmlOf(renderSite(loadFixture('full-en'), { theme, mode: 'preview' }));
    expect(en).toContain('Mar 2021 – Present');
    const es = htmlOf(renderSite(loadFixture('full-es'), { theme, mode: 'preview' }));
    expect(es).toContain('Actualidad');
    expect(es).toContain('lang="es');
    const forced = htmlOf(renderSite(loadFixture('full-en'), { theme, mode: 'preview', locale: 'es' }));
    expect(forced).toContain('mar 2021 – Actualidad');
  });

  it('shows the members JSON Resume brings: role summary, project highlights and roles, awarder, level, interests', () => {
    const cv = {
      experience: {
        experienceItems: [
          { jobTitle: 'CEO', companyName: 'Pied Piper', description: 'Ran the <company> & its board.' },
        ],
      },
      projects: {
        projectItems: [
          {
            title: 'Miss Direction',
            roles: ['Team lead', 'Designer'],
            highlights: ['Won award at AIHacks 2016', 'Built by <b>newbies</b>'],
          },
        ],
      },
      achievements: { achievements: [{ label: 'Pioneer Award', awarder: 'Techcrunch', contextOrDetail: 'No spoon.' }] },
      skills: {
        skillCategories: [
          { categoryName: 'Compression', level: 'Master', skills: ['Mpeg'] },
          { categoryName: 'Negotiation', level: 'Advanced' },
        ],
      },
      hobbies: { hobbies: ['Chess'], interestItems: [{ name: 'Wildlife', keywords: ['Ferrets', 'Unicorns'] }] },
    };
    const html = htmlOf(renderSite(cv as never, { theme, mode: 'preview' }));
    expect(html).toContain('<p class="prose">Ran the &lt;company&gt; &amp; its board.</p>');
    expect(html).toMatch(
      /<ul class="bullets">\s*<li>Won award at AIHacks 2016<\/li>\s*<li>Built by &lt;b&gt;newbies&lt;\/b&gt;<\/li>\s*<\/ul>/,
    );
    expect(html).toContain('<p class="entry-org">Team lead, Designer</p>');
    expect(html).toContain('<p class="entry-org">Techcrunch</p>');
    expect(html).toContain('<p class="entry-meta skill-level">Master</p>');
    // A skill with only a level of its own is a rated skill in a list, not a heading of its own.
    expect(html).not.toContain('<h3 class="skill-group-title">Negotiation</h3>');
    expect(html).toMatch(
      /<ul class="tags rated-skills">\s*<li>Negotiation <span class="skill-level">\(Advanced\)<\/span><\/li>\s*<\/ul>/,
    );
    expect(html).toContain('<li>Chess</li>');
    expect(html).toContain('<li>Wildlife (Ferrets, Unicorns)</li>');
  });

  it('is deterministic', () => {
    const options = { theme, mode: 'published', baseUrl: 'https://sites.example/x/' } as const;
    expect(renderSite(loadFixture('full-en'), options)).toEqual(renderSite(loadFixture('full-en'), options));
  });
});
