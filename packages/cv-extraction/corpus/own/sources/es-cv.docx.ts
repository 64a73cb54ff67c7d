// Spanish CV written as a plain Word document: no tables, every job/degree/talk line carries its
// dates after a right-aligned tab stop at the right margin.
import { AlignmentType, BorderStyle, Document, Paragraph, Tab, TabStopType, TextRun } from 'docx';

const RIGHT = 9638; // A4 width 11906 twips minus 2 × 1134 margins

const font = 'Calibri';

function heading(text: string): Paragraph {
  return new Paragraph({
    spacing: { before: 240, after: 80 },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '2E5C8A', space: 2 } },
    children: [new TextRun({ text, bold: true, size: 24, color: '2E5C8A', font })],
  });
}

/** "Bold part — rest<TAB>dates" with the dates right-aligned. */
function dated(bold: string, rest: string, dates: string, opts: { italicBold?: boolean } = {}): Paragraph {
  return new Paragraph({
    tabStops: [{ type: TabStopType.RIGHT, position: RIGHT }],
    spacing: { before: 120, after: 40 },
    keepNext: true,
    children: [
      new TextRun({ text: bold, bold: !opts.italicBold, italics: opts.italicBold, size: 21, font }),
      new TextRun({ text: rest, size: 21, font }),
      new TextRun({ children: [new Tab(), dates], size: 21, font }),
    ],
  });
}

function bullet(text: string): Paragraph {
  return new Paragraph({
    bullet: { level: 0 },
    spacing: { after: 30 },
    children: [new TextRun({ text, size: 21, font })],
  });
}

function para(text: string, extra: { after?: number; bold?: string } = {}): Paragraph {
  const children = [];
  if (extra.bold) children.push(new TextRun({ text: extra.bold, bold: true, size: 21, font }));
  children.push(new TextRun({ text, size: 21, font }));
  return new Paragraph({ spacing: { after: extra.after ?? 60 }, children });
}

export function document(): Document {
  return new Document({
    creator: 'Javier Montes Rueda',
    title: 'CV Javier Montes Rueda',
    styles: { default: { document: { run: { font, size: 21 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 },
          },
        },
        children: [
          new Paragraph({
            alignment: AlignmentType.LEFT,
            spacing: { after: 40 },
            children: [new TextRun({ text: 'Javier Montes Rueda', bold: true, size: 40, font, color: '1F3D5C' })],
          }),
          new Paragraph({
            spacing: { after: 80 },
            children: [new TextRun({ text: 'Responsable de Calidad de Proveedores', size: 26, font, color: '444444' })],
          }),
          new Paragraph({
            spacing: { after: 120 },
            children: [
              new TextRun({
                text: 'Zaragoza, España  ·  +34 687 340 112  ·  javier.montes.rueda@outlook.es  ·  linkedin.com/in/javiermontesrueda',
                size: 19,
                font,
              }),
            ],
          }),

          heading('Perfil'),
          para(
            'Ingeniero industrial con nueve años en calidad de automoción, los últimos cuatro al frente de la calidad de proveedores de una planta de componentes. Me gusta estar en planta, resolver problemas con datos y dejar procesos que funcionen cuando yo no estoy.',
          ),

          heading('Experiencia profesional'),
          dated(
            'Responsable de Calidad de Proveedores',
            ' — Talleres Ebro Componentes, Zaragoza, España',
            'feb. 2020 – actualidad',
          ),
          bullet('Gestiono la calidad de 85 proveedores de piezas inyectadas y estampadas para dos plantas.'),
          bullet('Reduje las reclamaciones a proveedores un 42 % en dos años con auditorías de proceso VDA 6.3.'),
          bullet('Implanté el flujo de PPAP y la gestión de 8D en SAP QM, con seguimiento semanal en comité.'),
          bullet('Coordino a un equipo de tres técnicos de calidad y un becario.'),
          dated('Técnico de Calidad', ' — Moldes Aragón S.A., Zaragoza, España', 'sept. 2015 – ene. 2020'),
          bullet('Responsable del plan de control y del AMFE de proceso de 12 líneas de inyección.'),
          bullet('Coordiné la certificación IATF 16949 de la planta, obtenida en 2017 sin no conformidades mayores.'),
          bullet('Atendí auditorías de cliente de tres fabricantes de automóviles.'),
          dated('Ingeniero en prácticas', ' — Automoción Pirineo, Huesca, España', 'mar. 2015 – ago. 2015'),
          bullet('Estudio de capacidad de procesos (Cpk) en la línea de soldadura robotizada.'),

          heading('Formación'),
          dated('Máster en Ingeniería Industrial', ' — Universidad de Zaragoza', '2013 – 2015'),
          dated('Grado en Ingeniería en Tecnologías Industriales', ' — Universidad de Zaragoza', '2009 – 2013'),

          heading('Competencias'),
          para(
            'herramientas de calidad (AMFE, 8D, SPC, MSA), auditorías de proceso, gestión de proveedores, lean manufacturing, SAP QM, Minitab, lectura de planos (GD&T)',
          ),

          heading('Certificaciones'),
          para('Auditor interno IATF 16949 — AENOR, 2018'),
          para('Green Belt Lean Six Sigma — ASQ, 2019'),
          para('Auditor de procesos VDA 6.3 — VDA QMC, 2021'),

          heading('Idiomas'),
          para(' nativo', { bold: 'Español:' }),
          para(' avanzado (C1)', { bold: 'Inglés:' }),
          para(' básico (A2)', { bold: 'Alemán:' }),

          heading('Ponencias'),
          dated(
            'Ocho disciplinas, cero excusas: 8D que de verdad cierran',
            ' — Congreso Nacional de Calidad Industrial, Bilbao',
            'oct. 2023',
            {
              italicBold: true,
            },
          ),
          dated(
            'Auditorías VDA 6.3 en proveedores pequeños',
            ' — Jornadas de Calidad en Automoción, Zaragoza',
            'nov. 2022',
            {
              italicBold: true,
            },
          ),

          heading('Voluntariado'),
          dated('Mentor de estudiantes de FP Dual', ' — Fundación Ebro Técnica, Zaragoza', '2019 – actualidad'),
          para('Acompaño cada curso a dos alumnos de mantenimiento industrial durante sus prácticas en empresa.'),

          heading('Asociaciones'),
          dated('Asociación Española para la Calidad (AEC)', ' — socio', 'desde 2016'),

          heading('Aficiones'),
          para('Montaña, ciclismo de carretera y fotografía analógica.'),
        ],
      },
    ],
  });
}
