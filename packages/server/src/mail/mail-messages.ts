import { mailDe } from './i18n/de.js';
import type { MailStrings } from './i18n/en.js';
import { mailEn } from './i18n/en.js';
import { mailEs } from './i18n/es.js';
import { mailFr } from './i18n/fr.js';
import type { MailContent, MailDetail, MailLink } from './mail-layout.js';
import { renderHtmlLayout, renderTextLayout } from './mail-layout.js';

export type MailLocale = 'en' | 'es' | 'fr' | 'de';

/** Whose name and colours the message wears: a tenant's branding, or the product's own. */
export interface MailBrand {
  name: string;
  primaryColor: string | null;
  logoUrl: string | null;
}

export type MailMessage =
  | { kind: 'password-reset'; url: string; expiresInMinutes: number }
  | { kind: 'verify-email'; url: string; expiresInDays: number }
  | { kind: 'password-changed'; changedAt: Date; resetUrl: string }
  | { kind: 'portfolio-live'; url: string; slug: string }
  | {
      kind: 'payment-receipt';
      amountMinor: number;
      currency: string;
      paidAt: Date;
      slug: string;
      siteUrl: string | null;
      receiptUrl: string | null;
    }
  | { kind: 'site-taken-down'; slug: string; reason: 'refund' };

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

const STRINGS: Record<MailLocale, MailStrings> = { en: mailEn, es: mailEs, fr: mailFr, de: mailDe };
const MAIL_LOCALES: readonly string[] = Object.keys(STRINGS);

export function isMailLocale(value: unknown): value is MailLocale {
  return typeof value === 'string' && MAIL_LOCALES.includes(value);
}

/** Line breaks in a name or slug would forge lines in the text part and headers in the subject. */
function oneLine(value: string): string {
  return value.replace(/[\r\n\u2028\u2029]+/g, ' ').trim();
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, key: string) => values[key] ?? placeholder);
}

function formatDuration(locale: MailLocale, amount: number, unit: 'minute' | 'day'): string {
  // The unit style gets the plural right in every language ("1 minute", "30 Minuten").
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(amount);
}

/** Always in UTC and saying so: the server does not know the recipient's time zone. */
function formatDateTime(locale: MailLocale, date: Date): string {
  const formatted = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(
    date,
  );
  return `${formatted} UTC`;
}

/**
 * Stripe's minor units (docs.stripe.com/currencies): most currencies count cents; these count
 * whole units or thousandths. ISK, HUF and TWD are two-decimal in Stripe's API even where ISO 4217
 * (and so Intl) says otherwise, which is why the exponent is not taken from Intl.
 */
const ZERO_DECIMAL = new Set([
  'BIF',
  'CLP',
  'DJF',
  'GNF',
  'JPY',
  'KMF',
  'KRW',
  'MGA',
  'PYG',
  'RWF',
  'UGX',
  'VND',
  'VUV',
  'XAF',
  'XOF',
  'XPF',
]);
const THREE_DECIMAL = new Set(['BHD', 'JOD', 'KWD', 'OMR', 'TND']);

function formatAmount(locale: MailLocale, amountMinor: number, currency: string): string {
  const code = currency.toUpperCase();
  const exponent = ZERO_DECIMAL.has(code) ? 0 : THREE_DECIMAL.has(code) ? 3 : 2;
  return new Intl.NumberFormat(locale, { style: 'currency', currency: code }).format(amountMinor / 10 ** exponent);
}

/** The parts of a message that differ from kind to kind. */
interface MessageParts {
  subject: string;
  paragraphs: readonly string[];
  details?: readonly MailDetail[];
  action: MailLink | null;
  links?: readonly MailLink[];
  closing?: readonly string[];
}

function messageParts(message: MailMessage, locale: MailLocale, words: MailStrings, brand: string): MessageParts {
  switch (message.kind) {
    case 'password-reset': {
      const w = words.passwordReset;
      return {
        subject: fill(w.subject, { brand }),
        paragraphs: [fill(w.intro, { brand })],
        action: { label: w.button, url: message.url },
        closing: [fill(w.validity, { duration: formatDuration(locale, message.expiresInMinutes, 'minute') }), w.ignore],
      };
    }
    case 'verify-email': {
      const w = words.verifyEmail;
      return {
        subject: fill(w.subject, { brand }),
        paragraphs: [fill(w.intro, { brand })],
        action: { label: w.button, url: message.url },
        closing: [
          fill(w.validity, { duration: formatDuration(locale, message.expiresInDays, 'day') }),
          fill(w.ignore, { brand }),
        ],
      };
    }
    case 'password-changed': {
      const w = words.passwordChanged;
      return {
        subject: fill(w.subject, { brand }),
        paragraphs: [fill(w.intro, { brand, date: formatDateTime(locale, message.changedAt) }), w.signedOut, w.notYou],
        action: { label: w.button, url: message.resetUrl },
      };
    }
    case 'portfolio-live': {
      const w = words.portfolioLive;
      return {
        subject: fill(w.subject, { brand }),
        paragraphs: [fill(w.intro, { url: oneLine(message.url) })],
        action: { label: w.button, url: message.url },
        closing: [w.share],
      };
    }
    case 'payment-receipt': {
      const w = words.paymentReceipt;
      return {
        subject: fill(w.subject, { brand }),
        paragraphs: [w.thanks],
        details: [
          { label: w.amountLabel, value: formatAmount(locale, message.amountMinor, message.currency) },
          { label: w.dateLabel, value: formatDateTime(locale, message.paidAt) },
          { label: w.forLabel, value: fill(w.forValue, { slug: oneLine(message.slug) }) },
        ],
        action: message.siteUrl === null ? null : { label: w.siteButton, url: message.siteUrl },
        links: message.receiptUrl === null ? [] : [{ label: w.receiptLink, url: message.receiptUrl }],
        closing: [w.keep],
      };
    }
    case 'site-taken-down': {
      const w = words.siteTakenDown;
      const slug = oneLine(message.slug);
      return {
        subject: fill(w.subject, { brand, slug }),
        paragraphs: [fill(w.intro, { slug }), w.kept, w.publishAgain],
        action: null,
      };
    }
  }
}

/** One transactional email in the recipient's language, wearing the given brand. */
export function renderMail(
  message: MailMessage,
  options: { locale: MailLocale; brand: MailBrand; recipientName: string | null },
): RenderedMail {
  const { locale, brand } = options;
  const words = STRINGS[locale];
  const brandName = oneLine(brand.name);
  const name = options.recipientName === null ? '' : oneLine(options.recipientName);
  const parts = messageParts(message, locale, words, brandName);
  const content: MailContent = {
    lang: locale,
    brand: { ...brand, name: brandName },
    subject: oneLine(parts.subject),
    greeting: name === '' ? words.greetingNoName : fill(words.greeting, { name }),
    paragraphs: parts.paragraphs,
    details: parts.details ?? [],
    action: parts.action === null ? null : { label: parts.action.label, url: oneLine(parts.action.url) },
    linkFallback: words.linkFallback,
    colon: words.colon,
    links: (parts.links ?? []).map((link) => ({ label: link.label, url: oneLine(link.url) })),
    closing: parts.closing ?? [],
    footer: [fill(words.footerSentBy, { brand: brandName }), fill(words.footerReason, { brand: brandName })],
  };
  return { subject: content.subject, text: renderTextLayout(content), html: renderHtmlLayout(content) };
}
