import { css } from 'lit';
import { widgetStyles } from '../styles.js';

/**
 * The site wears the widget's stylesheet (its tokens, buttons, fields, focus rings, light and
 * dark), so both look like one product; this adds only the page layout around it.
 */
export const siteStyles = [
  widgetStyles,
  css`
    :host {
      display: block;
      min-height: 100vh;
      padding: 0;
      border-radius: 0;
    }
    .page {
      display: flex;
      flex-direction: column;
      min-height: 100vh;
    }
    .skip {
      position: absolute;
      left: -9999px;
    }
    .skip:focus {
      left: 1rem;
      top: 1rem;
      z-index: 1;
      background: var(--_surface);
      padding: 0.5rem 1rem;
    }
    header.top {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.75rem 1.5rem;
      padding: 0.75rem 1.25rem;
      border-bottom: 1px solid var(--_line);
    }
    @media (max-width: 600px) {
      /* Phone: brand and language on the first line, the links on their own line below. */
      header.top nav {
        order: 3;
        flex-basis: 100%;
      }
    }
    .logo {
      font-weight: 800;
      letter-spacing: 0.02em;
      text-decoration: none;
      margin-right: auto;
    }
    nav ul {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 1rem;
      list-style: none;
      margin: 0;
      padding: 0;
    }
    nav a {
      text-decoration: none;
    }
    nav a:hover,
    nav a:focus-visible {
      text-decoration: underline;
    }
    a.button {
      text-decoration: none;
    }
    .button.small {
      min-height: 36px;
      padding: 0.25rem 0.8rem;
    }
    a.button.secondary {
      background: transparent;
      color: var(--_text);
      border-color: var(--_line);
    }
    button.link {
      background: none;
      border: 0;
      color: inherit;
      font: inherit;
      padding: 0;
      min-height: 0;
      text-decoration: underline;
      cursor: pointer;
      font-weight: 400;
    }
    button.danger {
      background: var(--_danger);
      border-color: var(--_danger);
      color: var(--_surface);
    }
    select {
      font: inherit;
      color: var(--_text);
      background: var(--_surface);
      border: 1px solid var(--_line);
      border-radius: calc(var(--_radius) / 2);
      padding: 0.35rem 0.5rem;
      min-height: 36px;
    }
    main {
      flex: 1;
      width: 100%;
      max-width: 60rem;
      margin: 0 auto;
      padding: 1.5rem 1.25rem 3rem;
      box-sizing: border-box;
    }
    main.wide {
      max-width: 100rem;
    }
    main h1 {
      font-size: 2rem;
      line-height: 1.2;
      margin: 0 0 1rem;
    }
    main h1:focus {
      outline: none;
    }
    main h2 {
      margin-top: 2rem;
    }
    .lead {
      font-size: 1.15rem;
      max-width: 40rem;
    }
    .hero {
      padding: 2rem 0 1rem;
    }
    .hero h1 {
      font-size: clamp(2rem, 5vw, 3rem);
      max-width: 22ch;
    }
    ul.cards {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(220px, 1fr));
      gap: 1rem;
      list-style: none;
      padding: 0;
      margin: 0;
    }
    .card {
      border: 1px solid var(--_line);
      border-radius: var(--_radius);
      padding: 0.75rem;
    }
    .card img {
      display: block;
      width: 100%;
      height: auto;
      aspect-ratio: 4 / 3;
      object-fit: cover;
      object-position: top;
      border-radius: calc(var(--_radius) / 2);
      background: var(--_line);
    }
    .card.placeholder {
      min-height: 19rem;
    }
    .card.placeholder .thumb {
      display: block;
      aspect-ratio: 4 / 3;
      border-radius: calc(var(--_radius) / 2);
      background: var(--_line);
      opacity: 0.4;
    }
    ol.how {
      padding-left: 1.25rem;
    }
    ol.how li {
      margin: 0.4rem 0;
    }
    .narrow {
      max-width: 26rem;
    }
    form .field {
      margin-bottom: 1rem;
    }
    input[aria-invalid] {
      border-color: var(--_danger);
    }
    .field-error {
      color: var(--_danger);
      font-weight: 400;
    }
    .notice.link-invalid {
      border-left-color: var(--_danger);
    }
    .verify-please {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 1rem;
    }
    .verify-please p {
      margin: 0;
      flex: 1 1 16rem;
      overflow-wrap: anywhere;
    }
    .email-state {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 0.75rem;
      overflow-wrap: anywhere;
    }
    .email-state .badge {
      margin: 0;
    }
    label.field select {
      font-weight: 400;
      min-height: 44px;
    }
    label.check {
      display: flex;
      align-items: flex-start;
      gap: 0.6rem;
      max-width: 40rem;
      cursor: pointer;
    }
    label.check input {
      flex: none;
      width: 1.25rem;
      height: 1.25rem;
      margin: 0.1rem 0 0;
      accent-color: var(--_primary);
    }
    label.check + .muted {
      margin: 0.35rem 0 1rem 1.85rem;
    }
    .small {
      font-size: 0.85rem;
      font-weight: 400;
    }
    ul.rows {
      list-style: none;
      padding: 0;
      margin: 0;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 0.5rem 1rem;
      padding: 0.75rem 0;
      border-bottom: 1px solid var(--_line);
    }
    .row-main {
      display: flex;
      flex-direction: column;
      gap: 0.15rem;
      min-width: 0;
      overflow-wrap: anywhere;
    }
    .row-actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 1rem;
    }
    .badge {
      display: inline-block;
      font-size: 0.8rem;
      border: 1px solid var(--_line);
      border-radius: 999px;
      padding: 0 0.5rem;
      margin-right: 0.25rem;
    }
    .badge.published,
    .badge.succeeded {
      border-color: var(--_primary);
      font-weight: 700;
    }
    .badge.failed {
      border-color: var(--_danger);
      color: var(--_danger);
    }
    .confirm {
      flex-basis: 100%;
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 0.75rem;
      padding: 0.75rem;
      border: 1px solid var(--_danger);
      border-radius: var(--_radius);
    }
    .confirm p {
      margin: 0;
      flex-basis: 100%;
    }
    dl.facts {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 0.25rem 1rem;
    }
    dl.facts dt {
      font-weight: 700;
    }
    dl.facts dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
    .danger-zone {
      margin-top: 2rem;
      border-top: 1px solid var(--_line);
    }
    r2w-widget.flow {
      border: 1px solid var(--_line);
    }
    footer {
      display: flex;
      flex-wrap: wrap;
      gap: 1rem;
      padding: 1rem 1.25rem;
      border-top: 1px solid var(--_line);
      font-size: 0.9rem;
      color: var(--_muted);
    }
  `,
];
