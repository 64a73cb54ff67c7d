import {
  CV_RULES,
  Resume2WebsiteError,
  type Cv,
  type CvData,
  type CvDocument,
  type Portfolio,
  type Resume2Website,
  type Theme,
} from '@resume2website/sdk';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { format, type Locale } from '../../i18n/index.js';
import { previewFrame, type PreviewWidth } from '../../steps/preview-frame.js';
import { themeChoices } from '../../steps/theme-choices.js';
import { CV_SECTIONS } from './cv-sections.js';
import {
  applyMergePatch,
  getIn,
  mergePatchOf,
  pathOf,
  pointerOf,
  pruned,
  setIn,
  unsavedPatch,
  type Path,
} from './cv-draft.js';
import { clearDraft, loadDraft, saveDraft } from './draft-store.js';
import { longTextControl, type Precision } from './editor-fields.js';
import { idOf, sectionEditor, type EditorContext } from './editor-sections.js';
import { editorStyles } from './editor-styles.js';
import { problemsOf } from './editor-validation.js';
import { defaultSectionTitle, editorStrings, sectionName } from './editor-locale.js';
import type { EditorStrings } from './i18n/en.js';

/** Sections below this confidence are marked for review. */
const LOW_CONFIDENCE = 0.7;

type Load = { kind: 'loading' } | { kind: 'ready' } | { kind: 'no-data' } | { kind: 'failed'; message: string };

interface Flag {
  value: unknown;
  reason: string;
}

/**
 * `<r2w-cv-editor>`: the whole CV document as a form, every one of the 18 sections, beside the
 * uploaded file and a live preview of the chosen design. Saves are merge patches against the version
 * the edits started from (a 409 offers to reload); unsaved edits live in `localStorage` so a reload,
 * a crash or an expired session loses nothing.
 */
export class R2wCvEditor extends LitElement {
  static override styles = editorStyles;
  static override properties = {
    cvId: { attribute: 'cv-id' },
    locale: {},
    paymentsEnabled: { type: Boolean, attribute: 'payments-enabled' },
    api: { attribute: false },
    state: { state: true },
  };

  declare cvId: string;
  declare locale: Locale;
  declare paymentsEnabled: boolean;
  declare api: Resume2Website;

  declare protected state: {
    load: Load;
    data: CvData;
    busy: 'saving' | 'publishing' | 'theme' | undefined;
    notice: string | undefined;
    error: string | undefined;
    conflict: boolean;
    sessionExpired: boolean;
    draftNotice: { kind: 'restored' | 'outdated'; time: string; current: number } | undefined;
    serverErrors: Map<string, string>;
    showProblems: boolean;
    pane: 'original' | 'preview';
    width: PreviewWidth;
    portfolio: Portfolio | undefined;
    themes: Theme[];
    previewRound: number;
    live: string | undefined;
    announcement: string;
  };

  #cv: Cv | undefined;
  #doc: CvDocument | undefined;
  #flags = new Map<string, Flag>();
  #lowConfidence = new Set<string>();
  #precision = new Map<string, Precision>();
  #focusNext: string | undefined;
  #abort = new AbortController();

  constructor() {
    super();
    this.cvId = '';
    this.locale = 'en';
    this.paymentsEnabled = false;
    this.state = {
      load: { kind: 'loading' },
      data: {},
      busy: undefined,
      notice: undefined,
      error: undefined,
      conflict: false,
      sessionExpired: false,
      draftNotice: undefined,
      serverErrors: new Map(),
      showProblems: false,
      pane: 'original',
      width: 'desktop',
      portfolio: undefined,
      themes: [],
      previewRound: 0,
      live: undefined,
      announcement: '',
    };
  }

  /** `true` when the page may be left: nothing unsaved, or the person said so. */
  confirmLeave(): boolean {
    return !this.dirty || confirm(this.#s.leaveWarning);
  }

  /** Whether there are edits the server does not have yet (the site asks before leaving). */
  get dirty(): boolean {
    return this.#doc !== undefined && unsavedPatch(this.#doc.data, this.state.data) !== undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('beforeunload', this.#onBeforeUnload);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('beforeunload', this.#onBeforeUnload);
    this.#abort.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('cvId') && this.cvId && this.api) void this.#load();
  }

  protected override updated(): void {
    if (this.#focusNext) {
      const target = this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(this.#focusNext)}`);
      this.#focusNext = undefined;
      target?.focus();
    }
  }

  readonly #onBeforeUnload = (event: BeforeUnloadEvent): void => {
    if (!this.dirty) return;
    event.preventDefault();
    // Older browsers show the prompt only when a value is set.
    event.returnValue = '';
  };

  get #s(): EditorStrings {
    return editorStrings(this.locale);
  }

  #set(patch: Partial<R2wCvEditor['state']>): void {
    this.state = { ...this.state, ...patch };
  }

  #time(iso: string): string {
    return new Intl.DateTimeFormat(this.locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
  }

  // ---- loading ----------------------------------------------------------------------------

  async #load(): Promise<void> {
    const signal = this.#abort.signal;
    this.#set({ load: { kind: 'loading' } });
    try {
      const [cv, themes, portfolios] = await Promise.all([
        this.api.cvs.get(this.cvId, { signal }),
        this.api.themes.list({ signal }),
        this.api.portfolios.list({ signal }).toArray(),
      ]);
      this.#cv = cv;
      const portfolio = portfolios.find((p) => p.cv_id === this.cvId);
      this.#set({ themes, portfolio, pane: portfolio ? 'preview' : 'original' });
      let doc: CvDocument;
      try {
        doc = await this.api.cvs.getData(this.cvId, { signal });
      } catch (error) {
        if (error instanceof Resume2WebsiteError && error.status === 404)
          return this.#set({ load: { kind: 'no-data' } });
        throw error;
      }
      await this.#readSignals(cv, doc);
      this.#adopt(doc);
    } catch (error) {
      if (signal.aborted) return;
      this.#set({ load: { kind: 'failed', message: this.#messageOf(error) } });
    }
  }

  /** The extractor's doubts: flagged values and unsure sections of the extraction that wrote the data. */
  async #readSignals(cv: Cv, doc: CvDocument): Promise<void> {
    this.#flags.clear();
    this.#lowConfidence.clear();
    const extractionId = doc.extraction_id ?? (cv.extraction?.status === 'succeeded' ? cv.extraction.id : undefined);
    if (!extractionId) return;
    const extraction = await this.api.extractions.get(extractionId, { signal: this.#abort.signal });
    const signals = extraction.signals;
    if (!signals) return;
    for (const flag of signals.flagged_values)
      this.#flags.set(flag.pointer, { value: flag.value, reason: flag.reason });
    for (const [section, confidence] of Object.entries(signals.section_confidence)) {
      if (confidence < LOW_CONFIDENCE) this.#lowConfidence.add(section);
    }
  }

  /**
   * Starts editing `doc`, with the local draft applied on top of it: the draft is a patch, so edits
   * made on an older version are replayed on this one (they win where both changed a value).
   */
  #adopt(doc: CvDocument): void {
    this.#doc = doc;
    this.#precision.clear();
    let data = doc.data;
    let draftNotice: R2wCvEditor['state']['draftNotice'];
    const local = loadDraft(this.cvId);
    const restored = local && (applyMergePatch(doc.data, local.patch) as CvData);
    if (local && restored && unsavedPatch(doc.data, restored) !== undefined) {
      data = restored;
      draftNotice = {
        kind: local.baseVersion === doc.version ? 'restored' : 'outdated',
        time: this.#time(local.savedAt),
        current: doc.version,
      };
      this.#keepDraft(data);
    } else if (local) {
      clearDraft(this.cvId);
    }
    this.#set({
      load: { kind: 'ready' },
      data,
      draftNotice,
      conflict: false,
      serverErrors: new Map(),
      showProblems: false,
    });
  }

  // ---- editing ----------------------------------------------------------------------------

  #change(path: Path, value: unknown): void {
    if (this.state.busy === 'saving') return;
    // Entries moved or removed: a date's chosen precision belonged to a place that is gone.
    if (Array.isArray(value)) {
      const under = `${pointerOf(path)}/`;
      for (const key of this.#precision.keys()) if (key.startsWith(under)) this.#precision.delete(key);
    }
    const data = setIn(this.state.data, path, value);
    const serverErrors = new Map(this.state.serverErrors);
    // A server complaint about a value goes away once the value is changed.
    const pointer = pointerOf(path);
    for (const key of serverErrors.keys()) if (key.startsWith(pointer)) serverErrors.delete(key);
    this.#set({ data, serverErrors, notice: undefined });
    if (!this.#doc) return;
    if (unsavedPatch(this.#doc.data, data) === undefined) clearDraft(this.cvId);
    else this.#keepDraft(data);
  }

  #keepDraft(data: CvData): void {
    if (!this.#doc) return;
    const patch = (mergePatchOf(this.#doc.data, data) ?? {}) as Record<string, unknown>;
    saveDraft(this.cvId, { baseVersion: this.#doc.version, patch, savedAt: new Date().toISOString() });
  }

  #discardDraft(): void {
    clearDraft(this.cvId);
    if (this.#doc) this.#adopt(this.#doc);
    this.#set({ notice: this.#s.draftDiscarded });
  }

  async #reloadLatest(): Promise<void> {
    clearDraft(this.cvId);
    await this.#load();
  }

  /** Flagged values stay marked until the person changes them. */
  #visibleFlags(): Map<string, string> {
    const flags = new Map<string, string>();
    for (const [pointer, flag] of this.#flags) {
      const now = getIn(this.state.data, pathOf(pointer));
      if (JSON.stringify(now ?? null) === JSON.stringify(flag.value ?? null)) flags.set(pointer, flag.reason);
    }
    return flags;
  }

  // ---- saving -----------------------------------------------------------------------------

  /** Sends the edits; `true` when the server has them all. `overwrite` drops the version check. */
  async #save(options: { overwrite?: boolean } = {}): Promise<boolean> {
    const s = this.#s;
    const doc = this.#doc;
    if (!doc) return false;
    // What will be stored becomes what is shown (empty cards go), so every pointer in a complaint,
    // ours or the server's, names a field on the page.
    const data = pruned(this.state.data);
    this.#set({ data });
    const problems = problemsOf(data, s);
    if (problems.size) {
      this.#set({ showProblems: true, error: format(s.fixErrors, { count: problems.size }) });
      this.#focusNext = idOf([...problems.keys()][0]!);
      return false;
    }
    if (!options.overwrite && unsavedPatch(doc.data, data) === undefined) {
      clearDraft(this.cvId);
      this.#set({ notice: s.noChanges, error: undefined, showProblems: false });
      return true;
    }
    this.#set({ busy: 'saving', error: undefined, notice: undefined });
    try {
      // "Save mine over it": this document, exactly, over the one stored now (read again, so the
      // patch is against what is really there and nothing of theirs survives half-way).
      const base = options.overwrite ? await this.api.cvs.getData(this.cvId, { signal: this.#abort.signal }) : doc;
      const patch = mergePatchOf(base.data, data) ?? {};
      const saved = await this.api.cvs.patchData(this.cvId, patch as never, {
        baseVersion: base.version,
        signal: this.#abort.signal,
      });
      clearDraft(this.cvId);
      this.#doc = saved;
      this.#set({
        busy: undefined,
        data: saved.data,
        conflict: false,
        sessionExpired: false,
        draftNotice: undefined,
        serverErrors: new Map(),
        showProblems: false,
        notice: s.saved,
        previewRound: this.state.previewRound + 1,
      });
      return true;
    } catch (error) {
      this.#set({ busy: undefined });
      this.#handleWriteError(error);
      return false;
    }
  }

  #handleWriteError(error: unknown): void {
    const s = this.#s;
    if (error instanceof Resume2WebsiteError) {
      // The choices appear above the form, far from the save button: take the focus there.
      if (error.status === 409) {
        this.#focusNext = 'reload-latest';
        return this.#set({ conflict: true });
      }
      if (error.status === 401) {
        this.#focusNext = 'sign-in-again';
        return this.#set({ sessionExpired: true });
      }
      if (error.status === 422 && error.errors.length) {
        const serverErrors = new Map<string, string>();
        for (const e of error.errors) serverErrors.set(this.#nearestField(e.pointer.replace(/^\/data/, '')), e.message);
        this.#focusNext = idOf([...serverErrors.keys()][0]!);
        return this.#set({
          serverErrors,
          showProblems: true,
          error: format(s.fixErrors, { count: serverErrors.size }),
        });
      }
    }
    this.#set({ error: this.#messageOf(error) });
  }

  #messageOf(error: unknown): string {
    return error instanceof Resume2WebsiteError && error.status !== 0
      ? (error.detail ?? error.title)
      : this.#s.errorGeneric;
  }

  /** The pointer of the control that shows `pointer` (a line of a list shows in the list's box). */
  #nearestField(pointer: string): string {
    let path = pathOf(pointer);
    while (path.length > 1 && !this.renderRoot.querySelector(`#${CSS.escape(idOf(pointerOf(path)))}`)) {
      path = path.slice(0, -1);
    }
    return pointerOf(path);
  }

  // ---- design and publishing --------------------------------------------------------------

  async #chooseTheme(theme: string): Promise<void> {
    this.#set({ busy: 'theme', error: undefined });
    try {
      const current = this.state.portfolio;
      const portfolio = current
        ? await this.api.portfolios.update(current.id, { theme }, { signal: this.#abort.signal })
        : await this.api.portfolios.create({ cv_id: this.cvId, theme }, { signal: this.#abort.signal });
      this.#set({ busy: undefined, portfolio, pane: 'preview', previewRound: this.state.previewRound + 1 });
    } catch (error) {
      this.#set({ busy: undefined });
      this.#handleWriteError(error);
    }
  }

  async #publish(): Promise<void> {
    const portfolio = this.state.portfolio;
    if (!portfolio) return;
    if (this.dirty && !(await this.#save())) return;
    this.#set({ busy: 'publishing', error: undefined, live: undefined });
    try {
      const published = await this.api.portfolios.publish(portfolio.id, { wait: true, signal: this.#abort.signal });
      this.#set({ busy: undefined, portfolio: published, live: published.published_url ?? undefined });
      this.dispatchEvent(new CustomEvent('r2w-published', { bubbles: true, composed: true, detail: published }));
    } catch (error) {
      this.#set({ busy: undefined });
      this.#handleWriteError(error);
    }
  }

  // ---- rendering --------------------------------------------------------------------------

  #context(): EditorContext {
    const s = this.#s;
    const problems = this.state.showProblems ? problemsOf(pruned(this.state.data), s) : new Map<string, string>();
    for (const [pointer, message] of this.state.serverErrors) problems.set(pointer, message);
    return {
      s,
      data: this.state.data,
      flags: this.#visibleFlags(),
      errors: problems,
      lowConfidence: this.#lowConfidence,
      sectionName: (key) => sectionName(this.locale, key),
      defaultTitle: (key) => defaultSectionTitle(this.state.data.meta?.language ?? this.locale, key),
      precision: (pointer) => this.#precision.get(pointer),
      setPrecision: (pointer, precision) => {
        this.#precision.set(pointer, precision);
        this.requestUpdate();
      },
      set: (path, value) => this.#change(path, value),
      focusNext: (id) => (this.#focusNext = id),
      announce: (text) => this.#set({ announcement: text }),
    };
  }

  #renderBanners(s: EditorStrings): TemplateResult {
    const st = this.state;
    return html`<div role="alert">
        ${st.error ? html`<div class="error">${st.error}</div>` : nothing}
        ${
          st.conflict
            ? html`<div class="error conflict">
                <p>${s.conflict}</p>
                <div class="actions">
                  <button type="button" id="reload-latest" @click=${() => void this.#reloadLatest()}>
                    ${s.reloadLatest}
                  </button>
                  <button type="button" class="secondary" @click=${() => void this.#save({ overwrite: true })}>
                    ${s.overwrite}
                  </button>
                </div>
              </div>`
            : nothing
        }
        ${
          st.sessionExpired
            ? html`<div class="error">
                <p>${s.sessionExpired}</p>
                <a
                  class="button"
                  id="sign-in-again"
                  data-draft-kept
                  href="/sign-in?next=${encodeURIComponent(`/cvs/${this.cvId}/edit`)}"
                  >${s.signInAgain}</a
                >
              </div>`
            : nothing
        }
      </div>
      <div role="status">
        ${st.notice ? html`<p class="notice">${st.notice}</p>` : nothing}
        ${
          st.draftNotice
            ? html`<div class="notice draft">
                <p>
                  ${format(st.draftNotice.kind === 'restored' ? s.draftRestored : s.draftOutdated, {
                    time: st.draftNotice.time,
                    current: st.draftNotice.current,
                  })}
                </p>
                <button type="button" class="secondary small" @click=${() => this.#discardDraft()}>
                  ${s.discardDraft}
                </button>
              </div>`
            : nothing
        }
      </div>`;
  }

  #renderNav(s: EditorStrings): TemplateResult {
    const go = (id: string) => {
      const heading = this.renderRoot.querySelector<HTMLElement>(`#h-${id}`);
      heading?.scrollIntoView({ block: 'start' });
      heading?.focus({ preventScroll: true });
    };
    return html`<nav class="sections" aria-label=${s.sectionsNav}>
      <ul>
        ${CV_SECTIONS.map(
          (section) =>
            html`<li>
              <button
                type="button"
                class="chip ${this.state.data[section.key] ? 'filled' : ''} ${this.#lowConfidence.has(section.key) ? 'low' : ''}"
                @click=${() => go(section.key)}
              >
                ${sectionName(this.locale, section.key)}
                ${
                  this.#lowConfidence.has(section.key)
                    ? html`<span class="visually-hidden">(${s.lowConfidenceShort})</span>`
                    : nothing
                }
              </button>
            </li>`,
        )}
        <li><button type="button" class="chip" @click=${() => go('unclassified')}>${s.unclassified}</button></li>
        <li>
          <button type="button" class="chip filled side-link" @click=${() => this.#showSide()}>${s.sidePane}</button>
        </li>
      </ul>
    </nav>`;
  }

  /** On a phone the file and the preview sit below the form: one tap away. */
  #showSide(): void {
    const tab = this.renderRoot.querySelector<HTMLElement>(`#tab-${this.state.pane}`);
    tab?.scrollIntoView({ block: 'start' });
    tab?.focus({ preventScroll: true });
  }

  #renderSide(s: EditorStrings): TemplateResult {
    const st = this.state;
    const cv = this.#cv;
    const tab = (pane: 'original' | 'preview', label: string) =>
      html`<button
        type="button"
        role="tab"
        id="tab-${pane}"
        aria-selected=${st.pane === pane ? 'true' : 'false'}
        aria-controls="pane-${pane}"
        tabindex=${st.pane === pane ? 0 : -1}
        class="tab"
        @click=${() => this.#set({ pane })}
        @keydown=${(e: KeyboardEvent) => {
          if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
          const other = pane === 'original' ? 'preview' : 'original';
          this.#set({ pane: other });
          this.#focusNext = `tab-${other}`;
        }}
      >
        ${label}
      </button>`;
    const fileUrl = `/api/v1/cvs/${this.cvId}/file`;
    const isPdf = cv?.content_type === 'application/pdf';
    const portfolio = st.portfolio;
    const previewOutdated = this.dirty;
    return html`<aside class="side" aria-label=${s.sidePane}>
      <div role="tablist" aria-label=${s.sidePane}>${tab('original', s.original)} ${tab('preview', s.preview)}</div>
      <div role="tabpanel" id="pane-original" aria-labelledby="tab-original" ?hidden=${st.pane !== 'original'}>
        ${
          isPdf
            ? html`<iframe class="original" src="${fileUrl}?disposition=inline" title=${s.originalFrame}></iframe>`
            : html`<p class="muted">${s.originalNotShown}</p>`
        }
        <p><a href=${fileUrl} download>${s.openOriginal}${cv ? ` (${cv.original_filename})` : ''}</a></p>
      </div>
      <div role="tabpanel" id="pane-preview" aria-labelledby="tab-preview" ?hidden=${st.pane !== 'preview'}>
        <h2 id="design-title" class="pane-title">${s.design}</h2>
        ${themeChoices({
          themes: st.themes,
          selected: portfolio?.theme,
          labelledBy: 'design-title',
          disabled: st.busy !== undefined,
          onSelect: (theme) => void this.#chooseTheme(theme),
        })}
        ${
          portfolio
            ? html`${previewOutdated ? html`<p class="flag-note">${s.previewStale}</p>` : nothing}
              ${keyed(
                st.previewRound,
                previewFrame({
                  url: portfolio.preview_url ?? undefined,
                  width: st.width,
                  labels: { group: s.preview, desktop: s.desktop, phone: s.phone, frame: s.previewFrame },
                  onWidth: (width) => this.#set({ width }),
                }),
              )}
              ${this.#renderPublish(s, portfolio)}`
            : nothing
        }
      </div>
    </aside>`;
  }

  #renderPublish(s: EditorStrings, portfolio: Portfolio): TemplateResult {
    const st = this.state;
    const live = st.live ?? (portfolio.status === 'published' ? (portfolio.published_url ?? undefined) : undefined);
    const mustPay = this.paymentsEnabled && !portfolio.paid;
    return html`<div class="publish">
      ${
        live
          ? html`<p class="live" role="status">${s.live} <a href=${live} target="_blank" rel="noopener">${live}</a></p>`
          : html`<p class="muted">${s.publishHint}</p>`
      }
      ${
        mustPay
          ? html`<a class="button" href="/create?cv=${this.cvId}">${s.continueToPay}</a>`
          : html`<button type="button" ?disabled=${st.busy !== undefined} @click=${() => void this.#publish()}>
              ${st.busy === 'publishing' ? s.publishing : live ? s.republish : s.publish}
            </button>`
      }
    </div>`;
  }

  override render(): TemplateResult {
    const s = this.#s;
    const st = this.state;
    if (st.load.kind === 'loading') return html`<p role="status" class="muted">…</p>`;
    if (st.load.kind === 'failed') return html`<div role="alert" class="error">${st.load.message}</div>`;
    if (st.load.kind === 'no-data') return html`<p class="notice">${s.noData}</p>`;
    const ctx = this.#context();
    const dirty = this.dirty;
    const unclassified = longTextControl(
      {
        s,
        id: 'f-unclassifiedText',
        label: s.unclassified,
        value: st.data.unclassifiedText,
        onChange: (value) => this.#change(['unclassifiedText'], value),
        error: ctx.errors.get('/unclassifiedText'),
      },
      CV_RULES.unclassifiedTextMaxLength,
      s.unclassifiedHint,
    );
    return html`<p class="lead">${s.intro}</p>
      ${this.#renderBanners(s)}
      <div class="layout">
        <div class="form-column">
          ${this.#renderNav(s)}
          <form
            novalidate
            ?inert=${st.busy === 'saving'}
            @submit=${(e: Event) => {
              e.preventDefault();
              void this.#save();
            }}
          >
            ${CV_SECTIONS.map((section) => sectionEditor(ctx, section))}
            <section class="cv-section" aria-labelledby="h-unclassified">
              <h2 id="h-unclassified" tabindex="-1">${s.unclassified}</h2>
              ${unclassified}
            </section>
            <div class="save-bar">
              <span class="muted" aria-live="polite">${dirty ? s.unsaved : s.allSaved}</span>
              <button type="submit" ?disabled=${st.busy !== undefined}>
                ${st.busy === 'saving' ? s.saving : s.save}
              </button>
            </div>
          </form>
        </div>
        ${this.#renderSide(s)}
      </div>
      <div class="visually-hidden" aria-live="polite">${st.announcement}</div>`;
  }
}
