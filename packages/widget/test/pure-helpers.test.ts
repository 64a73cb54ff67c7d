import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkFile, describeTypes, formatBytes } from '../src/file-check.js';
import { format, pickLocale, stringsFor } from '../src/i18n/index.js';
import { clearFlow, loadFlow, saveFlow, storageKey } from '../src/session-store.js';

const ACCEPTED = ['application/pdf', '.pdf', '.docx', 'image/*'];
const MB = 1024 * 1024;

describe('checkFile', () => {
  it('accepts by extension or MIME type, refuses other types before the size', () => {
    expect(checkFile({ name: 'CV.PDF', type: '', size: 10 }, ACCEPTED, MB)).toBeUndefined();
    expect(checkFile({ name: 'scan', type: 'image/png', size: 10 }, ACCEPTED, MB)).toBeUndefined();
    expect(checkFile({ name: 'cv.exe', type: 'application/x-msdownload', size: 2 * MB }, ACCEPTED, MB)).toEqual({
      reason: 'type',
    });
  });

  it('refuses a file over the cap, and takes one exactly at it', () => {
    expect(checkFile({ name: 'cv.pdf', type: 'application/pdf', size: MB + 1 }, ACCEPTED, MB)).toEqual({
      reason: 'size',
    });
    expect(checkFile({ name: 'cv.pdf', type: 'application/pdf', size: MB }, ACCEPTED, MB)).toBeUndefined();
  });

  it('describes sizes and types for people', () => {
    expect(formatBytes(10 * MB)).toBe('10 MB');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(describeTypes(ACCEPTED)).toBe('PDF, DOCX');
  });
});

describe('i18n', () => {
  it('picks the attribute, then the browser language, then English', () => {
    expect(pickLocale('fr', 'de-DE')).toBe('fr');
    expect(pickLocale(undefined, 'es-MX')).toBe('es');
    expect(pickLocale('pt', 'ja')).toBe('en');
  });

  it('lets the host override any string and fills placeholders', () => {
    const strings = stringsFor('de', { publish: 'Los' });
    expect(strings.publish).toBe('Los');
    expect(strings.back).toBe('Zurück');
    expect(format('Up to {size}, {missing}', { size: '10 MB' })).toBe('Up to 10 MB, {missing}');
  });
});

describe('session store', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('keeps one flow per API base and publishable key, and ignores what it does not know', () => {
    const map = new Map<string, string>();
    vi.stubGlobal('sessionStorage', {
      getItem: (k: string) => map.get(k) ?? null,
      setItem: (k: string, v: string) => map.set(k, v),
      removeItem: (k: string) => map.delete(k),
    });
    const a = storageKey('https://api.example', 'pk_a');
    const b = storageKey('https://api.example', 'pk_b');
    saveFlow(a, { step: 'theme', cvId: 'cv_1', token: 't' });
    expect(loadFlow(a)).toEqual({ step: 'theme', cvId: 'cv_1', token: 't' });
    // every id the flow saves comes back (a reload mid-payment needs the checkout session)
    const full = {
      step: 'pay',
      token: 't',
      cvId: 'cv_1',
      extractionId: 'ext_1',
      portfolioId: 'pf_1',
      checkoutSessionId: 'cs_1',
      theme: 'classic',
    } as const;
    saveFlow(a, full);
    expect(loadFlow(a)).toEqual(full);
    expect(loadFlow(b)).toEqual({ step: 'upload' });
    map.set(b, JSON.stringify({ step: 'hacked', cvId: 42, extra: 'x' }));
    expect(loadFlow(b)).toEqual({ step: 'upload' });
    map.set(b, '{not json');
    expect(loadFlow(b)).toEqual({ step: 'upload' });
    clearFlow(a);
    expect(loadFlow(a)).toEqual({ step: 'upload' });
  });

  it('works without storage (blocked by the browser)', () => {
    vi.stubGlobal('sessionStorage', undefined);
    saveFlow('k', { step: 'review' });
    expect(loadFlow('k')).toEqual({ step: 'upload' });
  });
});
