import { readFile } from 'node:fs/promises';
import PDFDocument from 'pdfkit';
import { afterAll, describe, expect, it } from 'vitest';
import { closeCvIntake } from '../../src/intake/cv-intake.js';
import { MAX_LINK_URL_CHARS, MAX_PAGE_LINKS, PdfProbe } from '../../src/intake/pdf-probe.js';
import { extract } from './support.js';

/**
 * Designed CVs show "LinkedIn", "Portfolio" or an icon whose address is only in the PDF's Link
 * annotation. The offline extractor reads those targets (web and mail only, capped) and gives them
 * to contact parsing; template vendors' footer links are not the person's.
 */

afterAll(() => closeCvIntake());

interface SideLink {
  text: string;
  url: string;
}

function toBuffer(pdf: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    pdf.on('data', (c: Buffer) => chunks.push(c));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
    pdf.end();
  });
}

/** A two-column CV: the person's details and the given linked captions in a left sidebar. */
function sidebarCv(links: SideLink[], options: { email?: boolean } = {}): Promise<Buffer> {
  const pdf = new PDFDocument({ size: 'A4', margin: 50, info: { CreationDate: new Date(0) } });
  const main = (text: string, font: string, size: number, gap = 4) => {
    pdf.font(font).fontSize(size);
    pdf.y += gap;
    pdf.text(text, 215, pdf.y, { width: 330 });
  };
  pdf.y = 50;
  main('Jane Doe', 'Helvetica-Bold', 24, 0);
  main('Software Engineer', 'Helvetica', 12);
  main('PROFILE', 'Helvetica-Bold', 13, 14);
  main(
    'Backend engineer with eight years of experience building payment systems and data pipelines for retail banks.',
    'Helvetica',
    10,
  );
  main('EXPERIENCE', 'Helvetica-Bold', 13, 14);
  main('Senior Engineer, Acme Payments', 'Helvetica-Bold', 10.5, 8);
  main('Jan 2019 – Present', 'Helvetica-Oblique', 9.5, 1);
  main('• Led the migration of the ledger service to event sourcing.', 'Helvetica', 10);
  main('• Cut settlement time from two days to four hours.', 'Helvetica', 10);
  main('Engineer, Northwind Traders', 'Helvetica-Bold', 10.5, 8);
  main('Mar 2015 – Dec 2018', 'Helvetica-Oblique', 9.5, 1);
  main('• Built the order pipeline handling 40,000 orders a day.', 'Helvetica', 10);
  main('EDUCATION', 'Helvetica-Bold', 13, 14);
  main('BSc Computer Science, University of Leeds', 'Helvetica-Bold', 10.5, 8);
  main('2011 – 2015', 'Helvetica-Oblique', 9.5, 1);

  const side = (text: string, font: string, size: number, link?: string) => {
    pdf.font(font).fontSize(size);
    pdf.y += 4;
    pdf.text(text, 40, pdf.y, { width: 140, ...(link !== undefined && { link }) });
  };
  pdf.y = 120;
  side('CONTACT', 'Helvetica-Bold', 13);
  if (options.email !== false) side('jane.doe@example.com', 'Helvetica', 10);
  side('+44 20 7946 0000', 'Helvetica', 10);
  side('London, UK', 'Helvetica', 10);
  for (const l of links) side(l.text, 'Helvetica', 10, l.url);
  // Enough sidebar text for the page to read as two columns, however few links there are.
  side('SKILLS', 'Helvetica-Bold', 13);
  for (const skill of ['TypeScript', 'PostgreSQL', 'Kafka', 'Kubernetes', 'Terraform']) side(skill, 'Helvetica', 10);
  side('LANGUAGES', 'Helvetica-Bold', 13);
  for (const language of ['English', 'Spanish']) side(language, 'Helvetica', 10);
  return toBuffer(pdf);
}

/** A page of `count` small linked words, each with its own target. */
function manyLinks(count: number, url: (i: number) => string): Promise<Buffer> {
  const pdf = new PDFDocument({ size: 'A4', margin: 20, info: { CreationDate: new Date(0) } });
  pdf.font('Helvetica').fontSize(10);
  pdf.text('Jane Doe', 20, 20).text('jane.doe@example.com').text('EXPERIENCE');
  pdf.fontSize(4);
  for (let i = 0; i < count; i++) {
    const x = 20 + (i % 25) * 22;
    const y = 70 + Math.floor(i / 25) * 18;
    pdf.text(`w${i}`, x, y, { lineBreak: false });
    pdf.link(x, y, 15, 5, url(i));
  }
  return toBuffer(pdf);
}

async function layoutLinks(bytes: Buffer): Promise<{ url: string }[][]> {
  const probe = new PdfProbe();
  try {
    const reply = await probe.probe({ bytes, maxPages: 5, maxTextChars: 200_000, timeoutMs: 10_000, mode: 'layout' });
    if (!reply.ok) throw new Error(reply.message);
    return (reply.pages ?? []).map((p) => p.links ?? []);
  } finally {
    await probe.close();
  }
}

describe('links behind words in a PDF', () => {
  it('takes the profile a sidebar "LinkedIn" or "GitHub" word links to', async () => {
    const bytes = await sidebarCv([
      { text: 'LinkedIn', url: 'https://www.linkedin.com/in/jane-doe-4821' },
      { text: 'GitHub', url: 'https://github.com/janedoe' },
      { text: 'Portfolio', url: 'https://janedoe.design/work' },
    ]);
    const { data } = await extract(bytes);
    expect(data.contact?.professionalLinks).toEqual(
      expect.arrayContaining([
        { platform: 'LinkedIn', url: 'https://www.linkedin.com/in/jane-doe-4821' },
        { platform: 'GitHub', url: 'https://github.com/janedoe' },
        { platform: 'Website', url: 'https://janedoe.design/work' },
      ]),
    );
    expect(data.contact?.email).toBe('jane.doe@example.com');
    // The captions were the links: they are not left over as unclassified text.
    expect(data.unclassifiedText ?? '').not.toMatch(/LinkedIn|GitHub|Portfolio/);
  });

  it('keeps a placeholder link with no path: it is what the page links to', async () => {
    const { data } = await extract(await sidebarCv([{ text: 'LinkedIn', url: 'https://www.linkedin.com/' }]));
    expect(data.contact?.professionalLinks).toEqual([{ platform: 'LinkedIn', url: 'https://www.linkedin.com/' }]);
  });

  it('takes the e-mail address from a mailto link when the page shows none', async () => {
    const bytes = await sidebarCv([{ text: 'Email me', url: 'mailto:jane.doe@example.org?subject=Hello' }], {
      email: false,
    });
    const { data } = await extract(bytes);
    expect(data.contact?.email).toBe('jane.doe@example.org');
    expect(JSON.stringify(data)).not.toContain('mailto:');
  });

  it("does not take a template vendor's footer links, nor their captions", async () => {
    const bytes = await sidebarCv([
      { text: 'LinkedIn', url: 'https://www.linkedin.com/in/jane-doe-4821' },
      { text: 'Get this look', url: 'https://zety.com/resume-templates?utm_source=pdf' },
      { text: 'Made in minutes', url: 'https://www.resumeviking.com/templates/' },
    ]);
    const { data } = await extract(bytes);
    expect(data.contact?.professionalLinks).toEqual([
      { platform: 'LinkedIn', url: 'https://www.linkedin.com/in/jane-doe-4821' },
    ]);
    const json = JSON.stringify(data);
    expect(json).not.toMatch(/zety|resumeviking|Get this look|Made in minutes/);
  });

  it('ignores javascript: and file: links', async () => {
    const bytes = await sidebarCv([
      { text: 'Portfolio', url: 'javascript:alert(document.cookie)' },
      { text: 'Website', url: 'file:///etc/passwd' },
    ]);
    expect((await layoutLinks(bytes)).flat()).toEqual([]);
    const json = JSON.stringify((await extract(bytes)).data);
    expect(json).not.toMatch(/javascript:|file:|passwd/);
  });

  it('keeps at most the cap of links on a page, and no overlong target', async () => {
    const bytes = await manyLinks(1000, (i) => `https://example.com/p/${i}`);
    const [links] = await layoutLinks(bytes);
    expect(links).toHaveLength(MAX_PAGE_LINKS);
    // The whole pipeline still reads the page, within intake's time limit.
    const { data } = await extract(bytes);
    expect(data.contact?.email).toBe('jane.doe@example.com');

    const long = await manyLinks(3, (i) =>
      i === 1 ? `https://example.com/${'a'.repeat(MAX_LINK_URL_CHARS)}` : `https://example.com/${i}`,
    );
    expect((await layoutLinks(long))[0]?.map((l) => l.url)).toEqual(['https://example.com/0', 'https://example.com/2']);
  });

  it('reads the LinkedIn and Pinterest links of a designed template, not its vendor footer', async () => {
    const bytes = await readFile(new URL('../../corpus/public/Amsterdam-Modern-Resume-Template.pdf', import.meta.url));
    const { data } = await extract(bytes);
    const urls = (data.contact?.professionalLinks ?? []).map((l) => l?.url);
    expect(urls).toContain('https://www.linkedin.com/');
    expect(urls).toContain('https://www.pinterest.com/resumeviking/');
    const json = JSON.stringify(data);
    expect(json).not.toContain('Build this template');
    expect(json).not.toContain('Resume Templates');
    expect(json).not.toMatch(/resume\.io|resumeviking\.com/);
  });
});
