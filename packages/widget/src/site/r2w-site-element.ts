import {
  Resume2Website,
  Resume2WebsiteError,
  type CurrentUser,
  type Cv,
  type Portfolio,
  type Theme,
  type components,
} from '@resume2website/sdk';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { format, type Locale } from '../i18n/index.js';
import type { SiteStrings } from './i18n/en.js';
import { clearAllDrafts } from './editor/draft-store.js';
import { downloadJson } from './download-json.js';
import { accountPage } from './pages/account-page.js';
import { authPage } from './pages/auth-page.js';
import { checkoutReturnPage, type ReturnState } from './pages/checkout-return-page.js';
import { createPage } from './pages/create-page.js';
import { dashboardPage } from './pages/dashboard-page.js';
import { editorPage } from './pages/editor-page.js';
import { forgotPasswordPage } from './pages/forgot-password-page.js';
import { landingPage } from './pages/landing-page.js';
import { notFoundPage } from './pages/not-found-page.js';
import { resetPasswordPage } from './pages/reset-password-page.js';
import { verifyEmailPage, type VerifyState } from './pages/verify-email-page.js';
import { isAppPath, matchRoute, type Route } from './routes.js';
import { initialLocale, LOCALE_NAMES, rememberLocale, siteStrings } from './site-locale.js';
import { siteStyles } from './site-styles.js';

type ClientConfig = components['schemas']['ClientConfig'];

/** What the page shows; replaced as a whole on every change. */
interface SiteView {
  route: Route;
  ready: boolean;
  busy: boolean;
  error: string | undefined;
  notice: string | undefined;
  fieldErrors: Record<string, string>;
  themes: Theme[];
  cvs: Cv[];
  portfolios: Portfolio[];
  confirming: string | undefined;
  returnState: ReturnState;
  published: boolean;
  /** The CV the creation flow just uploaded (the full editor is offered for it). */
  uploaded: string | undefined;
  /** `/reset-password`: `false` once its link is known not to work. */
  linkValid: boolean;
  /** `/verify-email`: where checking its link stands. */
  verifyState: VerifyState;
}

const POLL_MS = 2000;

/** A mailed link that is used up, expired or replaced (`400 invalid-token`). */
function isInvalidLink(error: unknown): boolean {
  return error instanceof Resume2WebsiteError && error.code === 'invalid-token';
}
const RETURN_TIMEOUT_MS = 180_000;

/**
 * `<r2w-site>`: the hosted reference site, one element over the whole page. It talks to the API on
 * its own origin through the SDK; the person's session is the http-only cookie the API sets, so no
 * token is ever stored by this code.
 */
export class R2wSite extends LitElement {
  static override styles = siteStyles;
  static override properties = { view: { state: true }, user: { state: true }, locale: { state: true } };

  declare protected view: SiteView;
  /** `null` when signed out; `undefined` until known. */
  declare protected user: CurrentUser | null | undefined;
  declare protected locale: Locale;

  readonly #api = new Resume2Website({ baseUrl: location.origin, maxRetries: 1 });
  #config: ClientConfig | undefined;
  #abort = new AbortController();
  #poll: ReturnType<typeof setTimeout> | undefined;
  #focusTitle = false;

  constructor() {
    super();
    this.locale = initialLocale();
    this.user = undefined;
    this.view = {
      route: matchRoute(new URL(location.href)),
      ready: false,
      busy: false,
      error: undefined,
      notice: undefined,
      fieldErrors: {},
      themes: [],
      cvs: [],
      portfolios: [],
      confirming: undefined,
      returnState: { kind: 'waiting' },
      published: false,
      uploaded: undefined,
      linkValid: true,
      verifyState: 'checking',
    };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('popstate', this.#onPopState);
    this.addEventListener('click', this.#onClick);
    this.addEventListener('r2w-published', this.#onPublished);
    this.addEventListener('r2w-uploaded', this.#onUploaded);
    this.addEventListener('r2w-extracted', this.#onExtracted);
    void this.#start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('popstate', this.#onPopState);
    this.removeEventListener('click', this.#onClick);
    this.removeEventListener('r2w-published', this.#onPublished);
    this.removeEventListener('r2w-uploaded', this.#onUploaded);
    this.removeEventListener('r2w-extracted', this.#onExtracted);
    this.#abort.abort();
    clearTimeout(this.#poll);
  }

  get #s(): SiteStrings {
    return siteStrings(this.locale);
  }

  #set(patch: Partial<SiteView>): void {
    this.view = { ...this.view, ...patch };
  }

  async #start(): Promise<void> {
    // The landing page's designs need no session: ask for them at once, beside the session.
    if (this.view.route.name === 'home') this.#loadThemes().catch(() => undefined);
    try {
      const { data, error, response } = await this.#api.raw.GET('/api/v1/config', { signal: this.#abort.signal });
      if (!data) throw Resume2WebsiteError.fromResponse(response, error);
      this.#config = data;
      this.user = await this.#currentUser();
    } catch (error) {
      this.#fail(error);
    }
    this.#set({ ready: true });
    await this.#enter(this.view.route);
  }

  /** Who is signed in, if anyone: asked without an error answer, so a signed-out visit logs nothing. */
  #currentUser(): Promise<CurrentUser | null> {
    return this.#api.auth.current({ signal: this.#abort.signal });
  }

  // ---- navigation -------------------------------------------------------------------------

  readonly #onPopState = (): void => {
    void this.#enter(matchRoute(new URL(location.href)));
  };

  /** Links to the app's own pages change the page without a reload; everything else is a normal link. */
  readonly #onClick = (event: MouseEvent): void => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    const anchor = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
    if (!anchor || anchor.target || anchor.hasAttribute('download') || anchor.origin !== location.origin) return;
    if (!isAppPath(anchor.pathname)) return;
    event.preventDefault();
    // The editor's own "sign in again" keeps the draft by design: nothing to warn about.
    if (!anchor.hasAttribute('data-draft-kept') && !this.#mayLeave()) return;
    this.navigate(anchor.pathname + anchor.search);
  };

  /** The editor asks before its unsaved edits are left behind (they stay in the local draft either way). */
  #mayLeave(): boolean {
    const editor = this.renderRoot.querySelector('r2w-cv-editor');
    return !editor || typeof editor.confirmLeave !== 'function' || editor.confirmLeave();
  }

  /** Goes to a page of the app (history entry, focus on its title). */
  navigate(path: string, options: { replace?: boolean } = {}): void {
    if (options.replace) history.replaceState(null, '', path);
    else history.pushState(null, '', path);
    this.#focusTitle = true;
    void this.#enter(matchRoute(new URL(location.href)));
  }

  async #enter(route: Route): Promise<void> {
    clearTimeout(this.#poll);
    this.#set({
      route,
      error: undefined,
      fieldErrors: {},
      confirming: undefined,
      published: false,
      uploaded: undefined,
      linkValid: route.name !== 'reset-password' || Boolean(route.token),
      verifyState: 'checking',
    });
    const needsSession = route.name === 'dashboard' || route.name === 'account' || route.name === 'editor';
    if (needsSession && this.user === null) {
      const next = location.pathname + location.search;
      this.#set({ notice: this.#s.signInNeeded });
      this.navigate(`/sign-in?next=${encodeURIComponent(next)}`, { replace: true });
      return;
    }
    if (route.name !== 'sign-in') this.#set({ notice: undefined });
    try {
      switch (route.name) {
        case 'home':
          return await this.#loadThemes();
        case 'dashboard':
          return await this.#loadDashboard();
        case 'checkout-return':
          return await this.#followCheckout(route.portfolioId, route.sessionId);
        case 'verify-email':
          return await this.#verifyEmail(route.token);
        case 'create':
          (await import('../define.js')).defineR2wWidget();
          return;
        case 'editor':
          await import('./editor/define-cv-editor.js');
          return;
        default:
          return;
      }
    } catch (error) {
      this.#fail(error);
    }
  }

  protected override updated(): void {
    const s = this.#s;
    document.documentElement.lang = this.locale;
    document.title = `${this.#titleOf(this.view.route, s)} · ${s.brand}`;
    if (this.#focusTitle) {
      const title = this.renderRoot.querySelector<HTMLElement>('main h1');
      if (title) {
        this.#focusTitle = false;
        title.tabIndex = -1;
        title.focus();
      }
    }
  }

  #titleOf(route: Route, s: SiteStrings): string {
    switch (route.name) {
      case 'home':
        return s.heroTitle;
      case 'sign-in':
        return s.signInTitle;
      case 'sign-up':
        return s.signUpTitle;
      case 'dashboard':
        return s.dashboardTitle;
      case 'create':
        return s.createTitle;
      case 'editor':
        return s.editorTitle;
      case 'account':
        return s.accountTitle;
      case 'checkout-return':
        return s.returnTitle;
      case 'forgot-password':
        return s.forgotTitle;
      case 'reset-password':
        return s.resetTitle;
      case 'verify-email':
        return s.verifyTitle;
      case 'not-found':
        return s.notFoundTitle;
    }
  }

  // ---- data -------------------------------------------------------------------------------

  #themes: Promise<void> | undefined;

  /** Once per visit (the landing page asks before the session is known, and again after). */
  #loadThemes(): Promise<void> {
    this.#themes ??= this.#api.themes.list({ signal: this.#abort.signal }).then(
      (themes) => this.#set({ themes }),
      (error: unknown) => {
        this.#themes = undefined;
        throw error;
      },
    );
    return this.#themes;
  }

  async #loadDashboard(): Promise<void> {
    const [cvs, portfolios] = await Promise.all([
      this.#api.cvs.list({ signal: this.#abort.signal }).toArray(),
      this.#api.portfolios.list({ signal: this.#abort.signal }).toArray(),
    ]);
    this.#set({ cvs, portfolios });
    // Extractions and publications move on their own: follow them while any is under way.
    const moving =
      cvs.some((cv) => cv.extraction?.status === 'queued' || cv.extraction?.status === 'running') ||
      portfolios.some((p) => p.status === 'publishing' || p.status === 'unpublishing');
    if (moving) {
      this.#poll = setTimeout(() => {
        if (this.view.route.name === 'dashboard') void this.#loadDashboard().catch((e: unknown) => this.#fail(e));
      }, POLL_MS);
    }
  }

  async #followCheckout(portfolioId: string, sessionId: string | undefined): Promise<void> {
    const deadline = Date.now() + RETURN_TIMEOUT_MS;
    const step = async (): Promise<void> => {
      const portfolio = await this.#api.portfolios.get(portfolioId, { signal: this.#abort.signal });
      if (portfolio.status === 'published' && portfolio.published_url) {
        this.#set({ returnState: { kind: 'live', url: portfolio.published_url } });
        return;
      }
      if (portfolio.paid) {
        this.#set({ returnState: { kind: portfolio.status === 'publishing' ? 'publishing' : 'paid' } });
      } else if (sessionId) {
        const checkout = await this.#api.portfolios.getCheckout(portfolioId, sessionId, { signal: this.#abort.signal });
        if (checkout.status === 'expired') return this.#set({ returnState: { kind: 'expired' } });
        if (checkout.status === 'open') return this.#set({ returnState: { kind: 'open' } });
        this.#set({ returnState: { kind: checkout.payment_status === 'unpaid' ? 'waiting' : 'paid' } });
      }
      if (Date.now() > deadline) throw new Error('timeout');
      this.#poll = setTimeout(() => void step().catch((e: unknown) => this.#fail(e)), POLL_MS);
    };
    this.#set({ returnState: { kind: 'waiting' } });
    await step();
  }

  /** Links this visit verified already: going back to one shows it verified, not "used". */
  readonly #verifiedTokens = new Set<string>();

  /** Checks the mailed verification link on arrival; a signed-in person's state follows at once. */
  async #verifyEmail(token: string | undefined): Promise<void> {
    if (!token) return this.#set({ verifyState: 'invalid' });
    if (!this.#verifiedTokens.has(token)) {
      try {
        await this.#api.auth.verifyEmail(token, { signal: this.#abort.signal });
      } catch (error) {
        if (!isInvalidLink(error)) throw error;
        return this.#set({ verifyState: 'invalid' });
      }
      this.#verifiedTokens.add(token);
      if (this.user) this.user = await this.#currentUser();
    }
    if (this.view.route.name === 'verify-email') this.#set({ verifyState: 'verified' });
  }

  // ---- actions ----------------------------------------------------------------------------

  #fail(error: unknown): void {
    if (this.#abort.signal.aborted) return;
    const s = this.#s;
    const message =
      error instanceof Resume2WebsiteError && error.status !== 0 ? (error.detail ?? error.title) : s.errorGeneric;
    this.#set({ error: message, busy: false });
  }

  async #submitAuth(mode: 'sign-in' | 'sign-up', values: Record<string, string>): Promise<void> {
    const route = this.view.route;
    this.#set({ busy: true, error: undefined, fieldErrors: {} });
    try {
      const email = values.email ?? '';
      const password = values.password ?? '';
      // A guest's cookie goes along: registering claims what the guest made (the server does it).
      if (mode === 'sign-up') await this.#api.auth.register({ email, password, full_name: values.full_name ?? '' });
      else await this.#api.auth.login({ email, password });
      this.user = await this.#currentUser();
      this.#set({ busy: false });
      const next = route.name === 'sign-in' || route.name === 'sign-up' ? route.next : undefined;
      this.navigate(next ?? '/dashboard');
    } catch (error) {
      this.#failForm(error);
    }
  }

  /** The server's field messages go beside their fields; anything else is the page's error. */
  #failForm(error: unknown): void {
    if (error instanceof Resume2WebsiteError && error.errors.length) {
      const fieldErrors: Record<string, string> = {};
      for (const e of error.errors) fieldErrors[e.pointer.replace(/^\//, '')] ??= e.message;
      this.#set({ busy: false, fieldErrors, error: this.#s.fixFields });
      return;
    }
    this.#fail(error);
  }

  /** Asks for a reset link: the same answer whether or not an account uses the address. */
  async #requestPasswordReset(email: string): Promise<void> {
    this.#set({ busy: true, error: undefined, notice: undefined, fieldErrors: {} });
    try {
      await this.#api.auth.requestPasswordReset(email, { signal: this.#abort.signal });
      this.#set({ busy: false, notice: this.#s.forgotSent });
    } catch (error) {
      this.#failForm(error);
    }
  }

  /** Sets the new password through the mailed link, which signs the person in. */
  async #confirmPasswordReset(password: string): Promise<void> {
    const route = this.view.route;
    if (route.name !== 'reset-password' || !route.token) return;
    this.#set({ busy: true, error: undefined, notice: undefined, fieldErrors: {} });
    try {
      await this.#api.auth.confirmPasswordReset({ token: route.token, password }, { signal: this.#abort.signal });
      this.user = await this.#currentUser();
      this.#set({ busy: false });
      // Replaced, not pushed: "back" should not lead to the link that was just used up.
      this.navigate('/dashboard', { replace: true });
      this.#set({ notice: this.#s.resetDone });
    } catch (error) {
      if (isInvalidLink(error)) return this.#set({ busy: false, linkValid: false });
      this.#failForm(error);
    }
  }

  /** Mails a new verification link to the signed-in account's address. */
  async #resendVerification(): Promise<void> {
    const email = this.user?.user.email ?? '';
    this.#set({ busy: true, error: undefined, notice: undefined });
    try {
      await this.#api.auth.resendVerificationEmail({ signal: this.#abort.signal });
      this.#set({ busy: false, notice: format(this.#s.newLinkSent, { email }) });
    } catch (error) {
      // Verified meanwhile (another tab, another device): show the account as it is now.
      if (error instanceof Resume2WebsiteError && error.status === 409) {
        this.user = await this.#currentUser().catch(() => this.user);
      }
      this.#fail(error);
    }
  }

  /** Saves a mail setting as soon as it changes; the controls show the server's answer. */
  async #saveEmailSettings(patch: { email_notifications?: boolean; locale?: Locale }): Promise<void> {
    this.#set({ busy: true, error: undefined, notice: undefined });
    try {
      this.user = await this.#api.auth.updateMe(patch, { signal: this.#abort.signal });
      this.#set({ busy: false, notice: this.#s.saved });
    } catch (error) {
      // Not saved: the controls go back to what the account holds.
      const user = this.user?.user;
      const box = this.renderRoot.querySelector<HTMLInputElement>('#email-notifications');
      const select = this.renderRoot.querySelector<HTMLSelectElement>('#email-locale');
      if (user && box) box.checked = user.email_notifications;
      if (user && select) select.value = user.locale;
      this.#fail(error);
    }
  }

  async #changePassword(values: { current_password: string; new_password: string }): Promise<void> {
    this.#set({ busy: true, error: undefined, notice: undefined, fieldErrors: {} });
    try {
      await this.#api.auth.changePassword(values, { signal: this.#abort.signal });
      for (const input of this.renderRoot.querySelectorAll<HTMLInputElement>('input[type=password]')) input.value = '';
      this.#set({ busy: false, notice: this.#s.passwordChanged });
    } catch (error) {
      this.#failForm(error);
    }
  }

  async #signOutEverywhere(): Promise<void> {
    if (!this.#mayLeave()) return;
    this.#set({ busy: true, error: undefined });
    try {
      await this.#api.auth.signOutEverywhere({ signal: this.#abort.signal });
      this.user = null;
      clearAllDrafts();
      this.#set({ busy: false });
      this.navigate('/');
      this.#set({ notice: this.#s.signedOutEverywhere });
    } catch (error) {
      this.#fail(error);
    }
  }

  async #signOut(): Promise<void> {
    // Signing out removes the browser's drafts: ask first when the editor holds unsaved edits.
    if (!this.#mayLeave()) return;
    try {
      await this.#api.auth.logout();
    } catch (error) {
      // An expired session is signed out already; anything else is worth saying.
      if (!(error instanceof Resume2WebsiteError && error.status === 401)) return this.#fail(error);
    }
    this.user = null;
    clearAllDrafts();
    this.navigate('/');
    this.#set({ notice: this.#s.signedOut });
  }

  async #deleteCv(cv: Cv): Promise<void> {
    this.#set({ busy: true, error: undefined });
    try {
      await this.#api.cvs.delete(cv.id, { signal: this.#abort.signal });
      this.#set({
        busy: false,
        confirming: undefined,
        notice: format(this.#s.deleted, { name: cv.original_filename }),
      });
      await this.#loadDashboard();
    } catch (error) {
      this.#fail(error);
    }
  }

  async #deletePortfolio(portfolio: Portfolio): Promise<void> {
    this.#set({ busy: true, error: undefined });
    try {
      await this.#api.portfolios.delete(portfolio.id, { signal: this.#abort.signal });
      this.#set({ busy: false, confirming: undefined, notice: format(this.#s.deleted, { name: portfolio.slug }) });
      await this.#loadDashboard();
    } catch (error) {
      this.#fail(error);
    }
  }

  async #unpublish(portfolio: Portfolio): Promise<void> {
    this.#set({ busy: true, error: undefined });
    try {
      await this.#api.portfolios.unpublish(portfolio.id, { wait: true, signal: this.#abort.signal });
      this.#set({ busy: false, notice: format(this.#s.unpublished, { name: portfolio.slug }) });
      await this.#loadDashboard();
    } catch (error) {
      this.#fail(error);
    }
  }

  /** Everything the account holds, gathered through the API and saved as one JSON file. */
  async #exportData(): Promise<void> {
    this.#set({ busy: true, error: undefined });
    try {
      const signal = this.#abort.signal;
      const me = await this.#api.auth.me({ signal });
      const cvs = await this.#api.cvs.list({ signal }).toArray();
      const documents = await Promise.all(
        cvs.filter((cv) => cv.has_data).map((cv) => this.#api.cvs.getData(cv.id, { signal })),
      );
      const portfolios = await this.#api.portfolios.list({ signal }).toArray();
      const file = `resume2website-data-${new Date().toISOString().slice(0, 10)}.json`;
      downloadJson(file, { exported_at: new Date().toISOString(), user: me.user, cvs, documents, portfolios });
      this.#set({ busy: false, notice: format(this.#s.exportDone, { file }) });
    } catch (error) {
      this.#fail(error);
    }
  }

  async #deleteAccount(): Promise<void> {
    const input = this.renderRoot.querySelector<HTMLInputElement>('#confirm-delete');
    if (input?.value.trim() !== this.#s.deleteConfirmWord) return;
    this.#set({ busy: true, error: undefined });
    try {
      await this.#api.auth.deleteAccount({ signal: this.#abort.signal });
      this.user = null;
      clearAllDrafts();
      this.#set({ busy: false, cvs: [], portfolios: [] });
      this.navigate('/');
      this.#set({ notice: this.#s.accountDeleted });
    } catch (error) {
      this.#fail(error);
    }
  }

  readonly #onPublished = (): void => {
    this.#set({ published: true });
  };

  /** A first upload may have started a guest session (the widget did): the header should know it. */
  /** Once the flow's CV has its document, the full editor is offered for it. */
  readonly #onExtracted = (event: Event): void => {
    this.#set({ uploaded: (event as CustomEvent<{ cv_id?: string }>).detail?.cv_id });
  };

  readonly #onUploaded = (): void => {
    if (this.user) return;
    void this.#currentUser()
      .then((user) => (this.user = user))
      .catch((error: unknown) => this.#fail(error));
  };

  #setLocale(locale: Locale): void {
    this.locale = locale;
    rememberLocale(locale);
  }

  // ---- rendering --------------------------------------------------------------------------

  #renderHeader(s: SiteStrings): TemplateResult {
    const user = this.user;
    const signedIn = Boolean(user && !user.user.is_guest);
    return html`<header class="top">
      <a class="logo" href="/">${s.brand}</a>
      <nav aria-label=${s.navLabel}>
        <ul>
          ${
            user
              ? html`<li><a href="/dashboard">${s.navDashboard}</a></li>
                  <li><a href="/account">${s.navAccount}</a></li>`
              : nothing
          }
          ${
            signedIn
              ? html`<li><button class="link" @click=${() => void this.#signOut()}>${s.navSignOut}</button></li>`
              : html`<li><a href="/sign-in">${s.navSignIn}</a></li>
                  <li><a class="button small" href="/sign-up">${s.navSignUp}</a></li>`
          }
        </ul>
      </nav>
      <label class="language"
        ><span class="visually-hidden">${s.language}</span>
        <select
          aria-label=${s.language}
          @change=${(e: Event) => this.#setLocale((e.target as HTMLSelectElement).value as Locale)}
        >
          ${(Object.keys(LOCALE_NAMES) as Locale[]).map(
            (l) => html`<option value=${l} ?selected=${l === this.locale} lang=${l}>${LOCALE_NAMES[l]}</option>`,
          )}
        </select></label
      >
    </header>`;
  }

  #renderPage(s: SiteStrings): TemplateResult {
    const v = this.view;
    const route = v.route;
    const user = this.user?.user;
    // The landing page needs nothing from the server to show its first screen: no "Loading…" flash.
    if (route.name === 'home') return landingPage({ s, themes: v.themes, signedIn: Boolean(user && !user.is_guest) });
    if (!v.ready) return html`<p role="status" class="muted">${s.loading}</p>`;
    switch (route.name) {
      case 'sign-in':
      case 'sign-up':
        return authPage({
          s,
          mode: route.name,
          next: route.next,
          providers: this.#config?.oauth_providers ?? [],
          busy: v.busy,
          isGuest: Boolean(user?.is_guest),
          fieldErrors: v.fieldErrors,
          onSubmit: (values) => void this.#submitAuth(route.name, values),
        });
      case 'dashboard':
        return dashboardPage({
          s,
          locale: this.locale,
          isGuest: Boolean(user?.is_guest),
          unverifiedEmail: user && !user.is_guest && !user.email_verified ? (user.email ?? undefined) : undefined,
          cvs: v.cvs,
          portfolios: v.portfolios,
          confirming: v.confirming,
          busy: v.busy,
          onAskDelete: (confirming) => this.#set({ confirming }),
          onDeleteCv: (cv) => void this.#deleteCv(cv),
          onDeletePortfolio: (portfolio) => void this.#deletePortfolio(portfolio),
          onUnpublish: (portfolio) => void this.#unpublish(portfolio),
          onResendVerification: () => void this.#resendVerification(),
        });
      case 'create':
        return createPage({
          s,
          locale: this.locale,
          email: user && !user.is_guest ? (user.email ?? undefined) : undefined,
          cv: route.cv,
          uploaded: v.uploaded,
          published: v.published,
        });
      case 'editor':
        return editorPage({
          s,
          locale: this.locale,
          cvId: route.cvId,
          api: this.#api,
          paymentsEnabled: Boolean(this.#config?.payments_enabled),
        });
      case 'account':
        return user
          ? accountPage({
              s,
              user,
              busy: v.busy,
              fieldErrors: v.fieldErrors,
              onExport: () => void this.#exportData(),
              onSignOut: () => void this.#signOut(),
              onChangePassword: (values) => void this.#changePassword(values),
              onSignOutEverywhere: () => void this.#signOutEverywhere(),
              onDelete: () => void this.#deleteAccount(),
              onResendVerification: () => void this.#resendVerification(),
              onEmailSettings: (patch) => void this.#saveEmailSettings(patch),
            })
          : html``;
      case 'checkout-return':
        return checkoutReturnPage({ s, state: v.returnState });
      case 'forgot-password':
        return forgotPasswordPage({
          s,
          busy: v.busy,
          fieldErrors: v.fieldErrors,
          onSubmit: (email) => void this.#requestPasswordReset(email),
        });
      case 'reset-password':
        return resetPasswordPage({
          s,
          linkValid: v.linkValid,
          busy: v.busy,
          fieldErrors: v.fieldErrors,
          onSubmit: (password) => void this.#confirmPasswordReset(password),
        });
      case 'verify-email':
        return verifyEmailPage({
          s,
          state: v.verifyState,
          signedIn: Boolean(user && !user.is_guest),
          busy: v.busy,
          onResend: () => void this.#resendVerification(),
        });
      case 'not-found':
        return notFoundPage(s);
    }
  }

  override render(): TemplateResult {
    const s = this.#s;
    const v = this.view;
    return html`<div class="page" lang=${this.locale}>
      <button class="skip link" @click=${this.#skip}>${s.skipToContent}</button>
      ${this.#renderHeader(s)}
      <main id="main" class=${v.route.name === 'editor' ? 'wide' : ''}>
        <div role="alert">
          ${v.error ? html`<div class="error" part="error"><strong>${s.errorTitle}</strong><br />${v.error}</div>` : nothing}
        </div>
        <div role="status">${v.notice ? html`<p class="notice">${v.notice}</p>` : nothing}</div>
        ${this.#renderPage(s)}
      </main>
      <footer>
        <a href="/docs">${s.footerDocs}</a>
      </footer>
    </div>`;
  }

  /** A button, not a `#main` link: a fragment cannot reach into a shadow root (nor move the focus there). */
  readonly #skip = (): void => {
    const main =
      this.renderRoot.querySelector<HTMLElement>('main h1') ?? this.renderRoot.querySelector<HTMLElement>('main');
    if (main) {
      main.tabIndex = -1;
      main.focus();
    }
  };
}
