import { CV_RULES } from '@resume2website/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { format } from '../../i18n/index.js';
import type { EditorStrings } from './i18n/en.js';

/** What every control gets: where it writes, what it says, and what is wrong with it. */
export interface ControlProps<T> {
  s: EditorStrings;
  /** Unique in the page; also the key of the control's error and flag. */
  id: string;
  label: string;
  value: T | null | undefined;
  onChange: (value: T | null) => void;
  /** A problem with the value (client check or the server's 422), shown under the field. */
  error?: string | undefined;
  /** Why the extractor wants this value checked. */
  flag?: string | undefined;
  /** What applies when the field is left empty. */
  placeholder?: string | undefined;
}

export type Precision = 'year' | 'month' | 'day';

const valueOf = (event: Event) => (event.target as HTMLInputElement).value;
const orNull = (value: string) => (value.trim() === '' ? null : value);

/** What the notes under a field need. */
type Described = Pick<ControlProps<unknown>, 's' | 'id' | 'error' | 'flag'>;

/** The hint, flag and error under a field, wired to it with aria-describedby. */
function notes(p: Described, hint?: string): { ids: string; html: TemplateResult } {
  const ids = [hint && `${p.id}-hint`, p.flag && `${p.id}-flag`, p.error && `${p.id}-error`].filter(Boolean).join(' ');
  return {
    ids,
    html: html`${hint ? html`<span class="hint" id="${p.id}-hint">${hint}</span>` : nothing}
    ${p.flag ? html`<span class="flag-note" id="${p.id}-flag">${format(p.s.flagged, { reason: p.flag })}</span>` : nothing}
    ${p.error ? html`<span class="field-error" id="${p.id}-error">${p.error}</span>` : nothing}`,
  };
}

const fieldClass = (p: Described, extra = '') =>
  ['field', extra, p.flag ? 'flagged' : '', p.error ? 'invalid' : ''].filter(Boolean).join(' ');

export function textControl(
  p: ControlProps<string>,
  type: 'text' | 'email' | 'tel' | 'url' = 'text',
  maxLength: number = CV_RULES.textMaxLength,
): TemplateResult {
  const n = notes(p);
  return html`<div class=${fieldClass(p)}>
    <label for=${p.id}>${p.label}</label>
    <input
      id=${p.id}
      type=${type}
      maxlength=${maxLength}
      placeholder=${p.placeholder ?? nothing}
      .value=${live(p.value ?? '')}
      aria-invalid=${p.error ? 'true' : 'false'}
      aria-describedby=${n.ids || nothing}
      autocomplete="off"
      @input=${(e: Event) => p.onChange(orNull(valueOf(e)))}
    />
    ${n.html}
  </div>`;
}

export function longTextControl(p: ControlProps<string>, maxLength: number = CV_RULES.textMaxLength, hint?: string) {
  const n = notes(p, hint);
  return html`<div class=${fieldClass(p, 'wide')}>
    <label for=${p.id}>${p.label}</label>
    <textarea
      id=${p.id}
      rows="4"
      maxlength=${maxLength}
      .value=${live(p.value ?? '')}
      aria-invalid=${p.error ? 'true' : 'false'}
      aria-describedby=${n.ids || nothing}
      @input=${(e: Event) => p.onChange(orNull(valueOf(e)))}
    ></textarea>
    ${n.html}
  </div>`;
}

export function numberControl(p: ControlProps<number>, min: number, max: number): TemplateResult {
  const n = notes(p);
  return html`<div class=${fieldClass(p)}>
    <label for=${p.id}>${p.label}</label>
    <input
      id=${p.id}
      type="number"
      inputmode="decimal"
      min=${min}
      max=${max}
      step="any"
      .value=${live(p.value === null || p.value === undefined ? '' : String(p.value))}
      aria-invalid=${p.error ? 'true' : 'false'}
      aria-describedby=${n.ids || nothing}
      @change=${(e: Event) => {
        // On leaving the field: committing each keystroke would turn "2.0" into "2" mid-typing.
        const text = valueOf(e).trim();
        p.onChange(text === '' ? null : Number(text));
      }}
    />
    ${n.html}
  </div>`;
}

/** One item per line (bullets): what a person would type in a word processor. */
export function linesControl(p: ControlProps<string[]>): TemplateResult {
  const n = notes(p, p.s.linesHint);
  return html`<div class=${fieldClass(p, 'wide')}>
    <label for=${p.id}>${p.label}</label>
    <textarea
      id=${p.id}
      rows=${Math.min(12, Math.max(3, (p.value?.length ?? 0) + 1))}
      .value=${live((p.value ?? []).filter((line) => line !== null).join('\n'))}
      aria-invalid=${p.error ? 'true' : 'false'}
      aria-describedby=${n.ids || nothing}
      @input=${(e: Event) => {
        // Kept as typed while typing (a new empty line, a trailing space), tidied when the field is left.
        const text = valueOf(e);
        p.onChange(text === '' ? null : text.split('\n'));
      }}
      @change=${(e: Event) => {
        const lines = valueOf(e)
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean);
        p.onChange(lines.length ? lines : null);
      }}
    ></textarea>
    ${n.html}
  </div>`;
}

/** Short texts as removable tags: type, Enter (or comma) adds, Backspace on an empty field removes the last. */
export function tagsControl(p: ControlProps<string[]>): TemplateResult {
  const tags = (p.value ?? []).filter((tag): tag is string => typeof tag === 'string');
  const add = (input: HTMLInputElement) => {
    const fresh = input.value
      .split(',')
      .map((tag) => tag.trim())
      .filter((tag) => tag && !tags.includes(tag));
    input.value = '';
    if (fresh.length) p.onChange([...tags, ...fresh].slice(0, CV_RULES.listMaxItems));
  };
  const remove = (index: number) => {
    const next = tags.filter((_, i) => i !== index);
    p.onChange(next.length ? next : null);
  };
  const n = notes(p, p.s.addTagHint);
  return html`<div class=${fieldClass(p, 'wide')}>
    <label for=${p.id}>${p.label}</label>
    <div class="tags">
      <ul class="tag-list" aria-label=${p.label}>
        ${tags.map(
          (tag, i) =>
            html`<li class="tag">
              <span>${tag}</span
              ><button
                type="button"
                class="tag-remove"
                aria-label=${format(p.s.removeTag, { tag })}
                @click=${() => remove(i)}
              >
                ×
              </button>
            </li>`,
        )}
      </ul>
      <input
        id=${p.id}
        type="text"
        maxlength=${CV_RULES.textMaxLength}
        aria-describedby=${n.ids || nothing}
        aria-invalid=${p.error ? 'true' : 'false'}
        @keydown=${(e: KeyboardEvent) => {
          const input = e.target as HTMLInputElement;
          if (e.isComposing) return; // Enter confirms an input method's word, not the tag
          if (e.key === 'Enter' || e.key === ',') {
            e.preventDefault();
            add(input);
          } else if (e.key === 'Backspace' && input.value === '' && tags.length) {
            remove(tags.length - 1);
          }
        }}
        @blur=${(e: Event) => {
          // Leaving the field adds what was typed; switching to another window does not.
          if (document.hasFocus()) add(e.target as HTMLInputElement);
        }}
      />
    </div>
    ${n.html}
  </div>`;
}

/** Browsers without a month picker (desktop Safari) show `type=month` as a plain text box. */
let monthPicker: boolean | undefined;
function hasMonthPicker(): boolean {
  if (monthPicker === undefined) {
    const probe = document.createElement('input');
    probe.setAttribute('type', 'month');
    monthPicker = probe.type === 'month';
  }
  return monthPicker;
}

export function precisionOf(value: string | null | undefined, fallback: Precision): Precision {
  if (!value) return fallback;
  return value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day';
}

/** Turns a date into another precision without inventing: a year keeps only the year. */
function convert(value: string | null | undefined, to: Precision): string | null {
  if (!value) return null;
  if (to === 'year') return value.slice(0, 4);
  if (to === 'month') return value.length >= 7 ? value.slice(0, 7) : null;
  return value.length === 10 ? value : null;
}

interface DateInput {
  type: 'number' | 'text' | 'month' | 'date';
  placeholder?: string;
  min?: string;
  max?: string;
  /** For boxes typed into by hand: what a complete value looks like (the pickers only give those). */
  whole?: RegExp;
}

const DATE_INPUTS: Record<Precision | 'month-text', DateInput> = {
  year: { type: 'number', placeholder: 'YYYY', min: '1900', max: '2100', whole: /^\d{4}$/ },
  'month-text': { type: 'text', placeholder: 'YYYY-MM', whole: /^\d{4}-(0[1-9]|1[0-2])$/ },
  month: { type: 'month' },
  day: { type: 'date' },
};

export interface DateControlProps extends ControlProps<string> {
  precision: Precision;
  onPrecision: (precision: Precision) => void;
  disabled?: boolean;
}

/**
 * A partial date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) as precise as the CV is: the browser's month
 * picker by default, a year or a full date when the CV says only that much (or that much more).
 */
export function dateControl(p: DateControlProps): TemplateResult {
  const s = p.s;
  const n = notes(p);
  const invalid = p.error ? 'true' : 'false';
  // A value less precise than the control (a year in a month picker) shows empty until a month is picked.
  const shown = convert(p.value, p.precision) ?? '';
  const mode = DATE_INPUTS[p.precision === 'month' && !hasMonthPicker() ? 'month-text' : p.precision];
  const input = html`<input
    id=${p.id}
    type=${mode.type}
    inputmode=${mode.whole ? 'numeric' : nothing}
    placeholder=${mode.placeholder ?? nothing}
    min=${mode.min ?? nothing}
    max=${mode.max ?? nothing}
    ?disabled=${p.disabled}
    .value=${live(shown)}
    aria-invalid=${invalid}
    aria-describedby=${n.ids || nothing}
    @input=${(e: Event) => {
      const text = valueOf(e).trim();
      // Typed by hand, only a whole year or month is a value; half of one stays in the box.
      if (text === '' || !mode.whole || mode.whole.test(text)) p.onChange(orNull(text));
    }}
  />`;
  return html`<div class=${fieldClass(p, 'date')}>
    <label for=${p.id}>${p.label}</label>
    <span class="date-inputs">
      ${input}
      <select
        aria-label="${p.label}: ${s.precision}"
        ?disabled=${p.disabled}
        @change=${(e: Event) => {
          const precision = (e.target as HTMLSelectElement).value as Precision;
          p.onPrecision(precision);
          // Less precise drops the extra parts; more precise keeps the value until the person adds to it.
          const rank = { year: 0, month: 1, day: 2 };
          if (p.value && rank[precision] < rank[precisionOf(p.value, precision)])
            p.onChange(convert(p.value, precision));
        }}
      >
        <option value="year" ?selected=${p.precision === 'year'}>${s.precisionYear}</option>
        <option value="month" ?selected=${p.precision === 'month'}>${s.precisionMonth}</option>
        <option value="day" ?selected=${p.precision === 'day'}>${s.precisionDay}</option>
      </select>
    </span>
    ${n.html}
  </div>`;
}
