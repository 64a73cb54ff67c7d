import type { Cv, Portfolio } from '@resume2website/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { format } from '../../i18n/index.js';
import type { SiteStrings } from '../i18n/en.js';

export interface DashboardProps {
  s: SiteStrings;
  locale: string;
  isGuest: boolean;
  /** The account's address while it is not verified yet (a new link can be asked for). */
  unverifiedEmail: string | undefined;
  cvs: readonly Cv[];
  portfolios: readonly Portfolio[];
  /** The id whose deletion waits for confirmation. */
  confirming: string | undefined;
  busy: boolean;
  onAskDelete: (id: string | undefined) => void;
  onDeleteCv: (cv: Cv) => void;
  onDeletePortfolio: (portfolio: Portfolio) => void;
  onUnpublish: (portfolio: Portfolio) => void;
  onResendVerification: () => void;
}

function date(value: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(value));
}

function extractionState(cv: Cv, s: SiteStrings): string {
  switch (cv.extraction?.status) {
    case 'queued':
      return s.extractionQueued;
    case 'running':
      return s.extractionRunning;
    case 'succeeded':
      return s.extractionSucceeded;
    case 'failed':
      return s.extractionFailed;
    default:
      return s.extractionNone;
  }
}

const STATUS: Record<Portfolio['status'], keyof SiteStrings> = {
  draft: 'statusDraft',
  publishing: 'statusPublishing',
  published: 'statusPublished',
  unpublishing: 'statusUnpublishing',
  failed: 'statusFailed',
};

function confirmRow(p: DashboardProps, question: string, onYes: () => void): TemplateResult {
  return html`<div class="confirm" role="group" aria-label=${question}>
    <p>${question}</p>
    <button part="button" class="danger" ?disabled=${p.busy} @click=${onYes}>${p.s.delete}</button>
    <button part="button" class="secondary" @click=${() => p.onAskDelete(undefined)}>${p.s.cancel}</button>
  </div>`;
}

/** `/dashboard`: the person's CVs (extraction state live) and websites, each with its actions. */
export function dashboardPage(p: DashboardProps): TemplateResult {
  const { s } = p;
  const cvName = (id: string) => p.cvs.find((cv) => cv.id === id)?.original_filename ?? id;
  return html`
    <h1>${s.dashboardTitle}</h1>
    ${
      p.isGuest
        ? html`<p class="notice">${s.guestBanner} <a href="/sign-up?next=%2Fdashboard">${s.navSignUp}</a></p>`
        : nothing
    }
    ${
      p.unverifiedEmail
        ? html`<div class="notice verify-please">
            <p>${format(s.verifyPlease, { email: p.unverifiedEmail })}</p>
            <button part="button" type="button" class="secondary" ?disabled=${p.busy} @click=${p.onResendVerification}>
              ${s.sendNewLink}
            </button>
          </div>`
        : nothing
    }
    <p class="actions"><a class="button" part="button" href="/create">${s.newWebsite}</a></p>

    <section aria-labelledby="portfolios-title">
      <h2 id="portfolios-title">${s.portfoliosTitle}</h2>
      ${
        p.portfolios.length === 0
          ? html`<p class="muted">${s.noPortfolios}</p>`
          : html`<ul class="rows">
              ${p.portfolios.map(
                (portfolio) =>
                  html`<li class="row" data-id=${portfolio.id}>
                    <div class="row-main">
                      <strong>${portfolio.slug}</strong>
                      <span class="muted">${s.theme}: ${portfolio.theme} · ${cvName(portfolio.cv_id)}</span>
                      <span>
                        <span class="badge ${portfolio.status}">${s[STATUS[portfolio.status]]}</span>
                        <span class="badge">${portfolio.paid ? s.paid : s.notPaid}</span>
                      </span>
                    </div>
                    <div class="row-actions">
                      ${
                        portfolio.published_url
                          ? html`<a href=${portfolio.published_url} target="_blank" rel="noopener">${s.liveSite}</a>`
                          : nothing
                      }
                      ${
                        portfolio.preview_url
                          ? html`<a href=${portfolio.preview_url} target="_blank" rel="noopener">${s.preview}</a>`
                          : nothing
                      }
                      <a href="/cvs/${portfolio.cv_id}/edit">${s.edit}</a>
                      ${
                        portfolio.status === 'published'
                          ? html`<button
                              part="button"
                              class="secondary"
                              aria-label="${s.unpublish} ${portfolio.slug}"
                              ?disabled=${p.busy}
                              @click=${() => p.onUnpublish(portfolio)}
                            >
                              ${s.unpublish}
                            </button>`
                          : nothing
                      }
                      <button
                        part="button"
                        class="secondary"
                        aria-label="${s.delete} ${portfolio.slug}"
                        @click=${() => p.onAskDelete(portfolio.id)}
                      >
                        ${s.delete}
                      </button>
                    </div>
                    ${
                      p.confirming === portfolio.id
                        ? confirmRow(p, format(s.confirmDeletePortfolio, { name: portfolio.slug }), () =>
                            p.onDeletePortfolio(portfolio),
                          )
                        : nothing
                    }
                  </li>`,
              )}
            </ul>`
      }
    </section>

    <section aria-labelledby="cvs-title">
      <h2 id="cvs-title">${s.cvsTitle}</h2>
      ${
        p.cvs.length === 0
          ? html`<p class="muted">${s.noCvs}</p>`
          : html`<ul class="rows">
              ${p.cvs.map(
                (cv) =>
                  html`<li class="row" data-id=${cv.id}>
                    <div class="row-main">
                      <strong>${cv.original_filename}</strong>
                      <span class="muted">${format(s.uploaded, { date: date(cv.created_at, p.locale) })}</span>
                      <span><span class="badge ${cv.extraction?.status ?? ''}">${extractionState(cv, s)}</span></span>
                    </div>
                    <div class="row-actions">
                      ${
                        cv.has_data
                          ? html`<a class="button" part="button" href="/cvs/${cv.id}/edit">${s.edit}</a>`
                          : nothing
                      }
                      <button
                        part="button"
                        class="secondary"
                        aria-label="${s.delete} ${cv.original_filename}"
                        @click=${() => p.onAskDelete(cv.id)}
                      >
                        ${s.delete}
                      </button>
                    </div>
                    ${
                      p.confirming === cv.id
                        ? confirmRow(p, format(s.confirmDelete, { name: cv.original_filename }), () => p.onDeleteCv(cv))
                        : nothing
                    }
                  </li>`,
              )}
            </ul>`
      }
    </section>
  `;
}
