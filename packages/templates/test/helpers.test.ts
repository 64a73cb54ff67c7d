import { describe, expect, it } from 'vitest';
import { formatDateRange, formatPartialDate } from '../src/helpers/dates.js';
import { displayUrl, mailtoHref, safeUrl } from '../src/helpers/urls.js';
import { resolveLocale } from '../src/i18n/resolve-locale.js';
import { serializeJsonForScript } from '../src/seo/serialize-json-for-script.js';

describe('dates', () => {
  it('formats ISO partial dates at their own precision', () => {
    expect(formatPartialDate('2012', 'en-GB')).toBe('2012');
    expect(formatPartialDate('2021-03', 'en-US')).toBe('Mar 2021');
    expect(formatPartialDate('2023-06-02', 'en-GB')).toBe('2 Jun 2023');
    expect(formatPartialDate('2023-06-02', 'es')).toBe('2 jun 2023');
  });
  it('shows anything else as written', () => {
    expect(formatPartialDate('yesterday', 'en')).toBe('yesterday');
    expect(formatPartialDate('2021-13', 'en')).toBe('2021-13');
    expect(formatPartialDate(42, 'en')).toBe('');
  });
  it('says "Present" in the page language for ongoing items', () => {
    expect(formatDateRange({ startDate: '2021-03', endDate: null, isCurrent: true }, 'en-US')).toBe(
      'Mar 2021 – Present',
    );
    expect(formatDateRange({ startDate: '2021', isCurrent: true }, 'es-ES')).toBe('2021 – Actualidad');
    expect(formatDateRange({ startDate: '2009', endDate: '2012' }, 'en')).toBe('2009 – 2012');
    expect(formatDateRange({ endDate: '2012' }, 'en')).toBe('2012');
  });
});

describe('URLs', () => {
  it('keeps http, https and mailto only', () => {
    expect(safeUrl('https://github.com/x')).toBe('https://github.com/x');
    expect(safeUrl('mailto:a@b.example')).toBe('mailto:a@b.example');
    for (const bad of [
      'javascript:alert(1)',
      '  JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      'java\u0000script:alert(1)',
      '\u0001javascript:alert(1)',
      'data:text/html,<script>',
      'vbscript:x',
      'file:///etc/passwd',
      '//evil.example/x',
      '/relative',
      'http://',
      'https://exa mple.com',
      'mailto:a@b.example?bcc=c@d.example',
    ]) {
      expect(safeUrl(bad), bad).toBeNull();
    }
  });
  it('builds mailto: only for a plain address', () => {
    expect(mailtoHref('daniel@example.dev')).toBe('mailto:daniel@example.dev');
    expect(mailtoHref('m@example.com"><script>alert(1)</script>')).toBeNull();
  });
  it('shortens links for display', () => {
    expect(displayUrl('https://www.linkedin.com/in/someone/')).toBe('linkedin.com/in/someone');
  });
});

describe('locale', () => {
  it('takes the first valid tag and falls back to English', () => {
    expect(resolveLocale(undefined, 'es-ES')).toBe('es-ES');
    expect(resolveLocale('fr', 'es-ES')).toBe('fr');
    expect(resolveLocale('<script>', null)).toBe('en');
  });
});

describe('JSON for a script element', () => {
  it('escapes every character that could end or alter the element', () => {
    const out = serializeJsonForScript({ a: '</script><!-- & \u2028\u2029' });
    expect(out).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(out)).toEqual({ a: '</script><!-- & \u2028\u2029' });
  });
});
