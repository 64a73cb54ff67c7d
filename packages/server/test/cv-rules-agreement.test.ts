import { describe, expect, it } from 'vitest';
import { isAllowedCvUrl } from '@resume2website/cv-extraction';
import { CV_RULES, isCvDate, isCvUrl } from '@resume2website/sdk';

// The SDK's checks (generated from the contract, used by the editor before saving) must say what
// the server's validation says.
describe('CV value rules', () => {
  it('accepts exactly the URLs the server keeps', () => {
    const urls = [
      'https://example.com',
      'HTTP://EXAMPLE.COM/a?b=c#d',
      'mailto:ana@example.com',
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'data:text/html,<b>x</b>',
      '//example.com',
      'example.com',
      '/relative',
      'https://exa mple.com',
      'https://',
      'ftp://example.com',
      `https://example.com/${'a'.repeat(CV_RULES.textMaxLength)}`,
    ];
    for (const url of urls) expect(isCvUrl(url), url).toBe(isAllowedCvUrl(url));
    expect(urls.filter(isCvUrl)).toEqual([
      'https://example.com',
      'HTTP://EXAMPLE.COM/a?b=c#d',
      'mailto:ana@example.com',
    ]);
  });

  it('accepts partial ISO dates only', () => {
    expect(['2021', '2021-03', '2021-03-09'].every(isCvDate)).toBe(true);
    expect(['21', '2021-3', '2021-13', '2021-03-32', 'March 2021', '2021-03-09T10:00'].some(isCvDate)).toBe(false);
  });
});
