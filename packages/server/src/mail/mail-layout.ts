import type { MailBrand } from './mail-messages.js';

/** A link the message leads to: the button, or a secondary link written out in full. */
export interface MailLink {
  label: string;
  url: string;
}

/** One labelled line of a receipt. */
export interface MailDetail {
  label: string;
  value: string;
}

/**
 * What one message says, already in its language and with its placeholders filled; the layouts
 * only arrange and escape it. Every string is plain text.
 */
export interface MailContent {
  lang: string;
  brand: MailBrand;
  subject: string;
  greeting: string;
  paragraphs: readonly string[];
  details: readonly MailDetail[];
  action: MailLink | null;
  linkFallback: string;
  /** What separates a label from its value: ":" in most languages, " :" (no-break space) in French. */
  colon: string;
  links: readonly MailLink[];
  closing: readonly string[];
  footer: readonly string[];
}

export const DEFAULT_PRIMARY_COLOR = '#1a4d8f';

const FONT = "-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,Helvetica,Arial,sans-serif";
const TEXT_COLOR = '#1f2328';
const MUTED_COLOR = '#5f6670';
const PAGE_COLOR = '#f4f5f7';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);
}

/**
 * The URL itself when it may become an href, otherwise null. The raw text must start with the
 * scheme: the WHATWG parser forgives leading spaces and control characters that some mail
 * clients do not, so " javascript:…" must not sneak past a check on the parsed form alone.
 */
export function safeHttpUrl(value: string): string | null {
  if (!/^https?:\/\/\S+$/i.test(value)) return null;
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:' ? value : null;
  } catch {
    return null;
  }
}

/** The brand colour when it is a plain hex colour; anything else could break out of the style attribute. */
export function buttonColor(primaryColor: string | null): string {
  return primaryColor !== null && /^#(?:[0-9a-f]{3}){1,2}$/i.test(primaryColor) ? primaryColor : DEFAULT_PRIMARY_COLOR;
}

/** White or near-black, whichever reads better on the button (tenants pick light colours too). */
function buttonTextColor(background: string): string {
  const hex = background.length === 4 ? [...background.slice(1)].map((c) => c + c).join('') : background.slice(1);
  const [r, g, b] = [0, 2, 4].map((i) => {
    const channel = parseInt(hex.slice(i, i + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const contrastWithWhite = 1.05 / (luminance + 0.05);
  const contrastWithDark = (luminance + 0.05) / 0.05;
  return contrastWithWhite >= contrastWithDark ? '#ffffff' : '#111111';
}

function paragraph(text: string, style = ''): string {
  return `<p style="margin:0 0 16px;${style}">${escapeHtml(text)}</p>`;
}

function footerLine(text: string): string {
  return `<p style="margin:0 0 4px;">${escapeHtml(text)}</p>`;
}

function header(brand: MailBrand): string {
  const logo = brand.logoUrl !== null && /^https:/i.test(brand.logoUrl) ? safeHttpUrl(brand.logoUrl) : null;
  const inner =
    logo !== null
      ? `<img src="${escapeHtml(logo)}" alt="${escapeHtml(brand.name)}" height="40" style="display:block;border:0;height:40px;width:auto;max-width:240px;">`
      : `<span style="font-size:20px;font-weight:bold;color:${TEXT_COLOR};">${escapeHtml(brand.name)}</span>`;
  return `<tr><td style="padding:24px 32px 0;font-family:${FONT};">${inner}</td></tr>`;
}

function button(action: MailLink, href: string, brand: MailBrand): string {
  const background = buttonColor(brand.primaryColor);
  const color = buttonTextColor(background);
  // A table cell carries the colour so that clients which drop padding on links still show a button.
  return (
    `<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:8px 0 16px;">` +
    `<tr><td bgcolor="${background}" style="border-radius:6px;background-color:${background};">` +
    `<a href="${escapeHtml(href)}" target="_blank" rel="noopener" style="display:inline-block;padding:12px 24px;font-family:${FONT};font-size:16px;font-weight:bold;line-height:1.2;color:${color};text-decoration:none;border-radius:6px;">${escapeHtml(action.label)}</a>` +
    `</td></tr></table>`
  );
}

function actionBlock(content: MailContent): string {
  const { action } = content;
  if (action === null) return '';
  const href = safeHttpUrl(action.url);
  if (href === null) {
    // Not a web address: say it, never link it.
    return paragraph(action.label) + paragraph(action.url, 'word-break:break-all;');
  }
  const link = `<a href="${escapeHtml(href)}" target="_blank" rel="noopener" style="color:${TEXT_COLOR};text-decoration:underline;">${escapeHtml(href)}</a>`;
  return (
    button(action, href, content.brand) +
    paragraph(content.linkFallback, `font-size:14px;color:${MUTED_COLOR};`) +
    `<p style="margin:0 0 16px;font-size:14px;word-break:break-all;">${link}</p>`
  );
}

function detailsBlock(details: readonly MailDetail[]): string {
  if (details.length === 0) return '';
  const rows = details
    .map(
      ({ label, value }) =>
        `<tr><td style="padding:6px 16px 6px 0;color:${MUTED_COLOR};vertical-align:top;white-space:nowrap;">${escapeHtml(label)}</td>` +
        `<td style="padding:6px 0;vertical-align:top;">${escapeHtml(value)}</td></tr>`,
    )
    .join('');
  return `<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:0 0 16px;font-family:${FONT};font-size:16px;color:${TEXT_COLOR};">${rows}</table>`;
}

function linksBlock(links: readonly MailLink[], colon: string): string {
  return links
    .map(({ label, url }) => {
      const href = safeHttpUrl(url);
      if (href === null) return paragraph(`${label}${colon} ${url}`, 'word-break:break-all;');
      return `<p style="margin:0 0 16px;word-break:break-all;"><a href="${escapeHtml(href)}" target="_blank" rel="noopener" style="color:${TEXT_COLOR};text-decoration:underline;">${escapeHtml(label)}</a></p>`;
    })
    .join('');
}

/** The message as HTML: one centred table, inline styles only, so that every mail client renders it alike. */
export function renderHtmlLayout(content: MailContent): string {
  const preheader = content.paragraphs[0] ?? '';
  const body =
    paragraph(content.greeting) +
    content.paragraphs.map((text) => paragraph(text)).join('') +
    detailsBlock(content.details) +
    actionBlock(content) +
    linksBlock(content.links, content.colon) +
    content.closing.map((text) => paragraph(text)).join('');
  const footer = content.footer.map(footerLine).join('');
  return (
    `<!DOCTYPE html>\n` +
    `<html lang="${escapeHtml(content.lang)}">\n` +
    `<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
    `<meta name="color-scheme" content="light">\n<title>${escapeHtml(content.subject)}</title>\n</head>\n` +
    `<body style="margin:0;padding:24px 12px;background-color:${PAGE_COLOR};">\n` +
    // Shown by inbox lists as the preview line, hidden in the message itself.
    `<div style="display:none;max-height:0;overflow:hidden;mso-hide:all;">${escapeHtml(preheader)}</div>\n` +
    `<table role="presentation" align="center" width="100%" cellpadding="0" cellspacing="0" border="0" style="width:100%;max-width:600px;margin:0 auto;background-color:#ffffff;border-radius:8px;">\n` +
    `${header(content.brand)}\n` +
    `<tr><td style="padding:24px 32px 8px;font-family:${FONT};font-size:16px;line-height:1.5;color:${TEXT_COLOR};">${body}</td></tr>\n` +
    `<tr><td style="padding:16px 32px 24px;border-top:1px solid #e3e5e8;font-family:${FONT};font-size:13px;line-height:1.5;color:${MUTED_COLOR};">${footer}</td></tr>\n` +
    `</table>\n</body>\n</html>\n`
  );
}

/** The same message as plain text, for clients that show no HTML and for spam filters that compare both. */
export function renderTextLayout(content: MailContent): string {
  const { colon } = content;
  const blocks: string[] = [content.greeting, ...content.paragraphs];
  if (content.details.length > 0) {
    blocks.push(content.details.map(({ label, value }) => `${label}${colon} ${value}`).join('\n'));
  }
  if (content.action !== null) blocks.push(`${content.action.label}${colon}\n${content.action.url}`);
  for (const { label, url } of content.links) blocks.push(`${label}${colon}\n${url}`);
  blocks.push(...content.closing);
  // "-- " (with the space) is the signature delimiter clients recognise and fold away.
  blocks.push(`-- \n${content.footer.join('\n')}`);
  return `${blocks.join('\n\n')}\n`;
}
