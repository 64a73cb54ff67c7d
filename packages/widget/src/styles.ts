import { css } from 'lit';

/**
 * The widget's one stylesheet (adopted, so a strict `style-src` without 'unsafe-inline' is fine).
 * The public knobs are `--r2w-*` custom properties; the tenant's branding arrives as the private
 * `--_r2w-brand-*` fallbacks, so a host page's own `--r2w-*` values always win.
 */
export const widgetStyles = css`
  /*
   * Each colour is light-dark(light, dark): the element's color-scheme picks one. \`auto\` (no
   * attribute) follows the system; \`light\` and \`dark\` pin it.
   */
  :host {
    --_primary: var(
      --r2w-color-primary,
      light-dark(var(--_r2w-brand-primary, #1a4d8f), var(--_r2w-brand-primary-dark, #2f6fc4))
    );
    --_surface: var(--r2w-color-surface, light-dark(#ffffff, #16181d));
    --_text: var(--r2w-color-text, light-dark(#1b1f24, #eef1f5));
    --_muted: light-dark(#4a5360, #b8c0cc);
    --_line: light-dark(#c4cad3, #5b6472);
    --_danger: light-dark(#a1121c, #ffb3ba);
    --_danger-bg: light-dark(#fdecee, #3a1519);
    --_warn: light-dark(#8a5a00, #f0b84a);
    --_warn-bg: light-dark(#fff6dc, #33280d);
    --_radius: var(--r2w-radius, 8px);
    display: block;
    color-scheme: light dark;
    color: var(--_text);
    background: var(--_surface);
    font-family: var(--r2w-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: 16px;
    line-height: 1.5;
    border-radius: var(--_radius);
    padding: 1.25rem;
    box-sizing: border-box;
    max-width: 100%;
  }
  :host([color-scheme='light']) {
    color-scheme: light;
  }
  :host([color-scheme='dark']) {
    color-scheme: dark;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  h2 {
    font-size: 1.35rem;
    margin: 0 0 0.75rem;
  }
  /* Headings take the focus only programmatically (on a new step); a ring there would look like a control. */
  h2:focus {
    outline: none;
  }
  h3 {
    font-size: 1.05rem;
    margin: 1rem 0 0.5rem;
  }
  p {
    margin: 0 0 0.75rem;
  }
  .muted {
    color: var(--_muted);
  }
  a {
    color: inherit;
  }
  .brand {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    margin-bottom: 0.75rem;
    font-weight: 600;
  }
  .brand img {
    max-height: 28px;
    max-width: 140px;
  }
  ol.stepper {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    list-style: none;
    padding: 0;
    margin: 0 0 1.25rem;
    font-size: 0.875rem;
    color: var(--_muted);
  }
  ol.stepper li[aria-current='step'] {
    color: var(--_text);
    font-weight: 700;
    text-decoration: underline;
    text-underline-offset: 4px;
  }
  .dropzone {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: 0.75rem;
    padding: 2rem 1rem;
    border: 2px dashed var(--_line);
    border-radius: var(--_radius);
    text-align: center;
  }
  .dropzone.over {
    border-color: var(--_primary);
    border-style: solid;
    background: color-mix(in srgb, var(--_primary) 10%, transparent);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  button,
  .button,
  label.button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-height: 44px;
    padding: 0.5rem 1.1rem;
    border-radius: var(--_radius);
    border: 1px solid var(--_primary);
    background: var(--_primary);
    color: #ffffff;
    font: inherit;
    font-weight: 600;
    cursor: pointer;
    text-decoration: none;
  }
  button.secondary {
    background: transparent;
    color: var(--_text);
    border-color: var(--_line);
  }
  button[aria-pressed='true'] {
    background: var(--_primary);
    color: #ffffff;
    border-color: var(--_primary);
  }
  button:disabled {
    opacity: 0.7;
    cursor: progress;
  }
  :focus-visible,
  input[type='file']:focus-visible + label.button {
    outline: 3px solid var(--_primary);
    outline-offset: 2px;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    margin-top: 1.25rem;
  }
  .error {
    border: 1px solid var(--_danger);
    background: var(--_danger-bg);
    color: var(--_text);
    border-radius: var(--_radius);
    padding: 0.75rem 1rem;
    margin: 0 0 1rem;
  }
  .error strong {
    color: var(--_danger);
  }
  .notice {
    border-left: 4px solid var(--_primary);
    padding: 0.5rem 0.75rem;
    margin: 0 0 1rem;
  }
  ol.stages {
    list-style: none;
    padding: 0;
    margin: 0 0 1rem;
  }
  ol.stages li {
    padding: 0.25rem 0;
  }
  ol.stages li::before {
    display: inline-block;
    width: 1.5rem;
    content: '○';
  }
  ol.stages li.done::before {
    content: '✓';
  }
  ol.stages li.current {
    font-weight: 700;
  }
  ol.stages li.current::before {
    content: '●';
  }
  progress {
    width: 100%;
    accent-color: var(--_primary);
  }
  fieldset {
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    padding: 0.75rem 1rem 1rem;
    margin: 0 0 1rem;
  }
  legend {
    font-weight: 700;
    padding: 0 0.25rem;
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(200px, 1fr));
    gap: 0.75rem;
  }
  label.field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    font-size: 0.9rem;
    font-weight: 600;
  }
  input:not([type='checkbox'], [type='radio'], [type='file']),
  textarea,
  select {
    font: inherit;
    font-weight: 400;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_line);
    border-radius: calc(var(--_radius) / 2);
    padding: 0.5rem 0.6rem;
    min-height: 44px;
  }
  .entry + .entry {
    border-top: 1px solid var(--_line);
    margin-top: 0.75rem;
    padding-top: 0.75rem;
  }
  .themes {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(160px, 1fr));
    gap: 0.75rem;
    border: 0;
    padding: 0;
  }
  .theme {
    display: flex;
    flex-direction: column;
    gap: 0.4rem;
    border: 2px solid var(--_line);
    border-radius: var(--_radius);
    padding: 0.6rem;
    cursor: pointer;
  }
  .theme:has(input:checked) {
    border-color: var(--_primary);
  }
  .theme img {
    width: 100%;
    aspect-ratio: 4 / 3;
    object-fit: cover;
    border-radius: calc(var(--_radius) / 2);
    background: var(--_line);
  }
  .theme .name {
    font-weight: 700;
  }
  .theme .description {
    font-size: 0.85rem;
    color: var(--_muted);
  }
  .frame {
    display: flex;
    justify-content: center;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    background: var(--_line);
    padding: 0.5rem;
  }
  iframe {
    display: block;
    width: 100%;
    height: 560px;
    border: 0;
    background: #ffffff;
  }
  .frame.phone iframe {
    width: 390px;
    max-width: 100%;
  }
  .toggle {
    display: inline-flex;
    gap: 0.25rem;
    margin-bottom: 0.75rem;
  }
  .live {
    font-size: 1.1rem;
    word-break: break-all;
  }
  ul.share {
    display: flex;
    flex-wrap: wrap;
    gap: 1rem;
    list-style: none;
    padding: 0;
  }
  .checkout {
    min-height: 400px;
  }
`;
