// German Lebenslauf in Word: every section is a borderless two-column table (dates or labels left,
// content right); post-nominal letters after the name with the job title on its own line; job lines
// in several forms; education entries "Abschluss Fach — Hochschule"; certificates, talks, languages,
// memberships.
import { BorderStyle, Document, Paragraph, Table, TableBorders, TableCell, TableRow, TextRun, WidthType } from 'docx';

const FONT = 'Arial';
const SIZE = 20;
const LEFT = 2200;
const RIGHT = 7438;

const run = (text: string, opts: { bold?: boolean; italics?: boolean; color?: string } = {}) =>
  new TextRun({ text, size: SIZE, font: FONT, ...opts });

const para = (children: TextRun[], after = 40) => new Paragraph({ spacing: { after }, children });

const heading = (text: string) =>
  new Paragraph({
    spacing: { before: 280, after: 120 },
    border: { bottom: { style: BorderStyle.SINGLE, size: 8, color: '2F4F6F', space: 2 } },
    children: [new TextRun({ text, bold: true, size: 24, font: FONT, color: '2F4F6F' })],
  });

type Cell = string | Paragraph[];

const rows = (...items: [string, Cell][]) =>
  new Table({
    width: { size: LEFT + RIGHT, type: WidthType.DXA },
    columnWidths: [LEFT, RIGHT],
    borders: TableBorders.NONE,
    rows: items.map(
      ([label, content]) =>
        new TableRow({
          children: [
            new TableCell({
              width: { size: LEFT, type: WidthType.DXA },
              children: [para([run(label, { color: '555555' })], 80)],
            }),
            new TableCell({
              width: { size: RIGHT, type: WidthType.DXA },
              children: typeof content === 'string' ? [para([run(content)], 80)] : content,
            }),
          ],
        }),
    ),
  });

const bullet = (text: string) =>
  new Paragraph({ spacing: { after: 30 }, indent: { left: 240, hanging: 240 }, children: [run(`•\t${text}`)] });

const titled = (bold: string, rest: string, after = 40) => para([run(bold, { bold: true }), run(rest)], after);

export function document(): Document {
  return new Document({
    creator: 'Jonas Brandt',
    title: 'Lebenslauf Jonas Brandt',
    styles: { default: { document: { run: { font: FONT, size: SIZE } } } },
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
            spacing: { after: 40 },
            children: [new TextRun({ text: 'Jonas Brandt, MBA', bold: true, size: 36, font: FONT, color: '2F4F6F' })],
          }),
          new Paragraph({
            spacing: { after: 80 },
            children: [new TextRun({ text: 'IT-Projektleiter SAP Logistik', size: 24, font: FONT })],
          }),
          para([
            run(
              'Eppendorfer Weg 211, 20253 Hamburg  ·  +49 151 24681357  ·  jonas.brandt@gmx.de  ·  xing.com/profile/Jonas_Brandt2',
              {
                color: '444444',
              },
            ),
          ]),

          heading('Berufserfahrung'),
          rows(
            [
              'seit 04/2020',
              [
                titled('IT-Projektleiter', ' — Hanseatische Logistik AG, Hamburg'),
                bullet('Gesamtverantwortung für die Einführung von SAP S/4HANA EWM in drei Distributionszentren'),
                bullet('Führung eines Projektteams aus 12 internen und externen Beratern, Budget 4,2 Mio. EUR'),
                bullet('Go-live im Zentrallager Billbrook ohne Unterbrechung der Auslieferung'),
                bullet('Einführung von Scrum im Entwicklungsteam und Aufbau eines Product-Owner-Boards'),
              ],
            ],
            [
              '07/2015 – 03/2020',
              [
                titled('Nordlicht Software GmbH', ' — Senior Consultant SAP EWM', 20),
                para([run('Bremen', { italics: true, color: '555555' })]),
                bullet('Beratung von Kunden aus Handel und Automotive bei Lagerprozessen und Customizing'),
                bullet('Teilprojektleitung bei vier EWM-Einführungen, davon zwei im Ausland'),
                bullet('Schulung von Key-Usern und Erstellung von Konzepten'),
              ],
            ],
            [
              '09/2012 – 06/2015',
              [
                titled('Junior-Berater bei Consultec Systemhaus', ', Kiel'),
                bullet('Customizing SAP WM und MM, Testmanagement und Dokumentation'),
                bullet('Second-Level-Support für zwölf mittelständische Kunden'),
              ],
            ],
          ),

          heading('Ausbildung'),
          rows(
            ['2016 – 2018', [titled('MBA Logistikmanagement', ' — Kühne Logistics University, Hamburg', 80)]],
            ['2008 – 2012', [titled('B.Sc. Wirtschaftsinformatik', ' — Christian-Albrechts-Universität zu Kiel', 80)]],
          ),

          heading('Zertifizierungen'),
          rows(
            ['2021', 'Project Management Professional (PMP) — Project Management Institute'],
            ['2016', 'SAP Certified Application Associate – Extended Warehouse Management — SAP SE'],
          ),

          heading('Kenntnisse'),
          rows(
            ['SAP', 'S/4HANA (EWM, MM, SD), SAP WM, ABAP-Grundkenntnisse'],
            ['Methoden', 'Scrum, SAFe, PRINCE2, Stakeholder-Management, Lastenhefterstellung'],
            ['Tools', 'Jira, Confluence, MS Project'],
          ),

          heading('Sprachen'),
          rows(['Deutsch', 'Muttersprache'], ['Englisch', 'fließend (C1)'], ['Dänisch', 'Grundkenntnisse']),

          heading('Vorträge'),
          rows([
            '10/2022',
            [
              para(
                [
                  run('Von SAP WM zu EWM: Migration im laufenden Betrieb', { italics: true }),
                  run(' — DSAG-Jahreskongress, Leipzig'),
                ],
                80,
              ),
            ],
          ]),

          heading('Mitgliedschaften'),
          rows(['seit 2016', 'DSAG e. V. — Mitglied im Arbeitskreis Logistik']),
        ],
      },
    ],
  });
}
