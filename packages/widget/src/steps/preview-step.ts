import { html, type TemplateResult } from 'lit';
import type { Strings } from '../i18n/index.js';
import { previewFrame, type PreviewWidth } from './preview-frame.js';

export interface PreviewStepProps {
  strings: Strings;
  previewUrl: string | undefined;
  width: PreviewWidth;
  paymentsEnabled: boolean;
  price: string | undefined;
  busy: boolean;
  onWidth: (width: PreviewWidth) => void;
  onBack: () => void;
  onPublish: () => void;
}

/** Step 5: the preview in a fully sandboxed frame (no scripts), a width toggle, and publish or pay. */
export function previewStep(p: PreviewStepProps): TemplateResult {
  const s = p.strings;
  return html`
    <h2>${s.previewTitle}</h2>
    ${previewFrame({
      url: p.previewUrl,
      width: p.width,
      labels: { group: s.previewTitle, desktop: s.desktop, phone: s.phoneWidth, frame: s.previewFrameTitle },
      onWidth: p.onWidth,
    })}
    <p class="muted">${p.paymentsEnabled ? (p.price ?? '') : s.publishFree}</p>
    <div class="actions">
      <button part="button" class="secondary" @click=${p.onBack}>${s.back}</button>
      <button part="button" ?disabled=${p.busy} @click=${p.onPublish}>
        ${p.busy ? s.publishing : p.paymentsEnabled ? s.pay : s.publish}
      </button>
    </div>
  `;
}
