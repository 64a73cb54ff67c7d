import type { Extractor, InspectedFile } from '../extractor.js';

/**
 * A JSON Resume upload needs no model: it is converted field by field (docs/json-resume-mapping.md).
 */
export function createJsonResumeExtractor(fromJsonResume: (json: unknown) => unknown): Extractor {
  return {
    name: 'jsonresume',
    model: null,
    promptVersion: 'jsonresume-1',
    supports: (file: InspectedFile) => file.kind === 'jsonresume',
    async extract({ file }) {
      return { data: fromJsonResume(file.json), usage: null };
    },
  };
}
