import type { Theme } from '@resume2website/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import type { Strings } from '../i18n/index.js';

export interface ThemeStepProps {
  strings: Strings;
  themes: readonly Theme[];
  selected: string | undefined;
  busy: boolean;
  onSelect: (id: string) => void;
  onContinue: () => void;
  onBack: () => void;
}

/** A theme's thumbnail when the server offers one (`thumbnail_url` is optional in the contract). */
function thumbnailOf(theme: Theme): string | undefined {
  const url = (theme as Theme & { thumbnail_url?: string | null }).thumbnail_url;
  return typeof url === 'string' && url ? url : undefined;
}

/** Step 4: a radio group over the server's themes, with thumbnails when present. */
export function themeStep(p: ThemeStepProps): TemplateResult {
  const s = p.strings;
  return html`
    <h2 id="theme-title">${s.themeTitle}</h2>
    <div class="themes" role="radiogroup" aria-labelledby="theme-title">
      ${p.themes.map((theme) => {
        const thumb = thumbnailOf(theme);
        return html`<label class="theme">
          ${thumb ? html`<img src=${thumb} alt="" loading="lazy" />` : nothing}
          <span>
            <input
              type="radio"
              name="theme"
              value=${theme.id}
              .checked=${theme.id === p.selected}
              @change=${() => p.onSelect(theme.id)}
            />
            <span class="name">${theme.name}</span>
          </span>
          <span class="description">${theme.description}</span>
        </label>`;
      })}
    </div>
    <div class="actions">
      <button part="button" class="secondary" @click=${p.onBack}>${s.back}</button>
      <button part="button" ?disabled=${p.busy || !p.selected} @click=${p.onContinue}>
        ${p.busy ? s.loading : s.themeContinue}
      </button>
    </div>
  `;
}
