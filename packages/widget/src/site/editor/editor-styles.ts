import { css } from 'lit';
import { widgetStyles } from '../../styles.js';

/** The editor wears the widget's tokens and controls; this lays out the form and the side pane. */
export const editorStyles = [
  widgetStyles,
  css`
    :host {
      padding: 0;
      border-radius: 0;
    }
    [hidden] {
      display: none !important;
    }
    .layout {
      display: grid;
      gap: 1.5rem;
    }
    @media (min-width: 1100px) {
      .layout {
        grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
        align-items: start;
      }
      .side {
        position: sticky;
        top: 0.5rem;
        max-height: calc(100vh - 1rem);
        overflow: auto;
      }
    }
    nav.sections ul {
      display: flex;
      flex-wrap: wrap;
      gap: 0.4rem;
      list-style: none;
      padding: 0;
      margin: 0 0 1rem;
    }
    button.chip {
      min-height: 32px;
      padding: 0.15rem 0.7rem;
      border-radius: 999px;
      font-weight: 400;
      font-size: 0.85rem;
      background: transparent;
      color: var(--_muted);
      border: 1px dashed var(--_line);
    }
    button.chip.filled {
      color: var(--_text);
      border-style: solid;
    }
    button.chip.low {
      border-color: var(--_warn);
      border-style: solid;
    }
    @media (min-width: 1100px) {
      /* Beside the form already. */
      button.side-link {
        display: none;
      }
    }
    .cv-section {
      border-top: 1px solid var(--_line);
      padding: 1rem 0 0.5rem;
    }
    .cv-section.low {
      border-left: 4px solid var(--_warn);
      padding-left: 0.75rem;
    }
    .section-head {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 0.5rem;
    }
    .section-head h2,
    .pane-title {
      margin: 0;
      font-size: 1.2rem;
    }
    .pane-title {
      margin: 1rem 0 0.5rem;
    }
    .field {
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
      font-size: 0.9rem;
      min-width: 0;
    }
    .field > label {
      font-weight: 600;
    }
    .field.wide,
    fieldset.group.wide {
      grid-column: 1 / -1;
    }
    .field.check {
      flex-direction: row;
      align-items: center;
      gap: 0.5rem;
      align-self: end;
      min-height: 44px;
    }
    .field.check input {
      width: 1.25rem;
      height: 1.25rem;
      accent-color: var(--_primary);
    }
    input:not([type='checkbox'], [type='radio']),
    textarea,
    select {
      width: 100%;
      min-width: 0;
    }
    textarea {
      resize: vertical;
      line-height: 1.45;
    }
    input:disabled,
    select:disabled {
      opacity: 0.6;
    }
    .grid.range {
      grid-template-columns: repeat(auto-fit, minmax(15rem, 1fr));
    }
    .date-inputs {
      display: flex;
      gap: 0.35rem;
    }
    .date-inputs select {
      width: auto;
      flex: none;
    }
    .hint {
      color: var(--_muted);
      font-size: 0.8rem;
    }
    .field-error {
      color: var(--_danger);
    }
    .field.invalid input,
    .field.invalid textarea {
      border-color: var(--_danger);
      border-width: 2px;
    }
    .flagged input,
    .flagged textarea {
      border-color: var(--_warn);
      border-width: 2px;
      background: var(--_warn-bg);
    }
    .flag-note {
      display: block;
      color: var(--_text);
      background: var(--_warn-bg);
      border-left: 4px solid var(--_warn);
      padding: 0.25rem 0.5rem;
      font-size: 0.85rem;
    }
    fieldset.group {
      margin: 0;
      padding: 0.5rem 0.75rem 0.75rem;
    }
    fieldset.group legend {
      font-size: 0.9rem;
    }
    ol.entries {
      list-style: none;
      padding: 0;
      margin: 1rem 0;
    }
    fieldset.entry {
      margin: 0 0 1rem;
    }
    .entry-tools {
      display: flex;
      flex-wrap: wrap;
      gap: 0.4rem;
      margin-bottom: 0.75rem;
    }
    button.small {
      min-height: 36px;
      padding: 0.2rem 0.7rem;
      font-size: 0.85rem;
    }
    button.danger-text {
      color: var(--_danger);
    }
    details.more {
      margin-top: 0.75rem;
    }
    details.more > summary {
      cursor: pointer;
      color: var(--_muted);
      font-size: 0.9rem;
      min-height: 32px;
      padding: 0.25rem 0;
    }
    details.more[open] > summary {
      margin-bottom: 0.5rem;
    }
    .link-row {
      align-items: end;
      margin-bottom: 0.5rem;
    }
    .tags {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.35rem;
      border: 1px solid var(--_line);
      border-radius: calc(var(--_radius) / 2);
      padding: 0.35rem;
    }
    .tags input {
      flex: 1 1 8rem;
      border: 0;
      min-height: 36px;
      padding: 0.25rem;
    }
    ul.tag-list {
      display: contents;
      list-style: none;
    }
    li.tag {
      display: inline-flex;
      align-items: center;
      gap: 0.15rem;
      border: 1px solid var(--_line);
      border-radius: 999px;
      padding: 0 0 0 0.6rem;
      font-size: 0.85rem;
    }
    button.tag-remove {
      min-height: 28px;
      min-width: 28px;
      padding: 0;
      border: 0;
      border-radius: 999px;
      background: transparent;
      color: var(--_text);
      font-size: 1rem;
      line-height: 1;
    }
    .save-bar {
      position: sticky;
      bottom: 0;
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: flex-end;
      gap: 0.75rem;
      padding: 0.75rem 0;
      background: var(--_surface);
      border-top: 1px solid var(--_line);
    }
    [role='tablist'] {
      display: flex;
      gap: 0.25rem;
      border-bottom: 1px solid var(--_line);
      margin-bottom: 0.75rem;
    }
    button.tab {
      background: transparent;
      color: var(--_text);
      border: 0;
      border-bottom: 3px solid transparent;
      border-radius: 0;
    }
    button.tab[aria-selected='true'] {
      border-bottom-color: var(--_primary);
    }
    iframe.original {
      height: 75vh;
      border: 1px solid var(--_line);
      border-radius: var(--_radius);
    }
    .publish {
      margin-top: 1rem;
    }
    .notice.draft {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
    }
    .notice.draft p {
      margin: 0;
      flex-basis: 100%;
    }
    .conflict .actions {
      margin-top: 0.5rem;
    }
  `,
];
