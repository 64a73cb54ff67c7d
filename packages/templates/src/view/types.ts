// The document as templates see it: the CvData shape with every key present (null or [] when the CV
// has nothing), so Handlebars' strict mode catches template typos instead of rendering blanks, and
// every section that has no content is null, so `{{#if cv.patents}}` omits it.

export interface LocationView {
  city: string | null;
  state: string | null;
  country: string | null;
}

export interface DateRangeView {
  startDate: string | null;
  endDate: string | null;
  isCurrent: boolean;
}

export interface LinkView {
  platform: string | null;
  url: string;
}

export interface HeroView {
  fullName: string | null;
  professionalTitle: string | null;
  summaryTagline: string | null;
}

export interface ContactView {
  email: string | null;
  emailHref: string | null;
  phone: string | null;
  location: LocationView | null;
  professionalLinks: LinkView[];
  availability: string | null;
  workAuthorization: string | null;
}

export interface SummaryView {
  sectionTitle: string | null;
  summaryText: string | null;
  yearsOfExperience: string | null;
  keySpecializations: string[];
}

export interface ExperienceItemView {
  jobTitle: string | null;
  companyName: string | null;
  location: LocationView | null;
  dateRange: DateRangeView | null;
  responsibilitiesAndAchievements: string[];
  technologiesUsed: string[];
  employmentType: string | null;
  remoteWork: string | null;
  /** The CV's paragraph about the role. */
  description: string | null;
}

export interface EducationItemView {
  institution: string | null;
  degree: string | null;
  fieldOfStudy: string | null;
  location: LocationView | null;
  dateRange: DateRangeView | null;
  gpa: string | null;
  honors: string[];
  relevantCoursework: string[];
  description: string | null;
}

export interface SkillCategoryView {
  categoryName: string | null;
  skills: string[];
  level: string | null;
}

/** A skill with a level of its own and nothing under it (JSON Resume's skill {name, level}). */
export interface RatedSkillView {
  name: string;
  level: string;
}

export interface ProjectItemView {
  title: string | null;
  /** `role`, or else the project's `roles` joined. */
  role: string | null;
  description: string | null;
  highlights: string[];
  projectUrl: string | null;
  technologiesUsed: string[];
  dateRange: DateRangeView | null;
}

export interface AchievementView {
  label: string | null;
  value: string | null;
  contextOrDetail: string | null;
  timeframe: string | null;
  awarder: string | null;
}

export interface CertificationView {
  title: string | null;
  issuingOrganization: string | null;
  issueDate: string | null;
  expirationDate: string | null;
  credentialId: string | null;
  verificationUrl: string | null;
}

export interface LanguageItemView {
  language: string | null;
  proficiency: string | null;
  certification: string | null;
}

export interface CourseItemView {
  title: string | null;
  institution: string | null;
  year: string | null;
  dateRange: DateRangeView | null;
  certificateUrl: string | null;
  description: string | null;
}

export interface VolunteerItemView {
  role: string | null;
  organization: string | null;
  location: LocationView | null;
  dateRange: DateRangeView | null;
  description: string | null;
  responsibilities: string[];
}

export interface PublicationView {
  title: string | null;
  authors: string[];
  publicationType: string | null;
  journalName: string | null;
  conferenceName: string | null;
  publicationDate: string | null;
  doi: string | null;
  publicationUrl: string | null;
  description: string | null;
}

export interface SpeakingView {
  title: string | null;
  eventName: string | null;
  date: string | null;
  venue: string | null;
  role: string | null;
  eventUrl: string | null;
  description: string | null;
}

export interface PatentView {
  title: string | null;
  patentNumber: string | null;
  status: string | null;
  filingDate: string | null;
  issueDate: string | null;
  inventors: string[];
  patentUrl: string | null;
  description: string | null;
}

export interface MembershipView {
  organization: string | null;
  role: string | null;
  membershipType: string | null;
  dateRange: DateRangeView | null;
  description: string | null;
}

export interface InterestItemView {
  name: string | null;
  keywords: string[];
}

export interface TestimonialView {
  quote: string | null;
  authorName: string | null;
  authorTitle: string | null;
  authorCompany: string | null;
  relationship: string | null;
  date: string | null;
}

interface Titled {
  sectionTitle: string | null;
}

export interface CvView {
  hero: HeroView | null;
  contact: ContactView | null;
  summary: SummaryView | null;
  experience: (Titled & { experienceItems: ExperienceItemView[] }) | null;
  education: (Titled & { educationItems: EducationItemView[] }) | null;
  skills:
    | (Titled & { skillCategories: SkillCategoryView[]; ratedSkills: RatedSkillView[]; ungroupedSkills: string[] })
    | null;
  projects: (Titled & { projectItems: ProjectItemView[] }) | null;
  achievements: (Titled & { achievements: AchievementView[] }) | null;
  certifications: (Titled & { certificationItems: CertificationView[] }) | null;
  languages: (Titled & { languageItems: LanguageItemView[] }) | null;
  courses: (Titled & { courseItems: CourseItemView[] }) | null;
  volunteer: (Titled & { volunteerItems: VolunteerItemView[] }) | null;
  publications: (Titled & { publications: PublicationView[] }) | null;
  speaking: (Titled & { speakingEngagements: SpeakingView[] }) | null;
  patents: (Titled & { patents: PatentView[] }) | null;
  memberships: (Titled & { memberships: MembershipView[] }) | null;
  hobbies: (Titled & { hobbies: string[]; interestItems: InterestItemView[] }) | null;
  testimonials: (Titled & { testimonials: TestimonialView[] }) | null;
  unclassifiedText: string | null;
  language: string | null;
}

export interface PhotoView {
  src: string;
  alt: string;
}

export interface SiteView {
  lang: string;
  dir: 'ltr' | 'rtl';
  published: boolean;
  /** The h1: the person's name, or the page title when the CV has no name. */
  name: string;
  title: string;
  description: string | null;
  canonicalUrl: string | null;
  imageUrl: string | null;
  cssHref: string;
  photo: PhotoView | null;
  brandName: string | null;
  jsonLd: Record<string, unknown> | null;
}

export interface PageView {
  site: SiteView;
  cv: CvView;
}
