import { afterAll, describe, expect, it } from 'vitest';
import { closeCvIntake } from '../../src/intake/cv-intake.js';
import { KNOWN_CVS } from './fixtures/known-cvs.js';
import { renderDocx, renderPdf } from './fixtures/render-cv.js';
import { scoreCv, total } from '../../corpus/field-score.js';
import { extract } from './support.js';

afterAll(() => closeCvIntake());

describe('offline extractor: field-level accuracy on generated CVs', () => {
  const cases = KNOWN_CVS.flatMap((known) => [
    { known, format: 'pdf' as const },
    { known, format: 'docx' as const },
  ]);
  it.each(cases)('$known.name as $format', async ({ known, format }) => {
    const bytes = format === 'pdf' ? await renderPdf(known) : await renderDocx(known);
    const { data, result, dropped } = await extract(bytes);
    const scores = scoreCv(known.data, data);
    const { accuracy } = total(scores);
    const misses = Object.entries(scores).flatMap(([section, s]) => s.misses.map((m) => `${section}: ${m}`));
    const threshold = known.layout === 'sidebar' && format === 'pdf' ? 0.8 : 0.9;
    expect(accuracy, misses.join('\n')).toBeGreaterThanOrEqual(threshold);
    // Every section of the known document is found.
    for (const section of Object.keys(scores)) expect(data, section).toHaveProperty(section);
    expect(data.hero?.fullName).toBe(known.data.hero?.fullName);
    expect(data.meta?.language).toBe(known.language);
    expect(dropped).toEqual([]);
    expect(result.signals?.layout).toBe(
      format === 'docx' ? 'text' : known.layout === 'sidebar' ? 'sidebar-left' : 'single-column',
    );
  });
});
