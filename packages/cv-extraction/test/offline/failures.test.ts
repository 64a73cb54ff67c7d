import { afterAll, describe, expect, it } from 'vitest';
import { closeCvIntake } from '../../src/intake/cv-intake.js';
import { ExtractionError } from '../../src/extractor.js';
import { imageOnlyPdf, png } from '../support/intake-fixtures.js';
import { extract } from './support.js';

afterAll(() => closeCvIntake());

async function failure(bytes: Buffer): Promise<ExtractionError> {
  const error = await extract(bytes).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ExtractionError);
  return error as ExtractionError;
}

describe('offline extractor: documents it cannot read', () => {
  it('refuses a document that is not a CV, saying so', async () => {
    const recipe = [
      'Lemon drizzle cake',
      '',
      'Preheat the oven to 180 degrees and line a loaf tin with baking paper.',
      'Beat the butter and sugar until pale, then add the eggs one at a time.',
      'Fold in the flour and the zest of two lemons, and bake for 45 minutes.',
      'Mix the juice with icing sugar and pour it over the warm cake.',
    ].join('\n');
    const error = await failure(Buffer.from(recipe));
    expect(error.code).toBe('not-a-cv');
    expect(error.message).toMatch(/does not look like a CV/);
  });

  it('fails a scanned (image-only) PDF: it needs the Claude extractor', async () => {
    const error = await failure(imageOnlyPdf());
    expect(error.code).toBe('extractor-unavailable');
    expect(error.message).toContain('CLAUDE_API_KEY');
  });

  it('fails an image: no offline OCR', async () => {
    const error = await failure(png());
    expect(error.code).toBe('extractor-unavailable');
    expect(error.message).toContain('CLAUDE_API_KEY');
  });
});
