import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import type { CvData } from '../src/cv-data.js';
import { checkAgainstSource } from '../src/hallucination-check.js';
import { cvFixture } from './support/contract.js';

function fixture(name: string): CvData {
  return cvFixture(name) as CvData;
}

/** The CV the English fixture was extracted from, as a PDF's text layer gives it: two pages. */
const ENGLISH_CV = `DANIEL OKAFOR
Staff Data Engineer — Reliable data platforms for teams that ship every day
London, United Kingdom · +44 20-7946-0958 · daniel@danielokafor.dev
linkedin.com/in/daniel-okafor · github.com/dokafor · Website: danielokafor.dev
Photo: danielokafor.dev/img/daniel.jpg
Available from January 2026 · British citizen

PROFILE
Data engineer with 12 years of experience designing batch and streaming
pipelines in Python, Scala and SQL. I care about data quality, clear owner-
ship and teaching others.
Key specializations: Streaming data · Data quality · Analytics engineering

EXPERIENCE

Staff Data Engineer | Northwind Analytics Ltd | London, United Kingdom
March 2021 – Present · Full-time · Hybrid
• Led the migration of 40 nightly batch jobs to a Kafka and Flink streaming
  platform, cutting data latency from 24 hours to 5 minutes.
• Introduced data contracts and automated quality checks across 120 tables,
  halving incidents reported by analysts.
Technologies: Python, Kafka, Flink, dbt

Senior Data Engineer | Contoso Retail | Manchester, United Kingdom
Sep 2016 – Feb 2021 · Full-time
• Built the customer data warehouse on PostgreSQL and Airflow used by
  200 analysts.
Technologies: Scala, Spark, Airflow, PostgreSQL

Data Analyst | Fabrikam Insurance | Leeds, West Yorkshire, United Kingdom
Jul 2013 – Aug 2016
• Automated monthly claims reporting with Python and SQL, saving two days
  of manual work each month.

EDUCATION
MSc Data Science — University of Manchester, Manchester, United Kingdom (2012 – 2013)
Distinction · Dean’s List 2013
Relevant coursework: Machine Learning; Statistical Inference
Dissertation on anomaly detection in streaming sensor data.

BSc Mathematics — University of Leeds (2009 – 2012), First Class Honours

SKILLS
Languages: Python, Scala, SQL
Data platforms: Kafka, Flink, Spark, Airflow, dbt
Cloud: AWS, Terraform
Also: Technical writing, Mentoring

OPEN SOURCE
quarantine — Author and maintainer (May 2020 – present)
A dbt package that quarantines rows failing data quality tests instead of failing the run.
github.com/dokafor/quarantine · dbt, SQL

KEY ACHIEVEMENTS
Data latency: 24 hours to 5 minutes (2022), after moving the nightly batch jobs at
Northwind to streaming.
Incidents reported by analysts: -50% (2023), after introducing data contracts.

CERTIFICATIONS
AWS Certified Data Engineer – Associate, Amazon Web Services, Feb 2024 (expires Feb 2027)
Credential ID AWS-DEA-9X7K2M · verify at aws.amazon.com/verification

LANGUAGES
English (Native) · Yoruba (Fluent) · French (B2, DELF B2)

COURSES
Designing Event-Driven Systems, Confluent, 2019: two days on event sourcing, stream
processing and schema evolution. Certificate: training.confluent.example/certificates/7k2m9q
Deep Learning Specialization, Coursera, Jan 2018 – Jun 2018

VOLUNTEERING
Mentor, Code First Girls, London, United Kingdom (2017 – present)
Teaching Python and SQL at evening courses.
– Mentored more than 60 learners
– Wrote the SQL course exercises

PUBLICATIONS
Daniel Okafor, Priya Natarajan. “Data contracts in practice”. Journal article, IEEE Software,
May 2023. doi: 10.1109/MS.2023.0001 (https://doi.org/10.1109/MS.2023.0001)
Lessons from introducing data contracts at a retail analytics company.
Daniel Okafor. “Exactly-once sinks for Flink”. Conference paper, Flink Forward 2022, 4 October 2022.

TALKS
Streaming without tears — Speaker, PyData London 2023, London, United Kingdom, 2 June 2023
pydata.org/london2023 — A 30-minute talk on moving batch jobs to streaming.

PATENTS
System for quarantining records that fail validation. GB 2 598 765 B (Granted).
Inventors: Daniel Okafor, Tom Reed. Filed 14 August 2020, granted 2 November 2022.
patents.example.org/GB2598765B — Routes failing records to a quarantine store without stopping
the pipeline.

MEMBERSHIPS
BCS, The Chartered Institute for IT — Member (Professional), since 2014

INTERESTS
Cycling, jazz piano, chess

WHAT COLLEAGUES SAY
“Daniel made our data platform boring in the best possible way.”
— Sarah Lee, Head of Data, Northwind Analytics Ltd (Manager), January 2024

References available on request.
`;

/** The Spanish CV: accents, upper-case headings, words hyphenated across lines, other spacing. */
const SPANISH_CV = `MARÍA JOSÉ NÚÑEZ PEÑA
Ingeniera de Software Sénior
«Diseño sistemas que aguantan el tráfico del Black Friday»

Sevilla, Andalucía (España) | +34 655 12 39 87 | mj.nunez@correo.es
LinkedIn: linkedin.com/in/mjnunezpena | GitHub: github.com/mjnunez
Incorporación inmediata · Ciudadana de la UE

PERFIL
Ingeniera de software con nueve años de experiencia en comercio electró-
nico y logística. Me especializo en arquitecturas orientadas a eventos,
rendimiento de bases de datos y en la formación de equipos pequeños y
autónomos.
Especialidades: comercio electrónico · arquitectura orientada a eventos ·
rendimiento de PostgreSQL

EXPERIENCIA PROFESIONAL

Ingeniera de Software Sénior — Logística
Guadalquivir S. L. (Sevilla, España)
marzo 2019 – actualidad · Jornada completa · Híbrido
- Rediseñé el sistema de seguimiento de envíos, reduciendo el tiempo de
  respuesta de 800 ms a 120 ms.
- Coordiné la migración de 14 servicios a Kubernetes sin interrupciones
  para los clientes.
- Formé a un equipo de cinco personas en prácticas de observabilidad y
  guardias.
Tecnologías: Java, Kotlin, PostgreSQL, Kafka, Kubernetes

Desarrolladora Backend — Tiendas Alcázar (Málaga, España)
sept. 2015 – feb. 2019
- Desarrollé la pasarela de pagos de la tienda en línea, que procesa
  30.000 pedidos al mes.
- Automaticé los informes de inventario, ahorrando dos días de trabajo
  manual al mes.
Tecnologías: Java, Spring Boot, MySQL

FORMACIÓN ACADÉMICA
Grado en Ingeniería Informática (Ingeniería del Software)
Universidad de Sevilla, 2011 – 2015. Nota media: 8,4/10
Matrícula de Honor en Bases de Datos
Trabajo de fin de grado sobre colas de mensajes con garantía de entrega.

COMPETENCIAS
Lenguajes: Java, Kotlin, SQL, Python
Infraestructura: Kubernetes, Docker, AWS
Liderazgo técnico · Comunicación

CERTIFICACIONES
Certified Kubernetes Application Developer (CKAD), The Linux Foundation,
junio 2022 (válida hasta junio 2025)

IDIOMAS
Español: nativo · Inglés: C1 (Cambridge C1 Advanced) · Portugués: intermedio

CURSOS
Arquitectura de Microservicios — Escuela Técnica de Andalucía (2020)

VOLUNTARIADO
Mentora en Django Girls Sevilla (2018 – actualidad): talleres de progra-
mación para mujeres que empiezan en la tecnología.

AFICIONES
Flamenco, senderismo y fotografía analógica.
`;

describe('checkAgainstSource: faithful extractions raise no alarm', () => {
  it('flags nothing in a faithful extraction of the English CV (all 18 sections)', () => {
    expect(checkAgainstSource(fixture('full-en'), ENGLISH_CV)).toEqual([]);
  });

  it('flags nothing in a faithful extraction of the Spanish CV (accents, hyphenation, line breaks)', () => {
    expect(checkAgainstSource(fixture('full-es'), SPANISH_CV)).toEqual([]);
  });

  it('matches whatever Unicode form either side uses: decomposed accents, ligatures, full-width, no accents', () => {
    const decomposed = SPANISH_CV.normalize('NFD');
    expect(checkAgainstSource(fixture('full-es'), decomposed)).toEqual([]);
    const unaccented = SPANISH_CV.normalize('NFD').replace(/\p{M}/gu, '');
    expect(checkAgainstSource(fixture('full-es'), unaccented)).toEqual([]);
    const data: CvData = {
      hero: { fullName: 'Sofía Ruiz', professionalTitle: 'Chief Financial Officer' },
      contact: { phone: '+34 600 111 222' },
      education: { educationItems: [{ dateRange: { startDate: '2019' } }] },
    };
    expect(
      checkAgainstSource(data, 'SOFÍA RUIZ — Chief Financial Oﬃcer · ＋３４ ６００ １１１ ２２２ · ２０１９'),
    ).toEqual([]);
  });

  it('accepts punctuation and spacing differences in names, emails and URLs', () => {
    const data: CvData = {
      contact: {
        email: 'Ana.Silva@Example.PT',
        professionalLinks: [{ platform: 'GitHub', url: 'https://www.github.com/anasilva/' }],
      },
      experience: { experienceItems: [{ companyName: 'Acme S.L.', technologiesUsed: ['Node.js', 'C++'] }] },
    };
    const text = 'ana.silva@example.pt — GitHub: github.com/anasilva\nAcme SL (NodeJS, C++)';
    expect(checkAgainstSource(data, text)).toEqual([]);
  });

  it('does not check meta, which is about the document, nor booleans', () => {
    const data: CvData = {
      meta: { extractor: 'claude', model: 'claude-sonnet-4-5', language: 'es' },
      projects: { projectItems: [{ title: 'x', dateRange: { isCurrent: false } }] },
    };
    expect(checkAgainstSource(data, 'x')).toEqual([]);
  });
});

describe('checkAgainstSource: invented values are flagged', () => {
  it('flags an invented company, job title and skill with pointer, value and reason', () => {
    const data = fixture('full-es');
    data.experience!.experienceItems![1]!.companyName = 'Globex Corporation';
    data.experience!.experienceItems![0]!.jobTitle = 'Directora de Ingeniería';
    data.skills!.skillCategories![0]!.skills!.push('Rust');
    expect(checkAgainstSource(data, SPANISH_CV)).toEqual([
      {
        pointer: '/experience/experienceItems/0/jobTitle',
        value: 'Directora de Ingeniería',
        reason: 'not found in the source text (missing: directora)',
      },
      {
        pointer: '/experience/experienceItems/1/companyName',
        value: 'Globex Corporation',
        reason: 'not found in the source text (missing: globex, corporation)',
      },
      {
        pointer: '/skills/skillCategories/0/skills/4',
        value: 'Rust',
        reason: 'not found in the source text (missing: rust)',
      },
    ]);
  });

  it('flags text translated or rewritten instead of kept (Spanish CV, English bullet)', () => {
    const data = fixture('full-es');
    data.experience!.experienceItems![0]!.responsibilitiesAndAchievements![0] =
      'Redesigned the shipment tracking system, reducing response time from 800 ms to 120 ms.';
    data.summary!.summaryText =
      'Ingeniera apasionada y orientada a resultados que transforma ideas innovadoras en soluciones escalables.';
    const flagged = checkAgainstSource(data, SPANISH_CV);
    expect(flagged.map((f) => f.pointer)).toEqual([
      '/summary/summaryText',
      '/experience/experienceItems/0/responsibilitiesAndAchievements/0',
    ]);
    expect(flagged[0]!.reason).toMatch(/^only \d+% of its words appear in the source text$/);
  });

  it('flags an invented phone number, year, URL, email and years of experience', () => {
    const data = fixture('full-es');
    data.contact!.phone = '+34 655 999 000';
    data.contact!.email = 'maria@gmail.com';
    data.contact!.professionalLinks![1]!.url = 'https://github.com/mariajose';
    data.education!.educationItems![0]!.dateRange = { startDate: '2010', endDate: '2015', isCurrent: false };
    data.summary!.yearsOfExperience = 15;
    const flagged = checkAgainstSource(data, SPANISH_CV);
    expect(flagged.map((f) => [f.pointer, f.value, f.reason])).toEqual([
      ['/contact/email', 'maria@gmail.com', 'not found in the source text (missing: gmail)'],
      ['/contact/phone', '+34 655 999 000', 'these digits do not appear in the source text'],
      [
        '/contact/professionalLinks/1/url',
        'https://github.com/mariajose',
        'not found in the source text (missing: mariajose)',
      ],
      ['/summary/yearsOfExperience', 15, 'not found in the source text (missing: 15)'],
      ['/education/educationItems/0/dateRange/startDate', '2010', 'the year 2010 does not appear in the source text'],
    ]);
  });

  it('looks for a year as a number of its own, not inside another number such as a phone', () => {
    const data: CvData = { education: { educationItems: [{ dateRange: { startDate: '2010', endDate: '2021-04' } }] } };
    const flagged = checkAgainstSource(data, 'Tel. +34 620 100 555 — 大学 2021年4月 卒業');
    expect(flagged).toEqual([
      {
        pointer: '/education/educationItems/0/dateRange/startDate',
        value: '2010',
        reason: 'the year 2010 does not appear in the source text',
      },
    ]);
  });

  it('flags a value translated into another language than the CV', () => {
    const data = fixture('full-es');
    data.contact!.location = { city: 'Seville', country: 'Spain' };
    expect(checkAgainstSource(data, SPANISH_CV).map((f) => f.pointer)).toEqual([
      '/contact/location/city',
      '/contact/location/country',
    ]);
  });

  it('shortens long flagged values in the report; the pointer identifies them', () => {
    const data: CvData = { unclassifiedText: 'invented words '.repeat(100) };
    const [flag] = checkAgainstSource(data, 'nothing here');
    expect(flag!.pointer).toBe('/unclassifiedText');
    expect(String(flag!.value)).toHaveLength(301);
    expect(String(flag!.value).endsWith('…')).toBe(true);
  });
});

describe('checkAgainstSource: cost', () => {
  function medianMicroseconds(run: () => void, times: number): number {
    for (let i = 0; i < 20; i++) run();
    const samples: number[] = [];
    for (let i = 0; i < times; i++) {
      const start = performance.now();
      run();
      samples.push((performance.now() - start) * 1000);
    }
    return samples.sort((a, b) => a - b)[Math.floor(times / 2)]!;
  }

  it('checks a full document against a two-page CV in about a millisecond, and grows linearly', () => {
    const data = fixture('full-en');
    const twoPages = medianMicroseconds(() => checkAgainstSource(data, ENGLISH_CV), 200);
    const twentyPages = medianMicroseconds(() => checkAgainstSource(data, ENGLISH_CV.repeat(10)), 50);
    console.log(
      `checkAgainstSource: ${ENGLISH_CV.length} chars (2 pages) median ${twoPages.toFixed(0)} µs; ` +
        `${ENGLISH_CV.length * 10} chars median ${twentyPages.toFixed(0)} µs`,
    );
    expect(twoPages).toBeLessThan(5_000);
    // Ten times the text costs far less than a hundred times the time (no quadratic behaviour).
    expect(twentyPages).toBeLessThan(twoPages * 30);
  });
});
