// French CV written in Word style: job lines with the dates on a right tab stop, achievements one per
// line without bullets, education entries "Diplôme Domaine — Établissement<tab>années", skills with
// lists in parentheses and multi-word lower-case skills.
import { AlignmentType, BorderStyle, Document, Paragraph, TabStopType, TextRun } from 'docx';

const FONT = 'Calibri';
const RIGHT = 9638; // A4 width minus 2 cm margins, in twips

const heading = (text: string) =>
  new Paragraph({
    spacing: { before: 240, after: 100 },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '7A1F3D', space: 2 } },
    children: [new TextRun({ text, bold: true, size: 24, color: '7A1F3D', font: FONT })],
  });

const jobLine = (left: string, dates: string) =>
  new Paragraph({
    spacing: { before: 140, after: 40 },
    tabStops: [{ type: TabStopType.RIGHT, position: RIGHT }],
    children: [
      new TextRun({ text: left, bold: true, size: 21, font: FONT }),
      new TextRun({ text: `\t${dates}`, size: 21, font: FONT, color: '555555' }),
    ],
  });

const line = (text: string, opts: { italics?: boolean; after?: number } = {}) =>
  new Paragraph({
    spacing: { after: opts.after ?? 30 },
    children: [new TextRun({ text, size: 21, font: FONT, italics: opts.italics })],
  });

const eduLine = (degree: string, school: string, years: string) =>
  new Paragraph({
    spacing: { after: 60 },
    tabStops: [{ type: TabStopType.RIGHT, position: RIGHT }],
    children: [
      new TextRun({ text: degree, bold: true, size: 21, font: FONT }),
      new TextRun({ text: ` — ${school}`, size: 21, font: FONT }),
      new TextRun({ text: `\t${years}`, size: 21, font: FONT, color: '555555' }),
    ],
  });

const labelled = (label: string, text: string) =>
  new Paragraph({
    spacing: { after: 50 },
    children: [
      new TextRun({ text: `${label} : `, bold: true, size: 21, font: FONT }),
      new TextRun({ text, size: 21, font: FONT }),
    ],
  });

export function document(): Document {
  return new Document({
    creator: 'Nadia Benali',
    title: 'CV Nadia Benali',
    styles: { default: { document: { run: { font: FONT, size: 21 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 1020, bottom: 1020, left: 1134, right: 1134 },
          },
        },
        children: [
          new Paragraph({
            alignment: AlignmentType.LEFT,
            children: [new TextRun({ text: 'Nadia Benali', bold: true, size: 40, color: '7A1F3D', font: FONT })],
          }),
          new Paragraph({
            spacing: { after: 60 },
            children: [new TextRun({ text: 'Contrôleuse de gestion senior', size: 26, font: FONT })],
          }),
          new Paragraph({
            spacing: { after: 120 },
            children: [
              new TextRun({
                text: 'Bordeaux  |  nadia.benali@outlook.fr  |  07 82 14 55 36',
                size: 20,
                font: FONT,
                color: '444444',
              }),
            ],
          }),

          heading('Profil'),
          line(
            "Contrôleuse de gestion depuis huit ans, d'abord en cabinet d'audit puis dans l'agroalimentaire et le vin. Habituée aux clôtures serrées, aux budgets multi-sites et aux directeurs d'usine qui veulent des chiffres qu'ils comprennent.",
            { after: 60 },
          ),

          heading('Expérience professionnelle'),
          jobLine('Contrôleuse de gestion senior — Vignobles Castéra, Bordeaux', "avr. 2021 – aujourd'hui"),
          line('Pilotage du budget annuel (68 M€) de cinq domaines et de la plateforme logistique'),
          line('Clôtures mensuelles ramenées de J+9 à J+5'),
          line('Mise en place du calcul des coûts de revient par cuvée avec les maîtres de chai'),
          line('Reporting mensuel au comité de direction et au fonds actionnaire'),

          jobLine(
            'Contrôleuse de gestion industrielle — Laiterie des Landes, Mont-de-Marsan',
            'sept. 2018 – mars 2021',
          ),
          line('Suivi des coûts de production de deux usines et analyse des écarts sur matières'),
          line('Participation au déploiement de SAP CO sur le site de Saint-Sever'),
          line('Construction du budget des investissements industriels avec les responsables maintenance'),

          jobLine('Auditrice junior chez Audexia Conseil', 'sept. 2016 – août 2018'),
          line('Toulouse, France', { italics: true }),
          line('Commissariat aux comptes de PME industrielles et de coopératives agricoles'),
          line('Revue du contrôle interne et rédaction des lettres de recommandations'),

          heading('Formation'),
          eduLine('Master Contrôle de gestion et audit organisationnel', 'IAE Bordeaux', '2014 – 2016'),
          eduLine('Licence Économie et gestion', 'Université de Bordeaux', '2011 – 2014'),

          heading('Compétences'),
          labelled('Outils', 'Excel (TCD, Power Query, VBA), SAP (FI, CO), Power BI, Cegid'),
          labelled(
            'Savoir-faire',
            'analyse des écarts, clôtures mensuelles, élaboration budgétaire, gestion des parties prenantes',
          ),

          heading('Langues'),
          line('Français (langue maternelle), arabe (courant), anglais (B2)'),

          heading("Centres d'intérêt"),
          line('Course à pied, cuisine, romans policiers'),
        ],
      },
    ],
  });
}
