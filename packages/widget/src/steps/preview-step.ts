import { html, nothing, type TemplateResult } from 'lit';
import type { Strings } from '../i18n/index.js';

export interface PreviewStepProps {
  strings: Strings;
  previewUrl: string | undefined;
  width: 'desktop' | 'phone';
  paymentsEnabled: boolean;
  price: string | undefined;
  busy: boolean;
  onWidth: (width: 'desktop' | 'phone') => void;
  onBack: () => void;
  onPublish: () => void;
}

/** Step 5: the preview in a fully sandboxed frame (no scripts), a width toggle, and publish or pay. */
export function previewStep(p: PreviewStepProps): TemplateResult {
  const s = p.strings;
  return html`
    <h2>${s.previewTitle}</h2>
    <div class="toggle" role="group" aria-label=${s.previewTitle}>
      <button
        part="button"
        class="secondary"
        aria-pressed=${p.width === 'desktop' ? 'true' : 'false'}
        @click=${() => p.onWidth('desktop')}
      >
        ${s.desktop}
      </button>
      <button
        part="button"
        class="secondary"
        aria-pressed=${p.width === 'phone' ? 'true' : 'false'}
        @click=${() => p.onWidth('phone')}
      >
        ${s.phoneWidth}
      </button>
    </div>
    <div class="frame ${p.width}">
      ${
        p.previewUrl
          ? html`<iframe part="preview" sandbox="" src=${p.previewUrl} title=${s.previewFrameTitle}></iframe>`
          : nothing
      }
    </div>
    <p class="muted">${p.paymentsEnabled ? (p.price ?? '') : s.publishFree}</p>
    <div class="actions">
      <button part="button" class="secondary" @click=${p.onBack}>${s.back}</button>
      <button part="button" ?disabled=${p.busy} @click=${p.onPublish}>
        ${p.busy ? s.publishing : p.paymentsEnabled ? s.pay : s.publish}
      </button>
    </div>
  `;
}
