// The few words a theme prints itself (default section titles when the CV has none, "Present",
// field labels). Everything else on the page is the CV's own text, in its own language.

export type WordKey =
  | 'summary'
  | 'experience'
  | 'education'
  | 'skills'
  | 'projects'
  | 'achievements'
  | 'certifications'
  | 'languages'
  | 'courses'
  | 'volunteer'
  | 'publications'
  | 'speaking'
  | 'patents'
  | 'memberships'
  | 'hobbies'
  | 'testimonials'
  | 'contact'
  | 'unclassified'
  | 'present'
  | 'email'
  | 'phone'
  | 'location'
  | 'links'
  | 'availability'
  | 'workAuthorization'
  | 'yearsOfExperience'
  | 'technologies'
  | 'coursework'
  | 'honors'
  | 'grade'
  | 'credentialId'
  | 'issued'
  | 'expires'
  | 'filed'
  | 'verify'
  | 'certificate'
  | 'visit'
  | 'authors'
  | 'inventors'
  | 'photoOf'
  | 'publishedWith'
  | 'skipToContent';

type WordList = Record<WordKey, string>;

const en: WordList = {
  summary: 'About',
  experience: 'Experience',
  education: 'Education',
  skills: 'Skills',
  projects: 'Projects',
  achievements: 'Achievements',
  certifications: 'Certifications',
  languages: 'Languages',
  courses: 'Courses',
  volunteer: 'Volunteering',
  publications: 'Publications',
  speaking: 'Speaking',
  patents: 'Patents',
  memberships: 'Memberships',
  hobbies: 'Interests',
  testimonials: 'Testimonials',
  contact: 'Contact',
  unclassified: 'Additional information',
  present: 'Present',
  email: 'Email',
  phone: 'Phone',
  location: 'Location',
  links: 'Links',
  availability: 'Availability',
  workAuthorization: 'Work authorization',
  yearsOfExperience: 'Years of experience',
  technologies: 'Technologies',
  coursework: 'Relevant coursework',
  honors: 'Honors',
  grade: 'Grade',
  credentialId: 'Credential ID',
  issued: 'Issued',
  expires: 'Expires',
  filed: 'Filed',
  verify: 'Verify',
  certificate: 'Certificate',
  visit: 'Visit',
  authors: 'Authors',
  inventors: 'Inventors',
  photoOf: 'Photo of',
  publishedWith: 'Published with',
  skipToContent: 'Skip to content',
};

const es: WordList = {
  summary: 'Perfil',
  experience: 'Experiencia',
  education: 'Formación',
  skills: 'Habilidades',
  projects: 'Proyectos',
  achievements: 'Logros',
  certifications: 'Certificaciones',
  languages: 'Idiomas',
  courses: 'Cursos',
  volunteer: 'Voluntariado',
  publications: 'Publicaciones',
  speaking: 'Conferencias',
  patents: 'Patentes',
  memberships: 'Asociaciones',
  hobbies: 'Intereses',
  testimonials: 'Recomendaciones',
  contact: 'Contacto',
  unclassified: 'Información adicional',
  present: 'Actualidad',
  email: 'Correo',
  phone: 'Teléfono',
  location: 'Ubicación',
  links: 'Enlaces',
  availability: 'Disponibilidad',
  workAuthorization: 'Permiso de trabajo',
  yearsOfExperience: 'Años de experiencia',
  technologies: 'Tecnologías',
  coursework: 'Asignaturas relevantes',
  honors: 'Distinciones',
  grade: 'Calificación',
  credentialId: 'ID de credencial',
  issued: 'Emitido',
  expires: 'Vence',
  filed: 'Presentada',
  verify: 'Verificar',
  certificate: 'Certificado',
  visit: 'Visitar',
  authors: 'Autores',
  inventors: 'Inventores',
  photoOf: 'Foto de',
  publishedWith: 'Publicado con',
  skipToContent: 'Saltar al contenido',
};

const pt: WordList = {
  ...en,
  summary: 'Perfil',
  experience: 'Experiência',
  education: 'Formação',
  skills: 'Competências',
  projects: 'Projetos',
  achievements: 'Conquistas',
  certifications: 'Certificações',
  languages: 'Idiomas',
  courses: 'Cursos',
  volunteer: 'Voluntariado',
  publications: 'Publicações',
  speaking: 'Palestras',
  patents: 'Patentes',
  memberships: 'Associações',
  hobbies: 'Interesses',
  testimonials: 'Recomendações',
  contact: 'Contacto',
  unclassified: 'Informação adicional',
  present: 'Atual',
  email: 'E-mail',
  phone: 'Telefone',
  location: 'Localização',
  links: 'Ligações',
  availability: 'Disponibilidade',
  workAuthorization: 'Autorização de trabalho',
  yearsOfExperience: 'Anos de experiência',
  technologies: 'Tecnologias',
  photoOf: 'Foto de',
  publishedWith: 'Publicado com',
  skipToContent: 'Saltar para o conteúdo',
};

const fr: WordList = {
  ...en,
  summary: 'Profil',
  experience: 'Expérience',
  education: 'Formation',
  skills: 'Compétences',
  projects: 'Projets',
  achievements: 'Réalisations',
  certifications: 'Certifications',
  languages: 'Langues',
  courses: 'Cours',
  volunteer: 'Bénévolat',
  publications: 'Publications',
  speaking: 'Conférences',
  patents: 'Brevets',
  memberships: 'Adhésions',
  hobbies: 'Centres d’intérêt',
  testimonials: 'Recommandations',
  contact: 'Contact',
  unclassified: 'Informations complémentaires',
  present: 'Aujourd’hui',
  email: 'E-mail',
  phone: 'Téléphone',
  location: 'Lieu',
  links: 'Liens',
  technologies: 'Technologies',
  photoOf: 'Photo de',
  publishedWith: 'Publié avec',
  skipToContent: 'Aller au contenu',
};

const de: WordList = {
  ...en,
  summary: 'Profil',
  experience: 'Berufserfahrung',
  education: 'Ausbildung',
  skills: 'Kenntnisse',
  projects: 'Projekte',
  achievements: 'Erfolge',
  certifications: 'Zertifikate',
  languages: 'Sprachen',
  courses: 'Weiterbildung',
  volunteer: 'Ehrenamt',
  publications: 'Publikationen',
  speaking: 'Vorträge',
  patents: 'Patente',
  memberships: 'Mitgliedschaften',
  hobbies: 'Interessen',
  testimonials: 'Referenzen',
  contact: 'Kontakt',
  unclassified: 'Weitere Angaben',
  present: 'heute',
  email: 'E-Mail',
  phone: 'Telefon',
  location: 'Ort',
  links: 'Links',
  technologies: 'Technologien',
  photoOf: 'Foto von',
  publishedWith: 'Veröffentlicht mit',
  skipToContent: 'Zum Inhalt springen',
};

const WORDS: Readonly<Record<string, WordList>> = { en, es, pt, fr, de };

/** The word list for a BCP 47 tag's language, English when the language has none. */
export function wordsFor(locale: string): WordList {
  const language = locale.split('-')[0]?.toLowerCase() ?? 'en';
  return Object.hasOwn(WORDS, language) ? (WORDS[language] as WordList) : en;
}

export function isWordKey(key: unknown): key is WordKey {
  return typeof key === 'string' && Object.hasOwn(en, key);
}
