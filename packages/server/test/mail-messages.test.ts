import { describe, expect, it } from 'vitest';
import { mailDe } from '../src/mail/i18n/de.js';
import { mailEn } from '../src/mail/i18n/en.js';
import { mailEs } from '../src/mail/i18n/es.js';
import { mailFr } from '../src/mail/i18n/fr.js';
import type { MailBrand, MailLocale, MailMessage } from '../src/mail/mail-messages.js';
import { isMailLocale, renderMail } from '../src/mail/mail-messages.js';

const LOCALES: MailLocale[] = ['en', 'es', 'fr', 'de'];
const BRAND: MailBrand = { name: 'RESUME2WEBSITE', primaryColor: null, logoUrl: null };
const AT = new Date('2024-03-05T14:07:00Z');

/** One message of every kind, each with the URL it leads to (null when it has none). */
const MESSAGES: [MailMessage, string | null][] = [
  [
    { kind: 'password-reset', url: 'https://app.example.com/reset?token=abc', expiresInMinutes: 30 },
    'https://app.example.com/reset?token=abc',
  ],
  [
    { kind: 'verify-email', url: 'https://app.example.com/verify?token=def', expiresInDays: 7 },
    'https://app.example.com/verify?token=def',
  ],
  [
    { kind: 'password-changed', changedAt: AT, resetUrl: 'https://app.example.com/forgot' },
    'https://app.example.com/forgot',
  ],
  [{ kind: 'portfolio-live', url: 'https://ada.sites.example.com/', slug: 'ada' }, 'https://ada.sites.example.com/'],
  [
    {
      kind: 'payment-receipt',
      amountMinor: 1999,
      currency: 'eur',
      paidAt: AT,
      slug: 'ada',
      siteUrl: 'https://ada.sites.example.com/',
      receiptUrl: 'https://pay.stripe.com/receipts/xyz',
    },
    'https://ada.sites.example.com/',
  ],
  [{ kind: 'site-taken-down', slug: 'ada', reason: 'refund' }, null],
];

const cases = LOCALES.flatMap((locale) =>
  MESSAGES.map(([message, url]) => [message.kind, locale, message, url] as const),
);

function receipt(locale: MailLocale, amountMinor: number, currency: string) {
  return renderMail(
    { kind: 'payment-receipt', amountMinor, currency, paidAt: AT, slug: 'ada', siteUrl: null, receiptUrl: null },
    { locale, brand: BRAND, recipientName: null },
  );
}

/** Every key path of a strings object, so the four languages can be compared. */
function keyPaths(value: object, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, child]) =>
    typeof child === 'object' && child !== null ? keyPaths(child as object, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe('renderMail', () => {
  it.each(cases)('%s in %s is complete', (_kind, locale, message, url) => {
    const mail = renderMail(message, { locale, brand: BRAND, recipientName: 'Ada' });
    expect(mail.subject.trim()).not.toBe('');
    expect(mail.text.trim()).not.toBe('');
    expect(mail.html.trim()).not.toBe('');
    expect(mail.subject).not.toMatch(/[\r\n{}]/);
    expect(mail.text).not.toMatch(/\{\w+\}/);
    expect(mail.html).not.toMatch(/\{\w+\}/);
    expect(mail.html).toContain(`<html lang="${locale}">`);
    expect(mail.html).toMatch(/<title>[^<]+<\/title>/);
    expect(mail.text).toContain('Ada');
    expect(mail.html).toContain('Ada');
    expect(mail.text).toContain('RESUME2WEBSITE');
    expect(mail.html).toContain('RESUME2WEBSITE');
    if (url !== null) {
      expect(mail.text).toContain(url);
      expect(mail.html).toContain(`href="${url}"`);
      // Written out in full below the button for clients that block it.
      expect(mail.html.split(url).length - 1).toBeGreaterThanOrEqual(2);
    }
  });

  it.each(LOCALES)('greets without a name in %s', (locale) => {
    const mail = renderMail(MESSAGES[0]![0], { locale, brand: BRAND, recipientName: null });
    expect(mail.text.startsWith(`${{ en: mailEn, es: mailEs, fr: mailFr, de: mailDe }[locale].greetingNoName}\n`)).toBe(
      true,
    );
    expect(mail.text).not.toContain('null');
  });

  it('puts the brand name in the subject', () => {
    const mail = renderMail(MESSAGES[0]![0], {
      locale: 'en',
      brand: { name: 'Acme Careers', primaryColor: null, logoUrl: null },
      recipientName: null,
    });
    expect(mail.subject).toBe('Reset your Acme Careers password');
  });
});

describe('renderMail with hostile input', () => {
  const hostileBrand: MailBrand = { name: 'Evil "&< Co', primaryColor: '#000;background:url(x)', logoUrl: null };

  it.each(cases)('%s in %s escapes names and brands', (_kind, locale, message) => {
    const mail = renderMail(message, { locale, brand: hostileBrand, recipientName: '<script>alert(1)</script>' });
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).not.toContain('Evil "&<');
    expect(mail.html).toContain('Evil &quot;&amp;&lt; Co');
    expect(mail.html).not.toContain('url(x)');
    // The plain text part is not HTML: it keeps the characters as they are.
    expect(mail.text).toContain('Evil "&< Co');
  });

  it('escapes the name where it is shown', () => {
    const mail = renderMail(MESSAGES[0]![0], {
      locale: 'en',
      brand: BRAND,
      recipientName: '<script>alert(1)</script>',
    });
    expect(mail.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it.each(['javascript:alert(1)', ' javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,<b>x</b>'])(
    'never turns %j into a link',
    (url) => {
      for (const message of [
        { kind: 'password-reset', url, expiresInMinutes: 30 },
        { kind: 'portfolio-live', url, slug: 'ada' },
        {
          kind: 'payment-receipt',
          amountMinor: 1999,
          currency: 'usd',
          paidAt: AT,
          slug: 'ada',
          siteUrl: url,
          receiptUrl: url,
        },
      ] satisfies MailMessage[]) {
        const mail = renderMail(message, { locale: 'en', brand: BRAND, recipientName: null });
        expect(mail.html).not.toMatch(/href="(?!https?:)/i);
        expect(mail.html.toLowerCase()).not.toContain('href="javascript');
        expect(mail.html).not.toContain('<b>');
      }
    },
  );

  it('escapes quotes and ampersands inside a URL', () => {
    const url = 'https://app.example.com/reset?a=1&b="x"';
    const mail = renderMail(
      { kind: 'password-reset', url, expiresInMinutes: 30 },
      { locale: 'en', brand: BRAND, recipientName: null },
    );
    expect(mail.html).toContain('href="https://app.example.com/reset?a=1&amp;b=&quot;x&quot;"');
    expect(mail.text).toContain(url);
  });

  it('keeps line breaks out of the subject and the greeting', () => {
    const mail = renderMail(
      { kind: 'site-taken-down', slug: 'ada\r\nBcc: victim@example.com', reason: 'refund' },
      { locale: 'en', brand: { ...BRAND, name: 'A\nB' }, recipientName: 'Ada\n\nFake paragraph' },
    );
    expect(mail.subject).not.toMatch(/[\r\n]/);
    expect(mail.text).not.toMatch(/\r/);
    expect(mail.text.startsWith('Hi Ada Fake paragraph,\n')).toBe(true);
  });
});

describe('renderMail branding', () => {
  it('shows an https logo and paints the button in the brand colour', () => {
    const mail = renderMail(MESSAGES[0]![0], {
      locale: 'en',
      brand: { name: 'Acme', primaryColor: '#ff6600', logoUrl: 'https://cdn.example.com/logo.png' },
      recipientName: null,
    });
    expect(mail.html).toContain('<img src="https://cdn.example.com/logo.png" alt="Acme"');
    expect(mail.html).toContain('background-color:#ff6600');
  });

  it('leaves out a logo that is not https and defaults the colour', () => {
    const mail = renderMail(MESSAGES[0]![0], {
      locale: 'en',
      brand: { name: 'Acme', primaryColor: null, logoUrl: 'http://cdn.example.com/logo.png' },
      recipientName: null,
    });
    expect(mail.html).not.toContain('<img');
    expect(mail.html).toContain('background-color:#1a4d8f');
  });

  it('has no images at all without a logo', () => {
    const mail = renderMail(MESSAGES[4]![0], { locale: 'en', brand: BRAND, recipientName: null });
    expect(mail.html).not.toContain('<img');
    expect(mail.html).not.toMatch(/<link|<style|url\(/i);
  });
});

describe('payment receipt amounts and dates', () => {
  it.each(['de', 'fr', 'es'] as const)('writes 1999 EUR as 19,99 € in %s', (locale) => {
    const mail = receipt(locale, 1999, 'EUR');
    expect(mail.text).toContain('19,99');
    expect(mail.text).toContain('€');
    expect(mail.html).toContain('19,99');
  });

  it('labels the amount the French way, with a no-break space before the colon', () => {
    expect(receipt('fr', 1999, 'EUR').text).toContain('Montant\u00a0: 19,99');
  });

  it('writes 1999 USD as $19.99 in English', () => {
    expect(receipt('en', 1999, 'usd').text).toContain('$19.99');
  });

  it('knows JPY has no minor unit', () => {
    const mail = receipt('en', 500, 'JPY');
    expect(mail.text).toContain('¥500');
    expect(mail.text).not.toContain('¥5.00');
  });

  it('reads amounts in Stripe’s minor units: ISK in hundredths, KWD in thousandths', () => {
    // Stripe sends ISK as a two-decimal amount although ISO 4217 gives it none.
    expect(receipt('en', 150000, 'isk').text).toContain('ISK\u00a01,500');
    expect(receipt('en', 12345, 'kwd').text).toContain('KWD\u00a012.345');
  });

  it('dates the payment in UTC, in the reader’s language', () => {
    expect(receipt('en', 1999, 'usd').text).toContain('March 5, 2024 at 2:07 PM UTC');
    expect(receipt('de', 1999, 'eur').text).toContain('5. März 2024 um 14:07 UTC');
  });

  it('says what the payment was for and links the Stripe receipt', () => {
    const mail = renderMail(MESSAGES[4]![0], { locale: 'en', brand: BRAND, recipientName: null });
    expect(mail.text).toContain('Publishing your website “ada”');
    expect(mail.text).toContain('Stripe receipt:\nhttps://pay.stripe.com/receipts/xyz');
    expect(mail.html).toContain('href="https://pay.stripe.com/receipts/xyz"');
  });

  it('leaves out the site and receipt links when there are none', () => {
    const mail = receipt('en', 1999, 'usd');
    expect(mail.html).not.toContain('href=');
    expect(mail.text).not.toContain('Stripe receipt');
  });

  it('dates a password change in UTC too', () => {
    const mail = renderMail(MESSAGES[2]![0], { locale: 'fr', brand: BRAND, recipientName: null });
    expect(mail.text).toContain('5 mars 2024 à 14:07 UTC');
  });
});

describe('mail strings', () => {
  it.each([
    ['es', mailEs],
    ['fr', mailFr],
    ['de', mailDe],
  ] as const)('%s has the same keys as en, none of them empty', (_locale, strings) => {
    expect(keyPaths(strings)).toEqual(keyPaths(mailEn));
    for (const path of keyPaths(strings)) {
      const value = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], strings);
      expect(value, path).toEqual(expect.stringMatching(/\S/));
    }
  });

  it('pluralises the validity', () => {
    const one = renderMail(
      { kind: 'verify-email', url: 'https://x.example/', expiresInDays: 1 },
      { locale: 'en', brand: BRAND, recipientName: null },
    );
    expect(one.text).toContain('valid for 1 day.');
    const many = renderMail(
      { kind: 'password-reset', url: 'https://x.example/', expiresInMinutes: 30 },
      { locale: 'de', brand: BRAND, recipientName: null },
    );
    expect(many.text).toContain('30 Minuten');
  });
});

describe('isMailLocale', () => {
  it('accepts the four languages only', () => {
    for (const locale of LOCALES) expect(isMailLocale(locale)).toBe(true);
    for (const other of ['EN', 'it', '', null, undefined, 1, 'toString', 'constructor']) {
      expect(isMailLocale(other)).toBe(false);
    }
  });
});
