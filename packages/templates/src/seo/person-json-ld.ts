import { formatPlace } from '../helpers/text.js';
import type { CvView } from '../view/types.js';

/** A schema.org Person built only from what the CV states (nothing inferred). */
export function personJsonLd(cv: CvView, pageUrl: string | null, imageUrl: string | null): Record<string, unknown> {
  const person: Record<string, unknown> = { '@context': 'https://schema.org', '@type': 'Person' };
  const set = (key: string, value: unknown): void => {
    if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return;
    person[key] = value;
  };
  set('name', cv.hero?.fullName);
  set('jobTitle', cv.hero?.professionalTitle);
  set('description', cv.hero?.summaryTagline ?? cv.summary?.summaryText);
  set('url', pageUrl);
  set('image', imageUrl);
  set('email', cv.contact?.emailHref);
  set('telephone', cv.contact?.phone);
  const location = cv.contact?.location;
  if (location) {
    const address: Record<string, string> = { '@type': 'PostalAddress' };
    if (location.city) address['addressLocality'] = location.city;
    if (location.state) address['addressRegion'] = location.state;
    if (location.country) address['addressCountry'] = location.country;
    set('address', address);
    set('homeLocation', { '@type': 'Place', name: formatPlace(location) });
  }
  set('sameAs', cv.contact?.professionalLinks.map((link) => link.url) ?? []);
  const current = cv.experience?.experienceItems.find((item) => item.dateRange?.isCurrent && item.companyName);
  if (current?.companyName) set('worksFor', { '@type': 'Organization', name: current.companyName });
  set(
    'alumniOf',
    (cv.education?.educationItems ?? [])
      .filter((item) => item.institution !== null)
      .map((item) => ({ '@type': 'EducationalOrganization', name: item.institution })),
  );
  const skills = [
    ...(cv.skills?.skillCategories.flatMap((category) => category.skills) ?? []),
    ...(cv.skills?.ungroupedSkills ?? []),
  ];
  set('knowsAbout', skills);
  set(
    'knowsLanguage',
    (cv.languages?.languageItems ?? []).flatMap((item) => (item.language ? [item.language] : [])),
  );
  return person;
}
