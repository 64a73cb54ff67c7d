import { R2wWidget } from './r2w-widget-element.js';

/** Registers `<r2w-widget>` once (a second copy of the bundle on the page is harmless). */
export function defineR2wWidget(tagName = 'r2w-widget'): void {
  if (!customElements.get(tagName)) customElements.define(tagName, R2wWidget);
}

declare global {
  interface HTMLElementTagNameMap {
    'r2w-widget': R2wWidget;
  }
}
