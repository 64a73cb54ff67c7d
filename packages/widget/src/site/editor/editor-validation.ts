import { isCvDate, isCvUrl, type CvData } from '@resume2website/sdk';
import { format } from '../../i18n/index.js';
import { getIn, pointerOf, type Path } from './cv-draft.js';
import { CV_SECTIONS, type FieldSpec } from './cv-sections.js';
import { MAX_YEARS } from './editor-sections.js';
import type { EditorStrings } from './i18n/en.js';

/**
 * The values the API would refuse, found before sending: the contract's own URL and date patterns
 * (`CV_RULES` in the SDK, generated from openapi.yaml) and the years range. JSON Pointer → message.
 */
export function problemsOf(data: CvData, s: EditorStrings): Map<string, string> {
  const problems = new Map<string, string>();
  const check = (path: Path, spec: FieldSpec) => {
    const value = getIn(data, path);
    if (value === null || value === undefined) return;
    const pointer = pointerOf(path);
    switch (spec.kind) {
      case 'url':
        if (typeof value === 'string' && !isCvUrl(value)) problems.set(pointer, s.invalidUrl);
        return;
      case 'number':
        if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > MAX_YEARS) {
          problems.set(pointer, format(s.invalidNumber, { min: 0, max: MAX_YEARS }));
        }
        return;
      case 'date':
        if (typeof value === 'string' && !isCvDate(value)) problems.set(pointer, s.invalidDate);
        return;
      case 'dateRange':
        for (const member of ['startDate', 'endDate']) check([...path, member], { key: member, kind: 'date' });
        return;
      case 'links': {
        const links = Array.isArray(value) ? value : [];
        links.forEach((_, i) => check([...path, i, 'url'], { key: 'url', kind: 'url' }));
        return;
      }
      default:
        return;
    }
  };
  for (const section of CV_SECTIONS) {
    for (const spec of section.fields) check([section.key, spec.key], spec);
    if (!section.list) continue;
    const items = getIn(data, [section.key, section.list.key]);
    if (!Array.isArray(items)) continue;
    items.forEach((_, i) => {
      for (const spec of section.list!.fields) check([section.key, section.list!.key, i, spec.key], spec);
    });
  }
  return problems;
}
