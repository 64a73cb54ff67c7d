import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { closeCvIntake } from '../../src/services/cv-intake.js';
import { extract } from './support.js';

// A copy of the shared public corpus (its README says where it comes from), so the suite runs on any clone.
const CORPUS = new URL('../fixtures/corpus-public/', import.meta.url).pathname;
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
});
