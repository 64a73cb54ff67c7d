import type { Theme } from '@resume2website/sdk';
import { html, nothing, type TemplateResult } from 'lit';

/** A theme's thumbnail when the server offers one (`thumbnail_url` is optional in the contract). */
function thumbnailOf(theme: Theme): string | undefined {
  const url = (theme as Theme & { thumbnail_url?: string | null }).thumbnail_url;
  return typeof url === 'string' && url ? url : undefined;
}

export interface ThemeChoicesProps {
  themes: readonly Theme[];
  selected: string | undefined;
  /** The id of the heading that names the group. */
  labelledBy: string;
  disabled?: boolean;
  onSelect: (id: string) => void;
}

/** The server's themes as one radio group with thumbnails: the widget's theme step and the site's editor. */
export function themeChoices(p: ThemeChoicesProps): TemplateResult {
  return html`<div class="themes" role="radiogroup" aria-labelledby=${p.labelledBy}>
    ${p.themes.map((theme) => {
      const thumb = thumbnailOf(theme);
      return html`<label class="theme">
        ${thumb ? html`<img src=${thumb} alt="" loading="lazy" />` : nothing}
        <span>
          <input
            type="radio"
            name="theme"
            value=${theme.id}
            ?disabled=${p.disabled}
            .checked=${theme.id === p.selected}
            @change=${() => p.onSelect(theme.id)}
          />
          <span class="name">${theme.name}</span>
        </span>
        <span class="description">${theme.description}</span>
      </label>`;
    })}
  </div>`;
}
