import type { Theme } from '@resume2website/sdk';
import { html, type TemplateResult } from 'lit';
import type { Strings } from '../i18n/index.js';
import { themeChoices } from './theme-choices.js';

export interface ThemeStepProps {
  strings: Strings;
  themes: readonly Theme[];
  selected: string | undefined;
  busy: boolean;
  onSelect: (id: string) => void;
  onContinue: () => void;
  onBack: () => void;
}

/** Step 4: a radio group over the server's themes, with thumbnails when present. */
export function themeStep(p: ThemeStepProps): TemplateResult {
  const s = p.strings;
  return html`
    <h2 id="theme-title">${s.themeTitle}</h2>
    ${themeChoices({ themes: p.themes, selected: p.selected, labelledBy: 'theme-title', onSelect: p.onSelect })}
    <div class="actions">
      <button part="button" class="secondary" @click=${p.onBack}>${s.back}</button>
      <button part="button" ?disabled=${p.busy || !p.selected} @click=${p.onContinue}>
        ${p.busy ? s.loading : s.themeContinue}
      </button>
    </div>
  `;
}
