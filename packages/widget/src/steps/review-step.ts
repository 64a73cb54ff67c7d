import type { CvData } from '@resume2website/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import type { Strings } from '../i18n/index.js';

export interface ReviewStepProps {
  strings: Strings;
  data: CvData;
  busy: boolean;
  notice: string | undefined;
  onChange: (data: CvData) => void;
  onSave: () => void;
}

type Hero = NonNullable<CvData['hero']>;
type Contact = NonNullable<CvData['contact']>;
type Job = NonNullable<NonNullable<NonNullable<CvData['experience']>['experienceItems']>[number]>;
type School = NonNullable<NonNullable<NonNullable<CvData['education']>['educationItems']>[number]>;

const valueOf = (event: Event) => (event.target as HTMLInputElement).value;
const orNull = (value: string) => (value.trim() === '' ? null : value);

function field(
  id: string,
  label: string,
  value: string | null | undefined,
  onInput: (v: string) => void,
  type = 'text',
) {
  return html`<label class="field" for=${id}
    >${label} <input id=${id} name=${id} type=${type} .value=${value ?? ''} @input=${(e: Event) => onInput(valueOf(e))}
  /></label>`;
}

/** Step 3: name, title, contact, and the experience and education entries as an editable form. */
export function reviewStep(p: ReviewStepProps): TemplateResult {
  const s = p.strings;
  const d = p.data;
  const hero = (patch: Partial<Hero>) => p.onChange({ ...d, hero: { ...d.hero, ...patch } });
  const contact = (patch: Partial<Contact>) => p.onChange({ ...d, contact: { ...d.contact, ...patch } });
  const jobs = d.experience?.experienceItems ?? [];
  const schools = d.education?.educationItems ?? [];
  const job = (i: number, patch: Partial<Job>) =>
    p.onChange({
      ...d,
      experience: { ...d.experience, experienceItems: jobs.map((j, k) => (k === i ? { ...j, ...patch } : j)) },
    });
  const school = (i: number, patch: Partial<School>) =>
    p.onChange({
      ...d,
      education: { ...d.education, educationItems: schools.map((e, k) => (k === i ? { ...e, ...patch } : e)) },
    });
  const submit = (event: Event) => {
    event.preventDefault();
    p.onSave();
  };
  return html`
    <h2>${s.reviewTitle}</h2>
    ${p.notice ? html`<p class="notice" role="status">${p.notice}</p>` : nothing}
    <form @submit=${submit}>
      <fieldset>
        <legend>${s.aboutYou}</legend>
        <div class="grid">
          ${field('fullName', s.fullName, d.hero?.fullName, (v) => hero({ fullName: orNull(v) }))}
          ${field('professionalTitle', s.professionalTitle, d.hero?.professionalTitle, (v) =>
            hero({ professionalTitle: orNull(v) }),
          )}
          ${field('email', s.email, d.contact?.email, (v) => contact({ email: orNull(v) }), 'email')}
          ${field('phone', s.phone, d.contact?.phone, (v) => contact({ phone: orNull(v) }), 'tel')}
          ${field('city', s.location, d.contact?.location?.city, (v) =>
            contact({ location: { ...d.contact?.location, city: orNull(v) } }),
          )}
        </div>
      </fieldset>
      ${
        jobs.length
          ? html`<fieldset>
              <legend>${s.experience}</legend>
              ${jobs.map((j, i) =>
                j
                  ? html`<div class="entry grid">
                      ${field(`job-${i}-title`, s.jobTitle, j.jobTitle, (v) => job(i, { jobTitle: orNull(v) }))}
                      ${field(`job-${i}-company`, s.company, j.companyName, (v) => job(i, { companyName: orNull(v) }))}
                    </div>`
                  : nothing,
              )}
            </fieldset>`
          : nothing
      }
      ${
        schools.length
          ? html`<fieldset>
              <legend>${s.education}</legend>
              ${schools.map((e, i) =>
                e
                  ? html`<div class="entry grid">
                      ${field(`school-${i}-institution`, s.institution, e.institution, (v) =>
                        school(i, { institution: orNull(v) }),
                      )}
                      ${field(`school-${i}-degree`, s.degree, e.degree, (v) => school(i, { degree: orNull(v) }))}
                    </div>`
                  : nothing,
              )}
            </fieldset>`
          : nothing
      }
      <div class="actions">
        <button part="button" type="submit" ?disabled=${p.busy}>${p.busy ? s.saving : s.save}</button>
      </div>
    </form>
  `;
}
