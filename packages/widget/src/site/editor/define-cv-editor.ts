// Loaded on demand by the site when the editor page opens, so the landing page never carries it.
import { R2wCvEditor } from './r2w-cv-editor.js';

if (!customElements.get('r2w-cv-editor')) customElements.define('r2w-cv-editor', R2wCvEditor);

declare global {
  interface HTMLElementTagNameMap {
    'r2w-cv-editor': R2wCvEditor;
  }
}
