import type { Resume2Website } from '@resume2website/sdk';
import { html, type TemplateResult } from 'lit';
import type { Locale } from '../../i18n/index.js';
import type { SiteStrings } from '../i18n/en.js';

export interface EditorPageProps {
  s: SiteStrings;
  locale: Locale;
  cvId: string;
  api: Resume2Website;
  paymentsEnabled: boolean;
}

/** `/cvs/{id}/edit`: the full CV editor (its own element, loaded on demand, with its own texts). */
export function editorPage(p: EditorPageProps): TemplateResult {
  return html`
    <h1>${p.s.editorTitle}</h1>
    <r2w-cv-editor
      cv-id=${p.cvId}
      locale=${p.locale}
      ?payments-enabled=${p.paymentsEnabled}
      .api=${p.api}
    ></r2w-cv-editor>
  `;
}
