import { CV_RULES, type CvData } from '@resume2website/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { format } from '../../i18n/index.js';
import { getIn, moved, pointerOf, type Path } from './cv-draft.js';
import type { FieldSpec, ListSpec, SectionKey, SectionSpec } from './cv-sections.js';
import {
  dateControl,
  linesControl,
  longTextControl,
  numberControl,
  precisionOf,
  tagsControl,
  textControl,
  type ControlProps,
  type Precision,
} from './editor-fields.js';
import type { EditorStrings } from './i18n/en.js';

/** What rendering a section needs from the editor: the draft, its problems, and how to change it. */
export interface EditorContext {
  s: EditorStrings;
  data: CvData;
  /** JSON Pointer → why the extractor flagged the value (only while the value is unchanged). */
  flags: ReadonlyMap<string, string>;
  /** JSON Pointer → what is wrong with the value. */
  errors: ReadonlyMap<string, string>;
  lowConfidence: ReadonlySet<string>;
  sectionName: (key: SectionKey) => string;
  /** The heading the website prints for a section without its own. */
  defaultTitle: (key: SectionKey) => string | undefined;
  /** The precision a date control shows (the person's choice, else the value's). */
  precision: (pointer: string) => Precision | undefined;
  setPrecision: (pointer: string, precision: Precision) => void;
  set: (path: Path, value: unknown) => void;
  /** Moves the focus to the element with this id after the next render (reordering, removing). */
  focusNext: (id: string) => void;
  announce: (text: string) => void;
}

export const MAX_YEARS = CV_RULES.yearsOfExperienceMax;

/** The members of a `Location` and of a `ProfessionalLink`, in the order the form shows them. */
export const LOCATION_FIELDS = ['city', 'state', 'country', 'address', 'postalCode'] as const;
const STREET_FIELDS = ['address', 'postalCode'] as const;
export const LINK_FIELDS = ['platform', 'url', 'username'] as const;

/** An element id from a pointer: unique in the editor and stable across renders. */
export const idOf = (pointer: string): string => `f${pointer.replace(/[^A-Za-z0-9]/g, '-')}`;

type Entry = Record<string, unknown>;

function props<T>(ctx: EditorContext, path: Path, label: string): ControlProps<T> {
  const pointer = pointerOf(path);
  return {
    s: ctx.s,
    id: idOf(pointer),
    label,
    value: getIn(ctx.data, path) as T | null | undefined,
    onChange: (value) => ctx.set(path, value),
    error: ctx.errors.get(pointer),
    flag: ctx.flags.get(pointer),
  };
}

function date(ctx: EditorContext, path: Path, label: string, disabled = false): TemplateResult {
  const p = props<string>(ctx, path, label);
  const pointer = pointerOf(path);
  const precision = ctx.precision(pointer) ?? precisionOf(p.value, 'month');
  return dateControl({
    ...p,
    precision,
    onChange: (value) => {
      // An emptied year stays a year box (the precision came from the value that is now gone).
      if (value === null) ctx.setPrecision(pointer, precision);
      p.onChange(value);
    },
    onPrecision: (chosen) => ctx.setPrecision(pointer, chosen),
    disabled,
  });
}

function group(ctx: EditorContext, path: Path, label: string, body: TemplateResult, extra = ''): TemplateResult {
  const pointer = pointerOf(path);
  const flag = ctx.flags.get(pointer);
  return html`<fieldset class="group ${extra} ${flag ? 'flagged' : ''}">
    <legend>${label}</legend>
    ${body} ${flag ? html`<span class="flag-note">${format(ctx.s.flagged, { reason: flag })}</span>` : nothing}
  </fieldset>`;
}

function field(ctx: EditorContext, path: Path, spec: FieldSpec): TemplateResult {
  const s = ctx.s;
  const label = s.fields[spec.key] ?? spec.key;
  switch (spec.kind) {
    case 'text':
      return textControl(props(ctx, path, label));
    case 'email':
      return textControl(props(ctx, path, label), 'email');
    case 'tel':
      return textControl(props(ctx, path, label), 'tel');
    case 'url':
      return textControl(props(ctx, path, label), 'url');
    case 'longtext':
      return longTextControl(props(ctx, path, label));
    case 'number':
      return numberControl(props(ctx, path, label), 0, MAX_YEARS);
    case 'tags':
      return tagsControl(props(ctx, path, label));
    case 'lines':
      return linesControl(props(ctx, path, label));
    case 'date':
      return date(ctx, path, label);
    case 'location': {
      const control = (member: (typeof LOCATION_FIELDS)[number]) =>
        member === 'address'
          ? longTextControl(props(ctx, [...path, member], s[member]))
          : textControl(props(ctx, [...path, member], s[member]));
      const street = STREET_FIELDS.map((member) => pointerOf([...path, member]));
      // A street address is seldom wanted on a CV website: folded away unless there is one.
      const open =
        STREET_FIELDS.some((member) => Boolean(getIn(ctx.data, [...path, member]))) ||
        [...ctx.errors.keys(), ...ctx.flags.keys()].some((k) => street.includes(k));
      return group(
        ctx,
        path,
        label,
        html`<div class="grid">${LOCATION_FIELDS.filter((m) => !STREET_FIELDS.includes(m as never)).map(control)}</div>
          <details class="more" ?open=${open}>
            <summary>${s.moreDetails} (${STREET_FIELDS.map((m) => s[m]).join(', ')})</summary>
            <div class="grid">${STREET_FIELDS.map(control)}</div>
          </details>`,
        'wide',
      );
    }
    case 'dateRange': {
      const current = getIn(ctx.data, [...path, 'isCurrent']) === true;
      const presentId = idOf(pointerOf([...path, 'isCurrent']));
      return group(
        ctx,
        path,
        label,
        html`<div class="grid range">
          ${date(ctx, [...path, 'startDate'], s.start)} ${date(ctx, [...path, 'endDate'], s.end, current)}
          <div class="field check">
            <input
              id=${presentId}
              type="checkbox"
              .checked=${current}
              @change=${(e: Event) => {
                const on = (e.target as HTMLInputElement).checked;
                // "Present" means no end date (the contract's rule for an ongoing item).
                const range: Entry = { ...(getIn(ctx.data, path) as Entry | null), isCurrent: on };
                if (on) range.endDate = null;
                ctx.set(path, range);
              }}
            />
            <label for=${presentId}>${s.present}</label>
          </div>
        </div>`,
        'wide',
      );
    }
    case 'links':
      return links(ctx, path, label);
  }
}

function links(ctx: EditorContext, path: Path, label: string): TemplateResult {
  const s = ctx.s;
  const items = (getIn(ctx.data, path) as (Entry | null)[] | null | undefined) ?? [];
  const addId = `${idOf(pointerOf(path))}-add`;
  return group(
    ctx,
    path,
    label,
    html`${items.map((item, i) =>
        item === null
          ? nothing
          : html`<div class="grid link-row">
              ${LINK_FIELDS.map((member) =>
                textControl(props(ctx, [...path, i, member], s[member]), member === 'url' ? 'url' : 'text'),
              )}
              <button
                type="button"
                class="secondary small"
                aria-label="${s.removeLink}: ${item.platform ?? item.url ?? i + 1}"
                @click=${() => {
                  const next = items.filter((_, k) => k !== i);
                  ctx.set(path, next.length ? next : null);
                  ctx.focusNext(addId);
                }}
              >
                ${s.removeLink}
              </button>
            </div>`,
      )}
      <button
        type="button"
        id=${addId}
        class="secondary small"
        ?disabled=${items.length >= CV_RULES.listMaxItems}
        @click=${() => {
          ctx.set(path, [...items, { platform: null, url: null }]);
          ctx.focusNext(idOf(pointerOf([...path, items.length, 'platform'])));
        }}
      >
        ${s.addLink}
      </button>`,
    'wide',
  );
}

/**
 * The seldom-filled fields of an entry, folded away so each entry stays short; open as soon as one
 * holds a value, a problem or a flag (nothing is ever hidden that needs attention).
 */
function moreDetails(ctx: EditorContext, path: Path, specs: readonly FieldSpec[]): TemplateResult | typeof nothing {
  if (!specs.length) return nothing;
  const pointers = specs.map((spec) => pointerOf([...path, spec.key]));
  const open =
    specs.some((spec) => {
      const value = getIn(ctx.data, [...path, spec.key]);
      return value !== null && value !== undefined && value !== '' && !(Array.isArray(value) && !value.length);
    }) || pointers.some((p) => [...ctx.errors.keys(), ...ctx.flags.keys()].some((k) => k.startsWith(p)));
  return html`<details class="more" ?open=${open}>
    <summary>${ctx.s.moreDetails} (${specs.map((spec) => ctx.s.fields[spec.key] ?? spec.key).join(', ')})</summary>
    <div class="grid">${specs.map((spec) => field(ctx, [...path, spec.key], spec))}</div>
  </details>`;
}

function entryName(ctx: EditorContext, list: ListSpec, entry: Entry, index: number): string {
  const parts = list.heading.map((key) => entry[key]).filter((v): v is string => typeof v === 'string' && v !== '');
  return parts.length ? parts.join(' · ') : format(ctx.s.entry, { n: index + 1 });
}

function entries(ctx: EditorContext, section: SectionSpec, list: ListSpec): TemplateResult {
  const s = ctx.s;
  const path: Path = [section.key, list.key];
  const items = (getIn(ctx.data, path) as (Entry | null)[] | null | undefined) ?? [];
  const base = idOf(pointerOf(path));
  const shown = items.length;
  const move = (from: number, to: number, name: string) => {
    ctx.set(path, moved(items, from, to));
    ctx.announce(`${name}: ${format(s.moved, { n: to + 1 })}`);
    // Keep the focus on the entry that moved, at its new place.
    const towards = to < from ? 'up' : 'down';
    const edge = (towards === 'up' && to === 0) || (towards === 'down' && to === shown - 1);
    ctx.focusNext(`${base}-${to}-${edge ? (towards === 'up' ? 'down' : 'up') : towards}`);
  };
  return html`<ol class="entries">
      ${items.map((entry, i) => {
        if (entry === null) return nothing;
        const name = entryName(ctx, list, entry, i);
        return html`<li>
          <fieldset class="entry">
            <legend>${name}</legend>
            <div class="entry-tools" role="group" aria-label=${format(s.entryOf, { name, n: i + 1, total: shown })}>
              <button
                type="button"
                class="secondary small"
                id="${base}-${i}-up"
                aria-label="${s.moveUp}: ${name}"
                ?disabled=${i === 0}
                @click=${() => move(i, i - 1, name)}
              >
                ↑ ${s.moveUp}
              </button>
              <button
                type="button"
                class="secondary small"
                id="${base}-${i}-down"
                aria-label="${s.moveDown}: ${name}"
                ?disabled=${i === shown - 1}
                @click=${() => move(i, i + 1, name)}
              >
                ↓ ${s.moveDown}
              </button>
              <button
                type="button"
                class="secondary small danger-text"
                aria-label="${s.removeEntry}: ${name}"
                @click=${() => {
                  const next = items.filter((_, k) => k !== i);
                  ctx.set(path, next.length ? next : null);
                  ctx.focusNext(`${base}-add`);
                }}
              >
                ${s.removeEntry}
              </button>
            </div>
            <div class="grid">
              ${list.fields.filter((spec) => !spec.more).map((spec) => field(ctx, [...path, i, spec.key], spec))}
            </div>
            ${moreDetails(
              ctx,
              [...path, i],
              list.fields.filter((spec) => spec.more),
            )}
          </fieldset>
        </li>`;
      })}
    </ol>
    <button
      type="button"
      class="secondary"
      id="${base}-add"
      aria-label="${s.addEntry}: ${ctx.sectionName(section.key)}"
      ?disabled=${items.length >= CV_RULES.listMaxItems}
      @click=${() => {
        ctx.set(path, [...items, {}]);
        ctx.focusNext(idOf(pointerOf([...path, items.length, list.fields[0]!.key])));
      }}
    >
      + ${s.addEntry}
    </button>`;
}

/** One of the 18 sections: its heading (editable title), its fields and its entries. */
export function sectionEditor(ctx: EditorContext, section: SectionSpec): TemplateResult {
  const s = ctx.s;
  const value = ctx.data[section.key];
  const low = ctx.lowConfidence.has(section.key);
  const headingId = `h-${section.key}`;
  return html`<section class="cv-section ${low ? 'low' : ''}" id="sec-${section.key}" aria-labelledby=${headingId}>
    <div class="section-head">
      <h2 id=${headingId} tabindex="-1">${ctx.sectionName(section.key)}</h2>
      ${
        value
          ? html`<button
              type="button"
              class="secondary small"
              aria-label="${s.removeSection}: ${ctx.sectionName(section.key)}"
              @click=${() => {
                ctx.set([section.key], null);
                ctx.focusNext(`${section.key}-add-section`);
              }}
            >
              ${s.removeSection}
            </button>`
          : nothing
      }
    </div>
    ${low && value ? html`<p class="flag-note">${s.lowConfidence}</p>` : nothing}
    ${
      value
        ? html`<div class="grid">
              ${
                section.titled
                  ? textControl({
                      ...props<string>(ctx, [section.key, 'sectionTitle'], s.sectionTitleLabel),
                      placeholder: ctx.defaultTitle(section.key),
                    })
                  : nothing
              }
              ${section.fields.map((spec) => field(ctx, [section.key, spec.key], spec))}
            </div>
            ${section.list ? entries(ctx, section, section.list) : nothing}`
        : html`<p class="muted">${s.emptySection}</p>
            <button
              type="button"
              class="secondary"
              id="${section.key}-add-section"
              aria-label="${s.addSection}: ${ctx.sectionName(section.key)}"
              @click=${() => {
                ctx.set([section.key], section.list ? { [section.list.key]: [{}] } : {});
                ctx.focusNext(headingId);
              }}
            >
              + ${s.addSection}
            </button>`
    }
  </section>`;
}
