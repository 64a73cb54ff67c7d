import { html, nothing, type TemplateResult } from 'lit';

export interface FormFieldProps {
  name: string;
  label: string;
  type: string;
  autocomplete: string;
  hint?: string | undefined;
  /** The server's message for this field, shown beside it. */
  error?: string | undefined;
  minLength?: number | undefined;
}

/** A labelled input of the site's forms, its hint and error tied to it for screen readers. */
export function formField(p: FormFieldProps): TemplateResult {
  const describedBy = [p.hint ? `${p.name}-hint` : '', p.error ? `${p.name}-error` : ''].filter(Boolean).join(' ');
  return html`<label class="field" for=${p.name}>
    ${p.label}
    <input
      id=${p.name}
      name=${p.name}
      type=${p.type}
      autocomplete=${p.autocomplete}
      required
      ?aria-invalid=${Boolean(p.error)}
      aria-describedby=${describedBy || nothing}
      minlength=${p.minLength ?? nothing}
    />
    ${p.hint ? html`<span id="${p.name}-hint" class="muted small">${p.hint}</span>` : nothing}
    ${p.error ? html`<span id="${p.name}-error" class="field-error">${p.error}</span>` : nothing}
  </label>`;
}
