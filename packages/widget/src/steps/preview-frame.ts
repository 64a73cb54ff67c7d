import { html, nothing, type TemplateResult } from 'lit';

export type PreviewWidth = 'desktop' | 'phone';

export interface PreviewFrameProps {
  url: string | undefined;
  width: PreviewWidth;
  labels: { group: string; desktop: string; phone: string; frame: string };
  onWidth: (width: PreviewWidth) => void;
}

/**
 * The portfolio preview in a fully sandboxed frame (no scripts, no same-origin) with a desktop /
 * phone width toggle: the widget's preview step and the site's editor.
 */
export function previewFrame(p: PreviewFrameProps): TemplateResult {
  const toggle = (width: PreviewWidth, label: string) =>
    html`<button
      part="button"
      type="button"
      class="secondary"
      aria-pressed=${p.width === width ? 'true' : 'false'}
      @click=${() => p.onWidth(width)}
    >
      ${label}
    </button>`;
  return html`<div class="toggle" role="group" aria-label=${p.labels.group}>
      ${toggle('desktop', p.labels.desktop)} ${toggle('phone', p.labels.phone)}
    </div>
    <div class="frame ${p.width}">
      ${p.url ? html`<iframe part="preview" sandbox="" src=${p.url} title=${p.labels.frame}></iframe>` : nothing}
    </div>`;
}
