import { fold, headingKey, isAllCaps, wordCount } from './text-utils.js';

/**
 * Section headings CVs use, per language, mapped to the CV document's sections. `contact` covers
 * "Details"/"Links" blocks and `references` the "available on request" blocks (kept as
 * unclassified text). Matched case- and accent-insensitively, on letters only, so "EXPÉRIENCE
 * PROFESSIONNELLE :" and "Experience professionnelle" are the same heading.
 */
export type HeadingKey =
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
  | 'references';

export type CvLanguage = 'en' | 'es' | 'fr' | 'de' | 'pt' | 'it' | 'nl' | 'sv';

type Dictionary = Record<HeadingKey, Partial<Record<CvLanguage, string[]>>>;

const HEADINGS: Dictionary = {
  summary: {
    en: [
      'summary',
      'professional summary',
      'profile',
      'professional profile',
      'about',
      'about me',
      'objective',
      'career objective',
      'career summary',
      'executive summary',
      'personal statement',
      'overview',
      'introduction',
      'personal profile',
      'summary of qualifications',
      'professional overview',
      'bio',
    ],
    es: [
      'perfil',
      'perfil profesional',
      'resumen',
      'resumen profesional',
      'sobre mi',
      'acerca de mi',
      'objetivo',
      'objetivo profesional',
      'extracto',
      'presentacion',
      'perfil personal',
    ],
    fr: [
      'profil',
      'profil professionnel',
      'resume',
      'a propos',
      'a propos de moi',
      'objectif',
      'objectif professionnel',
      'presentation',
      'synthese',
      'profil personnel',
    ],
    de: [
      'profil',
      'zusammenfassung',
      'uber mich',
      'kurzprofil',
      'berufliches profil',
      'personliches profil',
      'zielsetzung',
      'berufsziel',
    ],
    pt: [
      'perfil',
      'resumo',
      'resumo profissional',
      'sobre mim',
      'objetivo',
      'objetivo profissional',
      'perfil profissional',
      'apresentacao',
    ],
    it: [
      'profilo',
      'sommario',
      'profilo professionale',
      'chi sono',
      'obiettivo',
      'presentazione',
      'riepilogo',
      'profilo personale',
    ],
    nl: ['profiel', 'samenvatting', 'over mij', 'persoonlijk profiel', 'doelstelling'],
    sv: ['profil', 'sammanfattning', 'om mig', 'personlig profil'],
  },
  experience: {
    en: [
      'experience',
      'work experience',
      'professional experience',
      'employment',
      'employment history',
      'work history',
      'career history',
      'professional background',
      'relevant experience',
      'clinical experience',
      'career',
      'positions held',
      'internships',
      'internship experience',
      'experience highlights',
      'professional history',
      'work',
    ],
    es: [
      'experiencia',
      'experiencia profesional',
      'experiencia laboral',
      'historial laboral',
      'trayectoria profesional',
      'trayectoria',
      'empleo',
      'practicas',
      'experiencia de trabajo',
    ],
    fr: [
      'experience',
      'experiences',
      'experience professionnelle',
      'experiences professionnelles',
      'parcours professionnel',
      'emplois',
      'stages',
      'parcours',
    ],
    de: [
      'berufserfahrung',
      'erfahrung',
      'beruflicher werdegang',
      'werdegang',
      'berufliche erfahrung',
      'praktika',
      'berufspraxis',
      'beruflicher hintergrund',
      'berufliche laufbahn',
    ],
    pt: [
      'experiencia',
      'experiencia profissional',
      'experiencias',
      'historico profissional',
      'experiencia de trabalho',
      'estagios',
      'experiencias profissionais',
    ],
    it: [
      'esperienza',
      'esperienze',
      'esperienza professionale',
      'esperienze professionali',
      'esperienza lavorativa',
      'esperienze lavorative',
      'tirocini',
    ],
    nl: [
      'werkervaring',
      'ervaring',
      'loopbaan',
      'professionele ervaring',
      'stages',
      'werkgeschiedenis',
      'beroepservaring',
    ],
    sv: ['arbetslivserfarenhet', 'erfarenhet', 'yrkeserfarenhet', 'anstallningar', 'arbetserfarenhet'],
  },
  education: {
    en: [
      'education',
      'academic background',
      'education and training',
      'academic qualifications',
      'qualifications',
      'studies',
      'academic history',
      'educational background',
      'academics',
    ],
    es: [
      'educacion',
      'formacion',
      'formacion academica',
      'estudios',
      'titulacion',
      'educacion y formacion',
      'formacion reglada',
    ],
    fr: [
      'formation',
      'formations',
      'education',
      'etudes',
      'parcours academique',
      'diplomes',
      'formation academique',
      'scolarite',
      'diplomes et formations',
    ],
    de: [
      'ausbildung',
      'bildung',
      'bildungsweg',
      'studium',
      'schulbildung',
      'akademischer werdegang',
      'aus und weiterbildung',
      'schulische ausbildung',
      'akademische ausbildung',
    ],
    pt: ['educacao', 'formacao', 'formacao academica', 'escolaridade', 'estudos'],
    it: ['istruzione', 'formazione', 'istruzione e formazione', 'titoli di studio', 'studi', 'formazione accademica'],
    nl: ['opleiding', 'opleidingen', 'onderwijs', 'studie', 'opleiding en training'],
    sv: ['utbildning', 'utbildningar'],
  },
  skills: {
    en: [
      'skills',
      'technical skills',
      'key skills',
      'core competencies',
      'competencies',
      'expertise',
      'areas of expertise',
      'skills and expertise',
      'technologies',
      'technical proficiencies',
      'skill set',
      'skillset',
      'core skills',
      'abilities',
      'strengths',
      'tools',
      'skills and tools',
      'technical expertise',
      'professional skills',
      'competences',
    ],
    es: [
      'habilidades',
      'competencias',
      'aptitudes',
      'conocimientos',
      'habilidades tecnicas',
      'destrezas',
      'competencias tecnicas',
      'herramientas',
      'conocimientos tecnicos',
      'competencias profesionales',
    ],
    fr: [
      'competences',
      'competences techniques',
      'savoir faire',
      'aptitudes',
      'outils',
      'connaissances',
      'competences professionnelles',
      'competences cles',
    ],
    de: [
      'kenntnisse',
      'fahigkeiten',
      'kompetenzen',
      'fachkenntnisse',
      'it kenntnisse',
      'fertigkeiten',
      'edv kenntnisse',
      'technische kenntnisse',
      'fachkompetenzen',
      'fahigkeiten und kenntnisse',
    ],
    pt: ['competencias', 'habilidades', 'conhecimentos', 'aptidoes', 'competencias tecnicas'],
    it: [
      'competenze',
      'capacita',
      'abilita',
      'competenze tecniche',
      'conoscenze',
      'capacita e competenze',
      'competenze professionali',
    ],
    nl: ['vaardigheden', 'competenties', 'kennis', 'kwalificaties', 'technische vaardigheden'],
    sv: ['kompetenser', 'fardigheter', 'kunskaper', 'kompetens', 'it kunskaper', 'tekniska kunskaper'],
  },
  projects: {
    en: [
      'projects',
      'key projects',
      'personal projects',
      'selected projects',
      'side projects',
      'portfolio',
      'academic projects',
      'notable projects',
    ],
    es: ['proyectos', 'proyectos destacados', 'proyectos personales'],
    fr: ['projets', 'realisations', 'projets personnels'],
    de: ['projekte', 'ausgewahlte projekte'],
    pt: ['projetos', 'projectos'],
    it: ['progetti'],
    nl: ['projecten'],
    sv: ['projekt'],
  },
  achievements: {
    en: [
      'achievements',
      'awards',
      'honors',
      'honours',
      'awards and honors',
      'awards and honours',
      'honors and awards',
      'accomplishments',
      'key achievements',
      'recognition',
      'distinctions',
      'scholarships',
      'awards and achievements',
    ],
    es: ['logros', 'premios', 'reconocimientos', 'premios y reconocimientos', 'distinciones'],
    fr: ['distinctions', 'prix', 'recompenses', 'reussites', 'prix et distinctions'],
    de: ['auszeichnungen', 'erfolge', 'preise', 'ehrungen'],
    pt: ['conquistas', 'premios', 'realizacoes', 'reconhecimentos', 'premios e reconhecimentos'],
    it: ['premi', 'riconoscimenti', 'risultati', 'premi e riconoscimenti'],
    nl: ['prestaties', 'prijzen', 'onderscheidingen'],
    sv: ['utmarkelser', 'prestationer', 'priser'],
  },
  certifications: {
    en: [
      'certifications',
      'certificates',
      'licenses',
      'licences',
      'licenses and certifications',
      'licences and certifications',
      'certifications and licenses',
      'credentials',
      'professional certifications',
      'accreditations',
    ],
    es: ['certificaciones', 'certificados', 'licencias'],
    fr: ['certifications', 'certificats', 'habilitations'],
    de: ['zertifikate', 'zertifizierungen', 'lizenzen'],
    pt: ['certificacoes', 'certificados', 'licencas'],
    it: ['certificazioni', 'certificati', 'attestati'],
    nl: ['certificaten', 'certificeringen', 'licenties'],
    sv: ['certifieringar', 'certifikat', 'licenser'],
  },
  languages: {
    en: ['languages', 'language skills', 'spoken languages', 'language'],
    es: ['idiomas', 'lenguas'],
    fr: ['langues', 'competences linguistiques'],
    de: ['sprachen', 'sprachkenntnisse'],
    pt: ['idiomas', 'linguas'],
    it: ['lingue', 'conoscenze linguistiche', 'lingue straniere'],
    nl: ['talen', 'talenkennis'],
    sv: ['sprak', 'sprakkunskaper'],
  },
  courses: {
    en: [
      'courses',
      'training',
      'trainings',
      'professional development',
      'continuing education',
      'coursework',
      'workshops',
      'online courses',
      'relevant courses',
    ],
    es: ['cursos', 'formacion complementaria', 'capacitacion', 'cursos y seminarios', 'formacion continua'],
    fr: ['cours', 'formations complementaires', 'formation continue'],
    de: ['kurse', 'weiterbildung', 'fortbildung', 'fortbildungen', 'schulungen', 'weiterbildungen'],
    pt: ['cursos', 'formacao complementar', 'treinamentos', 'capacitacao'],
    it: ['corsi', 'formazione continua', 'corsi di formazione'],
    nl: ['cursussen', 'trainingen'],
    sv: ['kurser', 'vidareutbildning'],
  },
  volunteer: {
    en: [
      'volunteer',
      'volunteering',
      'volunteer experience',
      'volunteer work',
      'community service',
      'community involvement',
      'volunteer activities',
    ],
    es: ['voluntariado', 'experiencia de voluntariado', 'labor social', 'actividades de voluntariado'],
    fr: ['benevolat', 'engagement associatif', 'volontariat', 'activites benevoles', 'engagements'],
    de: [
      'ehrenamt',
      'ehrenamtliches engagement',
      'ehrenamtliche tatigkeit',
      'ehrenamtliche tatigkeiten',
      'soziales engagement',
      'freiwilligenarbeit',
    ],
    pt: ['voluntariado', 'trabalho voluntario'],
    it: ['volontariato'],
    nl: ['vrijwilligerswerk'],
    sv: ['volontararbete', 'ideellt arbete', 'ideella uppdrag'],
  },
  publications: {
    en: ['publications', 'papers', 'research publications', 'selected publications', 'articles', 'research'],
    es: ['publicaciones', 'articulos'],
    fr: ['publications', 'articles'],
    de: ['publikationen', 'veroffentlichungen'],
    pt: ['publicacoes', 'artigos'],
    it: ['pubblicazioni'],
    nl: ['publicaties'],
    sv: ['publikationer'],
  },
  speaking: {
    en: [
      'speaking',
      'talks',
      'presentations',
      'conferences',
      'speaking engagements',
      'public speaking',
      'conference talks',
      'talks and presentations',
    ],
    es: ['conferencias', 'ponencias', 'charlas'],
    fr: ['conferences', 'interventions', 'communications'],
    de: ['vortrage', 'konferenzen', 'vortrage und konferenzen'],
    pt: ['palestras', 'conferencias', 'apresentacoes'],
    it: ['conferenze', 'interventi', 'presentazioni'],
    nl: ['lezingen', 'presentaties'],
    sv: ['forelasningar', 'foredrag', 'presentationer'],
  },
  patents: {
    en: ['patents'],
    es: ['patentes'],
    fr: ['brevets'],
    de: ['patente'],
    pt: ['patentes'],
    it: ['brevetti'],
    nl: ['octrooien', 'patenten'],
    sv: ['patent'],
  },
  memberships: {
    en: [
      'memberships',
      'professional memberships',
      'affiliations',
      'professional affiliations',
      'associations',
      'professional associations',
      'organizations',
      'organisations',
    ],
    es: ['afiliaciones', 'membresias', 'asociaciones'],
    fr: ['adhesions', 'associations', 'affiliations'],
    de: ['mitgliedschaften'],
    pt: ['afiliacoes', 'associacoes'],
    it: ['associazioni', 'affiliazioni'],
    nl: ['lidmaatschappen'],
    sv: ['medlemskap'],
  },
  hobbies: {
    en: [
      'hobbies',
      'interests',
      'hobbies and interests',
      'personal interests',
      'activities',
      'leisure',
      'extracurricular activities',
    ],
    es: ['intereses', 'aficiones', 'pasatiempos', 'hobbies'],
    fr: ['centres d interet', 'centres d interets', 'loisirs', 'interets', 'passions'],
    de: ['hobbys', 'hobbies', 'interessen', 'freizeit', 'freizeitaktivitaten'],
    pt: ['interesses', 'hobbies', 'passatempos'],
    it: ['interessi', 'hobby', 'tempo libero'],
    nl: ['hobby s', 'hobbys', 'interesses'],
    sv: ['intressen', 'fritidsintressen', 'hobbyer'],
  },
  testimonials: {
    en: ['testimonials', 'recommendations', 'endorsements', 'what people say', 'what colleagues say', 'kind words'],
    es: ['testimonios', 'recomendaciones'],
    fr: ['temoignages', 'recommandations'],
    de: ['empfehlungen', 'stimmen'],
    pt: ['depoimentos', 'recomendacoes'],
    it: ['testimonianze', 'raccomandazioni'],
    nl: ['aanbevelingen'],
    sv: ['rekommendationer', 'omdomen'],
  },
  contact: {
    en: [
      'contact',
      'contact information',
      'contact details',
      'details',
      'personal details',
      'personal information',
      'personal data',
      'links',
      'social',
      'contact me',
      'info',
    ],
    es: ['contacto', 'datos personales', 'informacion personal', 'datos de contacto', 'enlaces'],
    fr: ['contact', 'coordonnees', 'informations personnelles', 'liens'],
    de: ['kontakt', 'personliche daten', 'kontaktdaten', 'personliche angaben', 'links'],
    pt: ['contato', 'contacto', 'dados pessoais', 'informacoes pessoais'],
    it: ['contatti', 'dati personali', 'informazioni personali'],
    nl: ['contact', 'contactgegevens', 'persoonlijke gegevens', 'personalia'],
    sv: ['kontakt', 'kontaktuppgifter', 'personuppgifter'],
  },
  references: {
    en: ['references', 'referees'],
    es: ['referencias'],
    fr: ['references'],
    de: ['referenzen'],
    pt: ['referencias'],
    it: ['referenze'],
    nl: ['referenties'],
    sv: ['referenser'],
  },
};

/** Joining words ("Skills & Tools", "Awards and honours") are ignored when matching. */
const CONNECTORS = /\b(?:and|und|y|e|et|en|och|ed|i|og)\b/g;

interface Entry {
  key: HeadingKey;
  languages: CvLanguage[];
  phrase: string;
}

function buildIndex(): { exact: Map<string, Entry>; compact: Map<string, Entry> } {
  const exact = new Map<string, Entry>();
  const compact = new Map<string, Entry>();
  for (const [key, byLanguage] of Object.entries(HEADINGS) as [HeadingKey, Dictionary[HeadingKey]][]) {
    for (const [language, phrases] of Object.entries(byLanguage) as [CvLanguage, string[]][]) {
      for (const phrase of phrases) {
        const normalised = headingKey(phrase);
        const existing = exact.get(normalised);
        if (existing) {
          if (!existing.languages.includes(language)) existing.languages.push(language);
          continue;
        }
        const entry: Entry = { key, languages: [language], phrase: normalised };
        exact.set(normalised, entry);
        compact.set(normalised.replace(/ /g, ''), entry);
        const withoutConnectors = normalised.replace(CONNECTORS, ' ').replace(/\s+/g, ' ').trim();
        if (!exact.has(withoutConnectors)) exact.set(withoutConnectors, entry);
      }
    }
  }
  return { exact, compact };
}

const INDEX = buildIndex();

export interface HeadingMatch {
  key: HeadingKey;
  languages: CvLanguage[];
  /** The matched phrase, normalised: a letter-spaced heading's words are restored from it. */
  phrase: string;
}

function lookUp(text: string): Entry | undefined {
  const key = headingKey(text);
  if (!key) return undefined;
  const direct = INDEX.exact.get(key) ?? INDEX.exact.get(key.replace(CONNECTORS, ' ').replace(/\s+/g, ' ').trim());
  if (direct) return direct;
  return INDEX.compact.get(key.replace(/ /g, ''));
}

/**
 * Whether a line is a section heading, and which. A line that is exactly a known heading is one
 * when it is short; a longer line ("Professional Experience & Internships") is one only with a
 * typographic cue (all capitals, a bigger or different font, a Markdown `#`), and only when it
 * starts with a known heading.
 */
export function matchHeading(text: string, cues: { emphasised: boolean }): HeadingMatch | undefined {
  const trimmed = text.trim().replace(/[:：]\s*$/, '');
  if (trimmed.length === 0 || trimmed.length > 60 || /[.!?]$/.test(trimmed) || /\d{3,}/.test(trimmed)) return undefined;
  if (/@|https?:|www\./i.test(trimmed)) return undefined;
  const words = wordCount(trimmed);
  const entry = lookUp(trimmed);
  if (entry && words <= 6) {
    // Plain words like "Work" or "Research" are headings only when they look like one.
    const weak = entry.phrase.split(' ').length === 1 && WEAK_SINGLE_WORDS.has(entry.phrase);
    if (weak && !cues.emphasised && !isAllCaps(trimmed)) return undefined;
    return { key: entry.key, languages: entry.languages, phrase: entry.phrase };
  }
  if (!cues.emphasised && !isAllCaps(trimmed)) return undefined;
  if (words > 6) return undefined;
  const tokens = headingKey(trimmed).split(' ');
  for (let n = Math.min(tokens.length - 1, 4); n >= 1; n--) {
    const prefix = INDEX.exact.get(tokens.slice(0, n).join(' '));
    if (prefix && !WEAK_SINGLE_WORDS.has(prefix.phrase)) {
      return { key: prefix.key, languages: prefix.languages, phrase: prefix.phrase };
    }
  }
  return undefined;
}

const WEAK_SINGLE_WORDS = new Set([
  'work',
  'research',
  'info',
  'social',
  'bio',
  'tools',
  'about',
  'career',
  'activities',
  'training',
  'studie',
  'kennis',
  'language',
  'articles',
  'parcours',
  'details',
  'links',
  'passions',
  'stimmen',
  'engagements',
  'studies',
  'communications',
  'interventions',
  'employment',
  'hobby',
  'cours',
  'overview',
  'research',
]);

/** The languages a folded word list most likely belongs to, for `meta.language`. */
export const STOPWORDS: Record<CvLanguage, string[]> = {
  en: ['the', 'and', 'of', 'with', 'for', 'in', 'to', 'on', 'at', 'from', 'my', 'years', 'experience'],
  es: ['de', 'la', 'el', 'y', 'en', 'con', 'para', 'los', 'las', 'del', 'por', 'una', 'experiencia'],
  fr: ['le', 'la', 'les', 'et', 'des', 'du', 'pour', 'avec', 'en', 'une', 'dans', 'sur', 'au'],
  de: ['und', 'der', 'die', 'das', 'mit', 'fur', 'von', 'im', 'zur', 'zum', 'bei', 'ein', 'eine', 'auf'],
  pt: ['de', 'e', 'o', 'os', 'com', 'para', 'em', 'do', 'da', 'dos', 'das', 'uma', 'no', 'na'],
  it: ['di', 'e', 'il', 'la', 'per', 'con', 'del', 'della', 'nel', 'nella', 'dei', 'delle', 'un', 'una'],
  nl: ['de', 'het', 'een', 'en', 'van', 'met', 'voor', 'op', 'bij', 'naar', 'ik', 'als'],
  sv: ['och', 'att', 'det', 'som', 'for', 'med', 'pa', 'av', 'en', 'ett', 'jag', 'till', 'inom'],
};

/**
 * The CV's language: its headings count most (they are unambiguous per language more often than
 * not), then its most frequent small words.
 */
export function detectLanguage(text: string, headings: HeadingMatch[]): CvLanguage {
  const scores: Record<CvLanguage, number> = { en: 0, es: 0, fr: 0, de: 0, pt: 0, it: 0, nl: 0, sv: 0 };
  const words = fold(text).match(/\p{L}+/gu) ?? [];
  const counts = new Map<string, number>();
  for (const w of words.slice(0, 20_000)) counts.set(w, (counts.get(w) ?? 0) + 1);
  for (const [language, list] of Object.entries(STOPWORDS) as [CvLanguage, string[]][]) {
    for (const w of list) scores[language] += counts.get(w) ?? 0;
  }
  for (const h of headings) {
    const share = 8 / h.languages.length;
    for (const language of h.languages) scores[language] += share;
  }
  let best: CvLanguage = 'en';
  for (const language of Object.keys(scores) as CvLanguage[]) if (scores[language] > scores[best]) best = language;
  return best;
}
