import { safeUrl, mailtoHref } from '../helpers/urls.js';
import { asRecord, cleanList, cleanText, cleanTexts, hasAny, own } from './clean.js';
import type { CvView, DateRangeView, LocationView, RatedSkillView, SkillCategoryView } from './types.js';

type Bag = Record<string, unknown>;

const text = (record: Bag | null, key: string): string | null => cleanText(own(record, key));
const texts = (record: Bag | null, key: string): string[] => cleanTexts(own(record, key));
const url = (record: Bag | null, key: string): string | null => safeUrl(cleanText(own(record, key)));

function location(record: Bag | null, key: string): LocationView | null {
  const raw = asRecord(own(record, key));
  const view = { city: text(raw, 'city'), state: text(raw, 'state'), country: text(raw, 'country') };
  return hasAny(Object.values(view)) ? view : null;
}

function dateRange(record: Bag | null, key: string): DateRangeView | null {
  const raw = asRecord(own(record, key));
  // Only a real `true` marks an ongoing item; "yes" or 1 from a hostile document does not.
  const view = {
    startDate: text(raw, 'startDate'),
    endDate: text(raw, 'endDate'),
    isCurrent: own(raw, 'isCurrent') === true,
  };
  return hasAny(Object.values(view)) ? view : null;
}

/** Keeps an item only when it has some content. */
function some<T extends object>(item: T): T | null {
  return hasAny(Object.values(item)) ? item : null;
}

/** A section is null when it has no content besides its title, so templates omit it. */
function section<T extends object>(record: Bag | null, body: T): ({ sectionTitle: string | null } & T) | null {
  if (!hasAny(Object.values(body))) return null;
  return { sectionTitle: text(record, 'sectionTitle'), ...body };
}

/**
 * Skill groups, and skills that carry only a level of their own ("Cardio Training: Expert", JSON
 * Resume's skill {name, level}): those read as a list of rated skills, not as a heading per skill.
 */
function skillsView(skills: Bag | null): {
  skillCategories: SkillCategoryView[];
  ratedSkills: RatedSkillView[];
  ungroupedSkills: string[];
} {
  const skillCategories: SkillCategoryView[] = [];
  const ratedSkills: RatedSkillView[] = [];
  const categories = cleanList(own(skills, 'skillCategories'), (c) => {
    const list = texts(c, 'skills');
    const level = text(c, 'level');
    return list.length === 0 && level === null ? null : { categoryName: text(c, 'categoryName'), skills: list, level };
  });
  for (const category of categories) {
    if (category.skills.length === 0 && category.level !== null && category.categoryName !== null)
      ratedSkills.push({ name: category.categoryName, level: category.level });
    else skillCategories.push(category);
  }
  return { skillCategories, ratedSkills, ungroupedSkills: texts(skills, 'ungroupedSkills') };
}

/** Turns an untrusted CvData-shaped value into the fully populated view templates render. */
export function buildCvView(input: unknown): CvView {
  const cv = asRecord(input);
  const part = (key: string): Bag | null => asRecord(own(cv, key));

  const hero = part('hero');
  const contact = part('contact');
  const summary = part('summary');
  const experience = part('experience');
  const education = part('education');
  const skills = part('skills');
  const projects = part('projects');
  const achievements = part('achievements');
  const certifications = part('certifications');
  const languages = part('languages');
  const courses = part('courses');
  const volunteer = part('volunteer');
  const publications = part('publications');
  const speaking = part('speaking');
  const patents = part('patents');
  const memberships = part('memberships');
  const hobbies = part('hobbies');
  const testimonials = part('testimonials');
  const email = text(contact, 'email');

  return {
    hero: some({
      fullName: text(hero, 'fullName'),
      professionalTitle: text(hero, 'professionalTitle'),
      summaryTagline: text(hero, 'summaryTagline'),
    }),
    contact: some({
      email,
      emailHref: mailtoHref(email),
      phone: text(contact, 'phone'),
      location: location(contact, 'location'),
      professionalLinks: cleanList(own(contact, 'professionalLinks'), (l) => {
        const href = url(l, 'url');
        return href === null ? null : { platform: text(l, 'platform'), url: href };
      }),
      availability: text(contact, 'availability'),
      workAuthorization: text(contact, 'workAuthorization'),
    }),
    summary: section(summary, {
      summaryText: text(summary, 'summaryText'),
      yearsOfExperience: text(summary, 'yearsOfExperience'),
      keySpecializations: texts(summary, 'keySpecializations'),
    }),
    experience: section(experience, {
      experienceItems: cleanList(own(experience, 'experienceItems'), (i) =>
        some({
          jobTitle: text(i, 'jobTitle'),
          companyName: text(i, 'companyName'),
          location: location(i, 'location'),
          dateRange: dateRange(i, 'dateRange'),
          responsibilitiesAndAchievements: texts(i, 'responsibilitiesAndAchievements'),
          technologiesUsed: texts(i, 'technologiesUsed'),
          employmentType: text(i, 'employmentType'),
          remoteWork: text(i, 'remoteWork'),
          description: text(i, 'description'),
        }),
      ),
    }),
    education: section(education, {
      educationItems: cleanList(own(education, 'educationItems'), (i) =>
        some({
          institution: text(i, 'institution'),
          degree: text(i, 'degree'),
          fieldOfStudy: text(i, 'fieldOfStudy'),
          location: location(i, 'location'),
          dateRange: dateRange(i, 'dateRange'),
          gpa: text(i, 'gpa'),
          honors: texts(i, 'honors'),
          relevantCoursework: texts(i, 'relevantCoursework'),
          description: text(i, 'description'),
        }),
      ),
    }),
    skills: section(skills, skillsView(skills)),
    projects: section(projects, {
      projectItems: cleanList(own(projects, 'projectItems'), (i) =>
        some({
          title: text(i, 'title'),
          role: text(i, 'role') ?? (texts(i, 'roles').join(', ') || null),
          description: text(i, 'description'),
          highlights: texts(i, 'highlights'),
          projectUrl: url(i, 'projectUrl'),
          technologiesUsed: texts(i, 'technologiesUsed'),
          dateRange: dateRange(i, 'dateRange'),
        }),
      ),
    }),
    achievements: section(achievements, {
      achievements: cleanList(own(achievements, 'achievements'), (i) =>
        some({
          label: text(i, 'label'),
          value: text(i, 'value'),
          contextOrDetail: text(i, 'contextOrDetail'),
          timeframe: text(i, 'timeframe'),
          awarder: text(i, 'awarder'),
        }),
      ),
    }),
    certifications: section(certifications, {
      certificationItems: cleanList(own(certifications, 'certificationItems'), (i) =>
        some({
          title: text(i, 'title'),
          issuingOrganization: text(i, 'issuingOrganization'),
          issueDate: text(i, 'issueDate'),
          expirationDate: text(i, 'expirationDate'),
          credentialId: text(i, 'credentialId'),
          verificationUrl: url(i, 'verificationUrl'),
        }),
      ),
    }),
    languages: section(languages, {
      languageItems: cleanList(own(languages, 'languageItems'), (i) =>
        some({
          language: text(i, 'language'),
          proficiency: text(i, 'proficiency'),
          certification: text(i, 'certification'),
        }),
      ),
    }),
    courses: section(courses, {
      courseItems: cleanList(own(courses, 'courseItems'), (i) =>
        some({
          title: text(i, 'title'),
          institution: text(i, 'institution'),
          year: text(i, 'year'),
          dateRange: dateRange(i, 'dateRange'),
          certificateUrl: url(i, 'certificateUrl'),
          description: text(i, 'description'),
        }),
      ),
    }),
    volunteer: section(volunteer, {
      volunteerItems: cleanList(own(volunteer, 'volunteerItems'), (i) =>
        some({
          role: text(i, 'role'),
          organization: text(i, 'organization'),
          location: location(i, 'location'),
          dateRange: dateRange(i, 'dateRange'),
          description: text(i, 'description'),
          responsibilities: texts(i, 'responsibilities'),
        }),
      ),
    }),
    publications: section(publications, {
      publications: cleanList(own(publications, 'publications'), (i) =>
        some({
          title: text(i, 'title'),
          authors: texts(i, 'authors'),
          publicationType: text(i, 'publicationType'),
          journalName: text(i, 'journalName'),
          conferenceName: text(i, 'conferenceName'),
          publicationDate: text(i, 'publicationDate'),
          doi: text(i, 'doi'),
          publicationUrl: url(i, 'publicationUrl'),
          description: text(i, 'description'),
        }),
      ),
    }),
    speaking: section(speaking, {
      speakingEngagements: cleanList(own(speaking, 'speakingEngagements'), (i) =>
        some({
          title: text(i, 'title'),
          eventName: text(i, 'eventName'),
          date: text(i, 'date'),
          venue: text(i, 'venue'),
          role: text(i, 'role'),
          eventUrl: url(i, 'eventUrl'),
          description: text(i, 'description'),
        }),
      ),
    }),
    patents: section(patents, {
      patents: cleanList(own(patents, 'patents'), (i) =>
        some({
          title: text(i, 'title'),
          patentNumber: text(i, 'patentNumber'),
          status: text(i, 'status'),
          filingDate: text(i, 'filingDate'),
          issueDate: text(i, 'issueDate'),
          inventors: texts(i, 'inventors'),
          patentUrl: url(i, 'patentUrl'),
          description: text(i, 'description'),
        }),
      ),
    }),
    memberships: section(memberships, {
      memberships: cleanList(own(memberships, 'memberships'), (i) =>
        some({
          organization: text(i, 'organization'),
          role: text(i, 'role'),
          membershipType: text(i, 'membershipType'),
          dateRange: dateRange(i, 'dateRange'),
          description: text(i, 'description'),
        }),
      ),
    }),
    hobbies: section(hobbies, {
      hobbies: texts(hobbies, 'hobbies'),
      interestItems: cleanList(own(hobbies, 'interestItems'), (i) =>
        some({ name: text(i, 'name'), keywords: texts(i, 'keywords') }),
      ),
    }),
    testimonials: section(testimonials, {
      testimonials: cleanList(own(testimonials, 'testimonials'), (i) =>
        some({
          quote: text(i, 'quote'),
          authorName: text(i, 'authorName'),
          authorTitle: text(i, 'authorTitle'),
          authorCompany: text(i, 'authorCompany'),
          relationship: text(i, 'relationship'),
          date: text(i, 'date'),
        }),
      ),
    }),
    unclassifiedText: cleanText(own(cv, 'unclassifiedText')),
    language: text(asRecord(own(cv, 'meta')), 'language'),
  };
}
