import { html, type TemplateResult } from 'lit';
import { describeTypes, formatBytes } from '../file-check.js';
import { format, type Strings } from '../i18n/index.js';

export interface UploadStepProps {
  strings: Strings;
  locale: string;
  accept: readonly string[];
  maxBytes: number;
  busy: boolean;
  dragOver: boolean;
  onFile: (file: File) => void;
  onDragOver: (over: boolean) => void;
}

/** Step 1: a drop zone around a real, labelled `<input type="file">`. */
export function uploadStep(p: UploadStepProps): TemplateResult {
  const s = p.strings;
  const pick = (event: Event) => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = ''; // choosing the same file again fires `change` again
    if (file) p.onFile(file);
  };
  const drop = (event: DragEvent) => {
    event.preventDefault();
    p.onDragOver(false);
    const file = event.dataTransfer?.files[0];
    if (file && !p.busy) p.onFile(file);
  };
  const over = (event: DragEvent) => {
    event.preventDefault();
    if (!p.dragOver) p.onDragOver(true);
  };
  return html`
    <h2>${s.uploadTitle}</h2>
    <div
      part="dropzone"
      class="dropzone ${p.dragOver ? 'over' : ''}"
      @dragover=${over}
      @dragleave=${() => p.onDragOver(false)}
      @drop=${drop}
    >
      <p>${s.uploadHint}</p>
      <input
        id="file"
        class="visually-hidden"
        type="file"
        accept=${p.accept.join(',')}
        aria-describedby="limits"
        ?disabled=${p.busy}
        @change=${pick}
      />
      <label part="button" class="button" for="file">${p.busy ? s.uploading : s.uploadChoose}</label>
      <p id="limits" class="muted">
        ${format(s.uploadLimits, { types: describeTypes(p.accept), size: formatBytes(p.maxBytes, p.locale) })}
      </p>
    </div>
  `;
}
