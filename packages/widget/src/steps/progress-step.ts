import { html, nothing, type TemplateResult } from 'lit';
import type { Strings } from '../i18n/index.js';

export type Stage = 'queued' | 'reading' | 'extracting' | 'validating' | 'done';

export interface ProgressStepProps {
  strings: Strings;
  stage: Stage;
  failed: boolean;
  onRetry: () => void;
  onRestart: () => void;
}

const ORDER: Stage[] = ['queued', 'reading', 'extracting', 'validating', 'done'];

/** Step 2: the extraction's live stages; on failure its reason comes through the error region and a retry. */
export function progressStep(p: ProgressStepProps): TemplateResult {
  const s = p.strings;
  const at = ORDER.indexOf(p.stage);
  const stages: [Stage, string][] = [
    ['reading', s.stageReading],
    ['extracting', s.stageExtracting],
    ['validating', s.stageValidating],
  ];
  return html`
    <h2>${s.progressTitle}</h2>
    <progress max="4" value=${at} aria-label=${s.progressTitle}></progress>
    <ol class="stages" aria-live="polite">
      ${stages.map(([stage, label]) => {
        const i = ORDER.indexOf(stage);
        const state = i < at ? 'done' : i === at ? 'current' : '';
        return html`<li class=${state} aria-current=${state === 'current' ? 'step' : nothing}>${label}</li>`;
      })}
    </ol>
    ${
      p.failed
        ? html`<div class="actions">
            <button part="button" @click=${p.onRetry}>${s.retry}</button>
            <button part="button" class="secondary" @click=${p.onRestart}>${s.uploadAnother}</button>
          </div>`
        : nothing
    }
  `;
}
