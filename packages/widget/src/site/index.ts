// The hosted site's entry: `<r2w-site>` over the page. The creation flow's `<r2w-widget>` and the
// editor are loaded when their pages open, so the landing page carries neither.
import { R2wSite } from './r2w-site-element.js';

if (!customElements.get('r2w-site')) customElements.define('r2w-site', R2wSite);

declare global {
  interface HTMLElementTagNameMap {
    'r2w-site': R2wSite;
  }
}
