import { html, type TemplateResult } from 'lit';
import type { Strings } from '../i18n/index.js';

export interface DoneStepProps {
  strings: Strings;
  url: string;
  copied: boolean;
  onCopy: () => void;
  onRestart: () => void;
}

/** Step 7: the live address, a copy button and plain share links (no third-party scripts). */
export function doneStep(p: DoneStepProps): TemplateResult {
  const s = p.strings;
  const url = encodeURIComponent(p.url);
  const text = encodeURIComponent(s.shareText);
  return html`
    <h2>${s.doneTitle}</h2>
    <p class="live"><a href=${p.url} target="_blank" rel="noopener">${p.url}</a></p>
    <div class="actions">
      <button part="button" @click=${p.onCopy}>${p.copied ? s.copied : s.copy}</button>
      <!-- a changed button label is not reliably read out: say it once here -->
      <span class="visually-hidden" role="status">${p.copied ? s.copied : ''}</span>
      <button part="button" class="secondary" @click=${p.onRestart}>${s.startOver}</button>
    </div>
    <h3>${s.share}</h3>
    <ul class="share">
      <li>
        <a href="https://www.linkedin.com/sharing/share-offsite/?url=${url}" target="_blank" rel="noopener"
          >${s.shareLinkedIn}</a
        >
      </li>
      <li>
        <a href="https://x.com/intent/post?url=${url}&text=${text}" target="_blank" rel="noopener">${s.shareX}</a>
      </li>
      <li><a href="mailto:?subject=${text}&body=${url}">${s.shareEmail}</a></li>
    </ul>
  `;
}
