import {
  Resume2Website,
  Resume2WebsiteError,
  type CvData,
  type Portfolio,
  type Theme,
  type components,
} from '@resume2website/sdk';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { checkFile, describeTypes, formatBytes } from './file-check.js';
import type { FlowState, Step } from './flow-state.js';
import { format, pickLocale, stringsFor, type Locale, type Strings } from './i18n/index.js';
import { loadFlow, saveFlow, storageKey } from './session-store.js';
import { doneStep } from './steps/done-step.js';
import { payStep } from './steps/pay-step.js';
import { previewStep } from './steps/preview-step.js';
import { progressStep, type Stage } from './steps/progress-step.js';
import { reviewStep } from './steps/review-step.js';
import { themeStep } from './steps/theme-step.js';
import { uploadStep } from './steps/upload-step.js';
import type { MountedCheckout } from './stripe-checkout.js';
import { widgetStyles } from './styles.js';
import { emit, type WidgetEventMap } from './widget-events.js';

type ClientConfig = components['schemas']['ClientConfig'];

/** What the shadow DOM shows; replaced as a whole on every change. */
interface View {
  step: Step;
  loading: boolean;
  busy: boolean;
  dragOver: boolean;
  error: { code: string; message: string } | undefined;
  stage: Stage;
  failed: boolean;
  data: CvData;
  notice: string | undefined;
  themes: Theme[];
  selectedTheme: string | undefined;
  previewUrl: string | undefined;
  width: 'desktop' | 'phone';
  paid: boolean;
  publishedUrl: string | undefined;
  copied: boolean;
}

const INITIAL_VIEW: View = {
  step: 'upload',
  loading: true,
  busy: false,
  dragOver: false,
  error: undefined,
  stage: 'queued',
  failed: false,
  data: {},
  notice: undefined,
  themes: [],
  selectedTheme: undefined,
  previewUrl: undefined,
  width: 'desktop',
  paid: false,
  publishedUrl: undefined,
  copied: false,
};

const STEPPER: { label: keyof Strings; steps: Step[] }[] = [
  { label: 'stepUpload', steps: ['upload', 'progress'] },
  { label: 'stepReview', steps: ['review'] },
  { label: 'stepTheme', steps: ['theme'] },
  { label: 'stepPreview', steps: ['preview'] },
  { label: 'stepPublish', steps: ['pay', 'done'] },
];

const POLL_MS = 1500;
const PUBLISH_TIMEOUT_MS = 180_000;

/**
 * `<r2w-widget>`: upload → progress → review → theme → preview → pay/publish → done, against the
 * RESUME2WEBSITE API, inside its own shadow DOM. See docs/widget.md for the interface.
 *
 * @tagname r2w-widget
 * @fires r2w-ready - The widget has its configuration and is ready for a file. `detail`: `{}`.
 * @fires r2w-uploaded - The file was accepted. `detail`: `{cv_id}`.
 * @fires r2w-extracted - The CV was read. `detail`: `{cv_id, extraction_id}`.
 * @fires r2w-preview - A preview is shown. `detail`: `{portfolio_id, preview_url}`.
 * @fires r2w-checkout - Stripe's checkout is mounted. `detail`: `{portfolio_id}`.
 * @fires r2w-paid - The checkout completed. `detail`: `{portfolio_id}`.
 * @fires r2w-published - The site is live. `detail`: `{portfolio_id, url}`.
 * @fires r2w-error - Something failed; the widget shows it too. `detail`: `{code, message}`.
 * @csspart dropzone - The upload area (also the drop target).
 * @csspart button - Every button.
 * @csspart stepper - The list of steps at the top.
 * @csspart preview - The sandboxed preview frame.
 * @csspart error - The error message region.
 * @cssprop --r2w-color-primary - Buttons, links and focus rings (default: the tenant's brand colour).
 * @cssprop --r2w-color-surface - The widget's background.
 * @cssprop --r2w-color-text - The widget's text.
 * @cssprop --r2w-radius - Corner radius of cards, fields and buttons.
 * @cssprop --r2w-font-family - The widget's font.
 */
export class R2wWidget extends LitElement {
  static override styles = widgetStyles;

  static override properties = {
    apiBase: { attribute: 'api-base' },
    publishableKey: { attribute: 'publishable-key' },
    locale: {},
    theme: {},
    colorScheme: { attribute: 'color-scheme', reflect: true },
    sessionToken: { attribute: false },
    cv: { attribute: false },
    strings: { attribute: false },
    view: { state: true },
  };

  /** `api-base`: the API's origin, e.g. `https://api.example.com`. */
  declare apiBase: string | undefined;
  /** `publishable-key`: the tenant's `pk_…`. */
  declare publishableKey: string | undefined;
  /** `locale`: `en`, `es`, `fr` or `de`; defaults to the browser's language. */
  declare locale: string | undefined;
  /** `theme`: the theme id to preselect. */
  declare theme: string | undefined;
  /** `color-scheme`: `light`, `dark` or `auto` (the default, following the system). */
  declare colorScheme: 'light' | 'dark' | 'auto' | undefined;
  /** A signed-in user's session token, set by the host page; without it the widget starts a guest session. */
  declare sessionToken: string | undefined;
  /** Start from an existing CV (its id) instead of an upload. */
  declare cv: string | undefined;
  /** Overrides for any text the widget shows. */
  declare strings: Partial<Strings> | undefined;
  declare protected view: View;

  #client: Resume2Website | undefined;
  #config: ClientConfig | undefined;
  #flow: FlowState = { step: 'upload' };
  #storageKey = '';
  #docVersion: number | undefined;
  #abort = new AbortController();
  #checkout: MountedCheckout | undefined;
  #started = false;
  /** The person has used the widget (pointer or key), so a new step may take the focus. */
  #interacted = false;
  /** A step changed while the focus was in the widget or lost: its heading takes the focus once shown. */
  #focusHeading = false;

  constructor() {
    super();
    this.apiBase = undefined;
    this.publishableKey = undefined;
    this.locale = undefined;
    this.theme = undefined;
    this.colorScheme = undefined;
    this.sessionToken = undefined;
    this.cv = undefined;
    this.strings = undefined;
    this.view = INITIAL_VIEW;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.#started) return;
    this.#started = true;
    this.#abort = new AbortController();
    // Properties set right after the element is created (sessionToken, cv) land before this runs.
    queueMicrotask(() => void this.#start());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#abort.abort();
    this.#checkout?.destroy();
    this.#checkout = undefined;
    this.#started = false;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('sessionToken') && this.#client && this.sessionToken) this.#client.token = this.sessionToken;
    if (this.#focusHeading) this.#moveFocusToHeading();
  }

  /**
   * Keyboard and screen-reader users land on the new step's heading instead of the page's top (the
   * button they pressed is gone). Never taken from the host page: only after the person used the
   * widget, and only when the focus is in the widget or was lost with the old step.
   */
  #moveFocusToHeading(): void {
    const heading = this.renderRoot.querySelector<HTMLElement>('h2');
    if (!heading) return; // still loading: the next update shows it
    this.#focusHeading = false;
    heading.tabIndex = -1;
    // No jump: the page must not move under the pointer of someone who just clicked (keyboard users
    // get the next Tab stop scrolled into view by the browser).
    heading.focus({ preventScroll: true });
  }

  #noteStepChange(): void {
    const active = document.activeElement;
    if (this.#interacted && (!active || active === document.body || active === this)) this.#focusHeading = true;
  }

  readonly #markInteracted = (): void => {
    this.#interacted = true;
  };

  get #locale(): Locale {
    return pickLocale(this.locale, globalThis.navigator?.language);
  }

  get #s(): Strings {
    return stringsFor(this.#locale, this.strings);
  }

  #set(patch: Partial<View>): void {
    this.view = { ...this.view, ...patch };
  }

  #go(step: Step, patch: Partial<View> = {}): void {
    if (step !== this.view.step) this.#noteStepChange();
    this.#flow = { ...this.#flow, step };
    this.#save();
    this.#set({ step, error: undefined, notice: undefined, busy: false, ...patch });
  }

  #save(): void {
    // A signed-in user's token belongs to the host page, never to this widget's storage.
    const { token, ...rest } = this.#flow;
    saveFlow(this.#storageKey, this.sessionToken ? rest : { ...rest, ...(token && { token }) });
  }

  #emit<K extends keyof WidgetEventMap>(name: K, detail: WidgetEventMap[K]): void {
    emit(this, name, detail);
  }

  /** Shows a problem in the error region and fires `r2w-error`. */
  #fail(error: unknown): void {
    if (this.#abort.signal.aborted) return;
    const s = this.#s;
    let code = 'internal-error';
    let message = s.errorGeneric;
    if (error instanceof Resume2WebsiteError) {
      code = error.code;
      if (error.status !== 0) message = error.detail ?? error.title ?? message;
      else if (error.code === 'network-error') message = s.errorUnreachable;
    } else if (typeof error === 'object' && error && 'code' in error && 'message' in error) {
      code = String(error.code);
      message = String(error.message);
    }
    this.#set({ error: { code, message }, busy: false, loading: false });
    this.#emit('r2w-error', { code, message });
  }

  get #api(): Resume2Website {
    if (!this.#client) throw new Error('The widget has not started.');
    return this.#client;
  }

  async #start(): Promise<void> {
    const apiBase = (this.apiBase ?? '').replace(/\/+$/, '');
    if (!apiBase) {
      this.#fail({ code: 'configuration', message: 'The api-base attribute is required.' });
      return;
    }
    this.#storageKey = storageKey(apiBase, this.publishableKey ?? '');
    this.#flow = loadFlow(this.#storageKey);
    const token = this.sessionToken ?? this.#flow.token;
    this.#client = new Resume2Website({
      baseUrl: apiBase,
      ...(this.publishableKey && { publishableKey: this.publishableKey }),
      ...(token && { token }),
      maxRetries: 1,
    });
    try {
      const { data, error, response } = await this.#api.raw.GET('/api/v1/config', {
        signal: this.#abort.signal,
      });
      if (!data) throw Resume2WebsiteError.fromResponse(response, error);
      this.#config = data;
      this.#applyBranding(data);
      if (this.cv && this.cv !== this.#flow.cvId) {
        const kept = this.#flow.token;
        this.#flow = { step: 'review', cvId: this.cv, ...(kept && { token: kept }) };
        this.#save();
      }
      this.#set({ loading: false, step: this.#flow.step, selectedTheme: this.#flow.theme ?? this.theme });
      await this.updateComplete;
      this.#emit('r2w-ready', {});
      await this.#resume();
    } catch (error) {
      this.#fail(error);
    }
  }

  #applyBranding(config: ClientConfig): void {
    const primary = config.tenant?.branding.primary_color;
    // CSSOM, not a style attribute: allowed under a strict style-src.
    if (primary) {
      this.style.setProperty('--_r2w-brand-primary', primary);
      this.style.setProperty('--_r2w-brand-primary-dark', primary);
    }
  }

  /** After a reload: picks the flow up where the saved step left it. */
  async #resume(): Promise<void> {
    const flow = this.#flow;
    try {
      switch (flow.step) {
        case 'upload':
          return;
        case 'progress':
          if (!flow.extractionId) return this.#restart();
          return await this.#watch(flow.extractionId);
        case 'review':
          if (!flow.cvId) return this.#restart();
          return await this.#loadDocument();
        case 'theme':
          return await this.#loadThemes();
        case 'preview':
        case 'pay': {
          if (!flow.portfolioId) return this.#restart();
          const portfolio = await this.#api.portfolios.get(flow.portfolioId, { signal: this.#abort.signal });
          if (portfolio.status === 'published' && portfolio.published_url) return this.#finish(portfolio, false);
          if (flow.step === 'pay' && (portfolio.paid || (await this.#checkoutCompleted(portfolio.id)))) {
            // Paid, and the webhook is on its way (or done): wait for the site, never a second checkout.
            this.#go('pay', { paid: true });
            return await this.#awaitPublished(portfolio.id);
          }
          this.#go('preview', { previewUrl: portfolio.preview_url ?? undefined });
          // Reloaded in the middle of paying: open the checkout again rather than send them back a step.
          if (flow.step === 'pay') await this.#pay(portfolio.id);
          return;
        }
        case 'done': {
          if (!flow.portfolioId) return this.#restart();
          const portfolio = await this.#api.portfolios.get(flow.portfolioId, { signal: this.#abort.signal });
          return this.#finish(portfolio, false);
        }
      }
    } catch (error) {
      // A session or resource that is gone (expired guest, deleted CV): start over, and say why.
      if (error instanceof Resume2WebsiteError && (error.status === 401 || error.status === 404)) {
        this.#restart();
      }
      this.#fail(error);
    }
  }

  /** Whether the checkout this flow started was completed at Stripe (the webhook may still be coming). */
  async #checkoutCompleted(portfolioId: string): Promise<boolean> {
    const sessionId = this.#flow.checkoutSessionId;
    if (!sessionId) return false;
    const state = await this.#api.portfolios.getCheckout(portfolioId, sessionId, { signal: this.#abort.signal });
    return state.status === 'complete' && state.payment_status !== 'unpaid';
  }

  #restart(): void {
    this.#checkout?.destroy();
    this.#checkout = undefined;
    const token = this.#flow.token;
    this.#flow = { step: 'upload', ...(token && { token }) };
    this.#go('upload', {
      failed: false,
      stage: 'queued',
      data: {},
      previewUrl: undefined,
      paid: false,
      publishedUrl: undefined,
      copied: false,
      selectedTheme: this.theme,
    });
  }

  async #ensureSession(): Promise<void> {
    const api = this.#api;
    if (this.sessionToken) api.token = this.sessionToken;
    if (api.token) return;
    // Served from the API's own origin (the hosted site), a signed-in person's session is the
    // http-only cookie the browser sends by itself: use it rather than start a guest beside it.
    if (this.#sameOrigin && (await this.#cookieSession())) return;
    await api.auth.guest({ signal: this.#abort.signal });
    if (api.token) {
      this.#flow = { ...this.#flow, token: api.token };
      this.#save(); // a reload keeps this guest, even if the upload then fails
    }
  }

  get #sameOrigin(): boolean {
    try {
      return new URL(this.apiBase ?? '', globalThis.location?.href).origin === globalThis.location?.origin;
    } catch {
      return false;
    }
  }

  async #cookieSession(): Promise<boolean> {
    return (await this.#api.auth.current({ signal: this.#abort.signal })) !== null;
  }

  async #upload(file: File): Promise<void> {
    const s = this.#s;
    const config = this.#config;
    if (!config || this.view.busy) return;
    const refusal = checkFile(file, config.accepted_file_types, config.max_upload_bytes);
    if (refusal) {
      const message =
        refusal.reason === 'type'
          ? format(s.uploadWrongType, { types: describeTypes(config.accepted_file_types) })
          : format(s.uploadTooLarge, {
              size: formatBytes(file.size, this.#locale),
              max: formatBytes(config.max_upload_bytes, this.#locale),
            });
      this.#fail({ code: refusal.reason === 'type' ? 'unsupported-media-type' : 'payload-too-large', message });
      return;
    }
    this.#set({ busy: true, error: undefined });
    try {
      await this.#ensureSession();
      const cv = await this.#api.cvs.upload(file, { filename: file.name, signal: this.#abort.signal });
      const extractionId = cv.extraction?.id;
      this.#flow = { ...this.#flow, cvId: cv.id, ...(extractionId && { extractionId }) };
      this.#go('progress', { stage: 'queued', failed: false });
      this.#emit('r2w-uploaded', { cv_id: cv.id });
      if (extractionId) await this.#watch(extractionId);
      else await this.#loadDocument();
    } catch (error) {
      this.#fail(error);
    }
  }

  /** Follows one extraction's events (the SDK falls back to polling where streaming fails). */
  async #watch(extractionId: string): Promise<void> {
    this.#set({ failed: false, stage: 'queued' });
    for await (const event of this.#api.extractions.events(extractionId, { signal: this.#abort.signal })) {
      const extraction = event.extraction;
      if (event.type === 'succeeded') {
        this.#set({ stage: 'done' });
        this.#emit('r2w-extracted', { cv_id: extraction.cv_id, extraction_id: extraction.id });
        this.#flow = { ...this.#flow, cvId: extraction.cv_id };
        this.#go('review');
        await this.#loadDocument();
        return;
      }
      if (event.type === 'failed') {
        this.#set({ failed: true });
        this.#fail({
          code: extraction.error?.code ?? 'extraction-failed',
          message: extraction.error?.message ?? this.#s.extractionFailed,
        });
        return;
      }
      const stage = extraction.status === 'running' ? (extraction.stage ?? 'reading') : 'queued';
      if (stage === 'reading' || stage === 'extracting' || stage === 'validating' || stage === 'queued') {
        this.#set({ stage });
      }
    }
  }

  async #retryExtraction(): Promise<void> {
    const cvId = this.#flow.cvId;
    if (!cvId) return this.#restart();
    this.#set({ busy: true, error: undefined });
    try {
      const extraction = await this.#api.cvs.extract(cvId, { force: true, signal: this.#abort.signal });
      this.#flow = { ...this.#flow, extractionId: extraction.id };
      this.#go('progress', { failed: false, stage: 'queued' });
      await this.#watch(extraction.id);
    } catch (error) {
      this.#set({ failed: true });
      this.#fail(error);
    }
  }

  async #loadDocument(): Promise<void> {
    const cvId = this.#flow.cvId;
    if (!cvId) return;
    this.#set({ loading: true });
    const doc = await this.#api.cvs.getData(cvId, { signal: this.#abort.signal });
    this.#docVersion = doc.version;
    this.#set({ data: doc.data, loading: false });
  }

  async #saveDocument(): Promise<void> {
    const cvId = this.#flow.cvId;
    if (!cvId) return;
    this.#set({ busy: true, error: undefined, notice: undefined });
    try {
      const doc = await this.#api.cvs.updateData(cvId, this.view.data, {
        ...(this.#docVersion !== undefined && { baseVersion: this.#docVersion }),
        signal: this.#abort.signal,
      });
      this.#docVersion = doc.version;
      this.#go('theme');
      await this.#loadThemes();
    } catch (error) {
      if (error instanceof Resume2WebsiteError && error.status === 409) {
        try {
          await this.#loadDocument();
          this.#set({ busy: false, notice: this.#s.conflict });
        } catch (reloadError) {
          this.#fail(reloadError);
        }
        return;
      }
      this.#fail(error);
    }
  }

  async #loadThemes(): Promise<void> {
    this.#set({ loading: true });
    try {
      const themes = await this.#api.themes.list({ signal: this.#abort.signal });
      const wanted = this.view.selectedTheme ?? this.theme;
      const selectedTheme = themes.some((t) => t.id === wanted) ? wanted : themes[0]?.id;
      this.#set({ themes, selectedTheme, loading: false });
    } catch (error) {
      this.#fail(error);
    }
  }

  async #showPreview(): Promise<void> {
    const { cvId, portfolioId } = this.#flow;
    const theme = this.view.selectedTheme;
    if (!cvId || !theme) return;
    this.#set({ busy: true, error: undefined });
    try {
      const portfolio = portfolioId
        ? await this.#api.portfolios.update(portfolioId, { theme }, { signal: this.#abort.signal })
        : await this.#api.portfolios.create({ cv_id: cvId, theme }, { signal: this.#abort.signal });
      this.#flow = { ...this.#flow, portfolioId: portfolio.id, theme };
      const previewUrl = portfolio.preview_url ?? undefined;
      this.#go('preview', { previewUrl });
      if (previewUrl) this.#emit('r2w-preview', { portfolio_id: portfolio.id, preview_url: previewUrl });
    } catch (error) {
      this.#fail(error);
    }
  }

  async #publish(): Promise<void> {
    const portfolioId = this.#flow.portfolioId;
    if (!portfolioId || !this.#config) return;
    if (this.#config.payments_enabled) return this.#pay(portfolioId);
    this.#set({ busy: true, error: undefined });
    try {
      const portfolio = await this.#api.portfolios.publish(portfolioId, {
        wait: true,
        timeoutMs: PUBLISH_TIMEOUT_MS,
        signal: this.#abort.signal,
      });
      this.#finish(portfolio, true);
    } catch (error) {
      this.#fail(error);
    }
  }

  /** Payments on: Stripe Embedded Checkout, with Stripe.js loaded only now (a separate chunk). */
  async #pay(portfolioId: string): Promise<void> {
    this.#set({ busy: true, error: undefined });
    try {
      const session = await this.#api.portfolios.checkout(portfolioId, { signal: this.#abort.signal });
      this.#flow = { ...this.#flow, checkoutSessionId: session.checkout_session_id };
      this.#go('pay', { paid: false });
      this.#emit('r2w-checkout', { portfolio_id: portfolioId });
      await this.updateComplete;
      const element = this.renderRoot.querySelector<HTMLElement>('#checkout');
      if (!element) return;
      const { mountCheckout } = await import('./stripe-checkout.js');
      this.#checkout?.destroy();
      this.#checkout = await mountCheckout({
        publishableKey: session.publishable_key,
        clientSecret: session.client_secret,
        element,
        onComplete: () => void this.#afterPayment(portfolioId),
      });
    } catch (error) {
      this.#fail(error);
    }
  }

  async #afterPayment(portfolioId: string): Promise<void> {
    this.#checkout?.destroy();
    this.#checkout = undefined;
    this.#set({ paid: true });
    this.#emit('r2w-paid', { portfolio_id: portfolioId });
    try {
      await this.#awaitPublished(portfolioId);
    } catch (error) {
      this.#fail(error);
    }
  }

  /** The server publishes by itself once Stripe confirms the payment: wait for it. */
  async #awaitPublished(portfolioId: string): Promise<void> {
    const deadline = Date.now() + PUBLISH_TIMEOUT_MS;
    const signal = this.#abort.signal;
    while (!signal.aborted) {
      const portfolio = await this.#api.portfolios.get(portfolioId, { signal });
      if (portfolio.status === 'published') return this.#finish(portfolio, true);
      if (portfolio.status === 'failed' || Date.now() > deadline) {
        throw new Resume2WebsiteError({
          status: 0,
          type: 'publish-failed',
          code: 'publish-failed',
          title: this.#s.errorTitle,
          detail: this.#s.errorGeneric,
          body: undefined,
        });
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }

  #finish(portfolio: Portfolio, announce: boolean): void {
    const url = portfolio.published_url;
    if (!url) {
      this.#go('preview', { previewUrl: portfolio.preview_url ?? undefined });
      return;
    }
    this.#go('done', { publishedUrl: url });
    if (announce) this.#emit('r2w-published', { portfolio_id: portfolio.id, url });
  }

  async #copy(): Promise<void> {
    const url = this.view.publishedUrl;
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url);
      this.#set({ copied: true });
    } catch {
      // Clipboard refused (permissions, insecure page): select the address so Ctrl+C copies it.
      const link = this.renderRoot.querySelector('.live a');
      if (link) globalThis.getSelection()?.selectAllChildren(link);
    }
  }

  #renderStepper(s: Strings): TemplateResult {
    return html`<ol part="stepper" class="stepper" aria-label=${s.stepsLabel}>
      ${STEPPER.map(
        (item) =>
          html`<li aria-current=${item.steps.includes(this.view.step) ? 'step' : nothing}>${s[item.label]}</li>`,
      )}
    </ol>`;
  }

  #renderStep(s: Strings): TemplateResult | typeof nothing {
    const v = this.view;
    if (v.loading && v.step !== 'progress') return html`<p class="muted" role="status">${s.loading}</p>`;
    switch (v.step) {
      case 'upload':
        if (!this.#config) return nothing;
        return uploadStep({
          strings: s,
          locale: this.#locale,
          accept: this.#config.accepted_file_types,
          maxBytes: this.#config.max_upload_bytes,
          busy: v.busy,
          dragOver: v.dragOver,
          onFile: (file) => void this.#upload(file),
          onDragOver: (dragOver) => this.#set({ dragOver }),
        });
      case 'progress':
        return progressStep({
          strings: s,
          stage: v.stage,
          failed: v.failed,
          onRetry: () => void this.#retryExtraction(),
          onRestart: () => this.#restart(),
        });
      case 'review':
        return reviewStep({
          strings: s,
          data: v.data,
          busy: v.busy,
          notice: v.notice,
          onChange: (data) => this.#set({ data }),
          onSave: () => void this.#saveDocument(),
        });
      case 'theme':
        return themeStep({
          strings: s,
          themes: v.themes,
          selected: v.selectedTheme,
          busy: v.busy,
          onSelect: (selectedTheme) => this.#set({ selectedTheme }),
          onContinue: () => void this.#showPreview(),
          onBack: () => {
            this.#go('review');
            void this.#loadDocument().catch((error: unknown) => this.#fail(error));
          },
        });
      case 'preview':
        return previewStep({
          strings: s,
          previewUrl: v.previewUrl,
          width: v.width,
          paymentsEnabled: this.#config?.payments_enabled ?? false,
          price: this.#priceText(),
          busy: v.busy,
          onWidth: (width) => this.#set({ width }),
          onBack: () => {
            this.#go('theme');
            void this.#loadThemes();
          },
          onPublish: () => void this.#publish(),
        });
      case 'pay':
        return payStep({
          strings: s,
          paid: v.paid,
          onBack: () => {
            this.#checkout?.destroy();
            this.#checkout = undefined;
            this.#go('preview');
          },
        });
      case 'done':
        return doneStep({
          strings: s,
          url: v.publishedUrl ?? '',
          copied: v.copied,
          onCopy: () => void this.#copy(),
          onRestart: () => this.#restart(),
        });
    }
  }

  #priceText(): string | undefined {
    const price = this.#config?.price;
    if (!price) return undefined;
    return new Intl.NumberFormat(this.#locale, { style: 'currency', currency: price.currency.toUpperCase() }).format(
      price.amount / 100,
    );
  }

  #renderBrand(): TemplateResult | typeof nothing {
    const branding = this.#config?.tenant?.branding;
    if (!branding?.display_name && !branding?.logo_url) return nothing;
    return html`<div class="brand">
      ${branding.logo_url ? html`<img src=${branding.logo_url} alt="" />` : nothing}
      <span>${branding.display_name ?? ''}</span>
    </div>`;
  }

  override render(): TemplateResult {
    const s = this.#s;
    const error = this.view.error;
    return html`<div lang=${this.#locale} @keydown=${this.#markInteracted} @pointerdown=${this.#markInteracted}>
      ${this.#renderBrand()} ${this.#renderStepper(s)}
      <div role="alert">
        ${
          error
            ? html`<div part="error" class="error"><strong>${s.errorTitle}</strong><br />${error.message}</div>`
            : nothing
        }
      </div>
      ${this.#renderStep(s)}
    </div>`;
  }
}
