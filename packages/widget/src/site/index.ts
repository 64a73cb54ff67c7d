// The hosted site's entry: `<r2w-site>` over the page, and `<r2w-widget>` for the creation flow.
import { defineR2wWidget } from '../define.js';
import { R2wSite } from './r2w-site-element.js';

defineR2wWidget();
if (!customElements.get('r2w-site')) customElements.define('r2w-site', R2wSite);

declare global {
  interface HTMLElementTagNameMap {
    'r2w-site': R2wSite;
  }
}
