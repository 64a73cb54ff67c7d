import type { CvData } from '@resume2website/sdk';

/** The 18 sections of the CV document, in the order the editor shows them (docs: cv-schema). */
export type SectionKey = Exclude<keyof CvData, 'unclassifiedText' | 'meta'>;

/** How a value is edited. */
export type FieldKind =
  | 'text'
  | 'longtext'
  | 'email'
  | 'tel'
  | 'url'
  | 'date'
  | 'number'
  | 'tags'
  | 'lines'
  | 'location'
  | 'dateRange'
  | 'links';

export interface FieldSpec {
  key: string;
  kind: FieldKind;
  /** Seldom filled: shown under "More details" (open when it holds something). */
  more?: true;
}

export interface ListSpec {
  /** The member holding the entries (`experienceItems`). */
  key: string;
  fields: readonly FieldSpec[];
  /** The fields that name an entry in its heading, first non-empty wins, joined with " · ". */
  heading: readonly string[];
}

export interface SectionSpec {
  key: SectionKey;
  /** Whether the section has a `sectionTitle` (every one but hero and contact). */
  titled: boolean;
  fields: readonly FieldSpec[];
  list?: ListSpec;
}

const f = (key: string, kind: FieldKind = 'text'): FieldSpec => ({ key, kind });
const more = (key: string, kind: FieldKind = 'text'): FieldSpec => ({ key, kind, more: true });

export const CV_SECTIONS: readonly SectionSpec[] = [
  {
    key: 'hero',
    titled: false,
    fields: [f('fullName'), f('professionalTitle'), f('summaryTagline'), f('profilePhotoUrl', 'url')],
  },
  {
    key: 'contact',
    titled: false,
    fields: [
      f('email', 'email'),
      f('phone', 'tel'),
      f('location', 'location'),
      f('professionalLinks', 'links'),
      f('availability'),
      f('workAuthorization'),
    ],
  },
  {
    key: 'summary',
    titled: true,
    fields: [f('summaryText', 'longtext'), f('yearsOfExperience', 'number'), f('keySpecializations', 'tags')],
  },
  {
    key: 'experience',
    titled: true,
    fields: [],
    list: {
      key: 'experienceItems',
      heading: ['jobTitle', 'companyName'],
      fields: [
        f('jobTitle'),
        f('companyName'),
        more('companyUrl', 'url'),
        more('companyDescription', 'longtext'),
        f('location', 'location'),
        f('dateRange', 'dateRange'),
        f('description', 'longtext'),
        f('responsibilitiesAndAchievements', 'lines'),
        f('technologiesUsed', 'tags'),
        more('employmentType'),
        more('remoteWork'),
      ],
    },
  },
  {
    key: 'education',
    titled: true,
    fields: [],
    list: {
      key: 'educationItems',
      heading: ['degree', 'institution'],
      fields: [
        f('institution'),
        more('institutionUrl', 'url'),
        f('degree'),
        f('fieldOfStudy'),
        f('location', 'location'),
        f('dateRange', 'dateRange'),
        f('gpa'),
        f('honors', 'tags'),
        more('relevantCoursework', 'tags'),
        f('description', 'longtext'),
      ],
    },
  },
  {
    key: 'skills',
    titled: true,
    fields: [f('ungroupedSkills', 'tags')],
    list: {
      key: 'skillCategories',
      heading: ['categoryName'],
      fields: [f('categoryName'), f('level'), f('skills', 'tags')],
    },
  },
  {
    key: 'projects',
    titled: true,
    fields: [],
    list: {
      key: 'projectItems',
      heading: ['title'],
      fields: [
        f('title'),
        f('role'),
        f('roles', 'tags'),
        more('entity'),
        more('projectType'),
        f('description', 'longtext'),
        f('highlights', 'lines'),
        f('projectUrl', 'url'),
        f('technologiesUsed', 'tags'),
        f('dateRange', 'dateRange'),
      ],
    },
  },
  {
    key: 'achievements',
    titled: true,
    fields: [],
    list: {
      key: 'achievements',
      heading: ['label', 'value'],
      fields: [f('label'), f('awarder'), f('value'), f('contextOrDetail', 'longtext'), f('timeframe')],
    },
  },
  {
    key: 'certifications',
    titled: true,
    fields: [],
    list: {
      key: 'certificationItems',
      heading: ['title', 'issuingOrganization'],
      fields: [
        f('title'),
        f('issuingOrganization'),
        f('issueDate', 'date'),
        f('expirationDate', 'date'),
        more('credentialId'),
        f('verificationUrl', 'url'),
      ],
    },
  },
  {
    key: 'languages',
    titled: true,
    fields: [],
    list: {
      key: 'languageItems',
      heading: ['language', 'proficiency'],
      fields: [f('language'), f('proficiency'), f('certification')],
    },
  },
  {
    key: 'courses',
    titled: true,
    fields: [],
    list: {
      key: 'courseItems',
      heading: ['title', 'institution'],
      fields: [
        f('title'),
        f('institution'),
        f('year'),
        f('dateRange', 'dateRange'),
        f('certificateUrl', 'url'),
        f('description', 'longtext'),
      ],
    },
  },
  {
    key: 'volunteer',
    titled: true,
    fields: [],
    list: {
      key: 'volunteerItems',
      heading: ['role', 'organization'],
      fields: [
        f('role'),
        f('organization'),
        more('organizationUrl', 'url'),
        f('location', 'location'),
        f('dateRange', 'dateRange'),
        f('description', 'longtext'),
        f('responsibilities', 'lines'),
      ],
    },
  },
  {
    key: 'publications',
    titled: true,
    fields: [],
    list: {
      key: 'publications',
      heading: ['title'],
      fields: [
        f('title'),
        f('authors', 'tags'),
        f('publicationType'),
        f('journalName'),
        more('conferenceName'),
        f('publicationDate', 'date'),
        more('doi'),
        f('publicationUrl', 'url'),
        f('description', 'longtext'),
      ],
    },
  },
  {
    key: 'speaking',
    titled: true,
    fields: [],
    list: {
      key: 'speakingEngagements',
      heading: ['title', 'eventName'],
      fields: [
        f('title'),
        f('eventName'),
        f('date', 'date'),
        f('venue'),
        f('role'),
        f('eventUrl', 'url'),
        f('description', 'longtext'),
      ],
    },
  },
  {
    key: 'patents',
    titled: true,
    fields: [],
    list: {
      key: 'patents',
      heading: ['title', 'patentNumber'],
      fields: [
        f('title'),
        f('patentNumber'),
        f('status'),
        f('filingDate', 'date'),
        f('issueDate', 'date'),
        f('inventors', 'tags'),
        f('patentUrl', 'url'),
        f('description', 'longtext'),
      ],
    },
  },
  {
    key: 'memberships',
    titled: true,
    fields: [],
    list: {
      key: 'memberships',
      heading: ['organization', 'role'],
      fields: [
        f('organization'),
        f('role'),
        more('membershipType'),
        f('dateRange', 'dateRange'),
        f('description', 'longtext'),
      ],
    },
  },
  {
    key: 'hobbies',
    titled: true,
    fields: [f('hobbies', 'tags')],
    list: { key: 'interestItems', heading: ['name'], fields: [f('name'), f('keywords', 'tags')] },
  },
  {
    key: 'testimonials',
    titled: true,
    fields: [],
    list: {
      key: 'testimonials',
      heading: ['authorName', 'authorCompany'],
      fields: [
        f('quote', 'longtext'),
        f('authorName'),
        f('authorTitle'),
        f('authorCompany'),
        f('relationship'),
        f('date', 'date'),
      ],
    },
  },
];
