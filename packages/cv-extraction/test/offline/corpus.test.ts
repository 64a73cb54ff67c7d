import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { closeCvIntake } from '../../src/intake/cv-intake.js';
import { extract } from './support.js';

// A copy of the shared public corpus (its README says where it comes from), so the suite runs on any clone.
const CORPUS = new URL('../../corpus/public/', import.meta.url).pathname;
/** The person each sample CV is about, as its first page shows them. */
const NAMES: Record<string, string> = {
  'Amsterdam-Modern-Resume-Template.pdf': 'Julie Monroe',
  'Berlin-Simple-Resume-Template.pdf': 'Sean Price',
  'Chicago-Resume-Template-Creative.pdf': 'Emma Wilson',
  'Eleanor_Vance_cv.md': 'Eleanor Vance',
  'Eleanor_Vance_cv.pdf': 'Eleanor Vance',
  'London-Resume-Template-Professional.pdf': 'Mandy Campbell',
  'Madrid-Resume-Template-Modern.pdf': 'Sherri Price',
  'New-York-Resume-Template-Creative.pdf': 'Robert Cooper',
  'Paris-Resume-Template-Modern.pdf': 'Jennifer Adams',
  'Stockholm-Resume-Template-Simple.pdf': 'Jason Miller',
  'Sydney-Resume-Template-Modern.pdf': 'Kristen Connelly',
  'Vienna-Modern-Resume-Template.pdf': 'Janine Nel',
  'comprehensive_all_components_cv.pdf': 'Alexandra Chen',
  'comprehensive_all_components_cv.txt': 'Alexandra Chen',
};

/** Titles that need the glyph gaps (letter-spaced), a label column, or credentials after the name. */
const TITLES: Record<string, string> = {
  'Sydney-Resume-Template-Modern.pdf': 'VIDEO PRODUCT ASSISTANT',
  'Amsterdam-Modern-Resume-Template.pdf': 'NUTRITION CONSULTANT',
  'London-Resume-Template-Professional.pdf': 'Bootcamp Instructor',
};

const files = readdirSync(CORPUS).filter((f) => /\.(pdf|md|txt)$/i.test(f) && f !== 'README.md');

afterAll(() => closeCvIntake());

describe('offline extractor on the public sample CVs', () => {
  it('knows every sample', () => {
    expect(files.sort()).toEqual(Object.keys(NAMES).sort());
  });

  it.each(files)('%s: the name, and an e-mail or phone', async (name) => {
    const { data } = await extract(readFileSync(CORPUS + name));
    expect(data.hero?.fullName).toBe(NAMES[name]);
    expect(data.contact?.email ?? data.contact?.phone).toBeTruthy();
    expect(data.experience?.experienceItems?.length ?? 0).toBeGreaterThan(0);
    expect(data.education?.educationItems?.length ?? 0).toBeGreaterThan(0);
  });

  it.each(Object.keys(TITLES))('%s: the professional title', async (name) => {
    const { data } = await extract(readFileSync(CORPUS + name));
    expect(data.hero?.professionalTitle).toBe(TITLES[name]);
  });

  it('letter-spaced labels keep their word breaks (glyph gaps), not "PLACEOFBIRTH"', async () => {
    const { data } = await extract(readFileSync(CORPUS + 'Paris-Resume-Template-Modern.pdf'));
    expect(data.unclassifiedText ?? '').not.toMatch(/PLACEOFBIRTH|DRIVINGLICENSE/);
  });

  it('a label column (heading cell left, content right) opens its sections', async () => {
    const { data } = await extract(readFileSync(CORPUS + 'London-Resume-Template-Professional.pdf'));
    expect(data.summary?.summaryText).toMatch(/^Passionate, entry-level Bootcamp Instructor/);
    // A level written beside a skill is that skill's level (JSON Resume's skill {name, level}).
    expect(data.skills?.ungroupedSkills).toBeUndefined();
    expect(data.skills?.skillCategories).toEqual(
      ['Cardio Training', 'Client Assessments', 'Fitness Routines', 'Health & Safety', 'HIIT'].map((categoryName) => ({
        categoryName,
        level: 'Expert',
      })),
    );
    expect(data.hobbies?.hobbies).toEqual(['Skiing', 'Hockey', 'Knitting']);
    expect(data.languages?.languageItems?.[0]?.language).toBe('English');
  });

  it('a heading letter-spaced over two lines of a label column ("EMPLOYMENT" / "H I S TO RY")', async () => {
    const { data } = await extract(readFileSync(CORPUS + 'Chicago-Resume-Template-Creative.pdf'));
    expect(data.experience?.sectionTitle).toBe('EMPLOYMENT HISTORY');
    expect(data.experience?.experienceItems?.[0]?.jobTitle).toBe('Marketing Assistant');
    expect(data.experience?.experienceItems?.[0]?.companyName).toMatch(/^ABSA/);
    expect(data.hobbies?.sectionTitle).toBe('HOBBIES');
  });
});
