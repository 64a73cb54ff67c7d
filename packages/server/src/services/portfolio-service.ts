import { pageQuery, toPage, type Page } from '../domain/page.js';
import type { CvStore } from '../adapters/cv-store.js';
import type { PortfolioStore } from '../adapters/portfolio-store.js';
import { SlugTakenError } from '../domain/errors.js';
import { derivedId, newId, newSecretToken } from '../domain/ids.js';
import { PUBLISH_FROM, UNPUBLISH_FROM, type Portfolio } from '../domain/portfolio.js';
import type { Branding } from '../domain/tenant.js';
import type { AuthContext } from '../domain/caller.js';
import { ProblemError } from '../domain/problem.js';
import type { Logger } from '../logger.js';
import type { JobQueue } from '../adapters/job-queue.js';
import type { OperationalMetrics, PublishOutcome } from '../adapters/operational-metrics.js';
import type { PortfolioPublishing } from './portfolio-publishing.js';
import type { RenderedFile, SiteRenderer, ThemeInfo } from './site-renderer.js';
import type { SitePublisher } from './site-publisher.js';
import { slugCandidates, slugify } from './slug.js';

export const PUBLISH_JOB = 'publish-portfolio';
export const UNPUBLISH_JOB = 'unpublish-portfolio';

export interface PortfolioServiceDeps {
  store: PortfolioStore;
  cvs: CvStore;
  renderer: SiteRenderer;
  publisher: SitePublisher;
  queue: JobQueue;
  /**
   * Whether publishing this portfolio needs a recorded payment: payments are configured and there
   * is a price for it (the tenant's or the default). Without a price there is nothing to pay, so
   * publishing stays free rather than asking for a checkout that cannot be made.
   */
  paymentRequired(portfolio: Portfolio): Promise<boolean>;
  previewTtlMs: number;
  /** `SITES_BASE_URL` with its trailing slash: a site lives at `{sitesBaseUrl}{slug}/`. */
  sitesBaseUrl: string;
  brandingFor(tenantId: string | null): Promise<Branding | null>;
  /** Throws when the owner may not publish yet (a tenant that requires a verified address). */
  beforePublish?: (userId: string) => Promise<void>;
  /** A site went live that was not (the first publish, or again after being taken down). */
  onLive?: (portfolio: Portfolio, url: string) => Promise<void>;
  metrics: OperationalMetrics;
  logger: Logger;
  clock?: () => Date;
}

/** Why a publish cannot succeed however often it is retried; the portfolio is marked `failed`. */
export class PublishFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PublishFailure';
  }
}

function notFound(): ProblemError {
  return new ProblemError('not-found', 'No portfolio with that id belongs to you.');
}

function slugTaken(slug: string): ProblemError {
  return new ProblemError('conflict', `The address "${slug}" is taken: choose another slug.`, {
    errors: [{ location: 'body', pointer: '/slug', message: 'is taken' }],
  });
}

/**
 * Portfolios: one CV's current document, one theme, one address. Previews are rendered on demand
 * (milliseconds) behind an unguessable expiring token; publishing and unpublishing are jobs that
 * move the portfolio through its states with compare-and-set updates, so racing requests, retried
 * jobs and repeated webhooks all end in one consistent version.
 */
export class PortfolioService implements PortfolioPublishing {
  private readonly clock: () => Date;

  constructor(private readonly deps: PortfolioServiceDeps) {
    this.clock = deps.clock ?? (() => new Date());
  }

  get themes(): readonly ThemeInfo[] {
    return this.deps.renderer.themes;
  }

  /**
   * A draft with a preview. Under an `Idempotency-Key` (`requestKey`) its id comes from the key, and
   * when that portfolio exists already (the same request ran before, and its process died before
   * its answer was kept) it is the answer, not a second portfolio.
   */
  async create(
    auth: AuthContext,
    input: { cvId: string; theme: string; slug?: string },
    requestKey?: string,
  ): Promise<Portfolio> {
    const id = requestKey ? derivedId('pf', requestKey) : newId('pf');
    const earlier = requestKey && (await this.deps.store.findForUser(auth.userId, id));
    if (earlier) return earlier;
    this.assertTheme(input.theme);
    const cv = await this.deps.cvs.findForUser(auth.userId, input.cvId);
    if (!cv) throw invalid('/cv_id', 'No CV with that id belongs to you.');
    const data = await this.deps.cvs.currentData(cv.id);
    if (!data) throw invalid('/cv_id', 'This CV has no document yet: wait for its extraction to succeed.');
    const now = this.clock();
    const base: Omit<Portfolio, 'slug'> = {
      id,
      cvId: cv.id,
      userId: auth.userId,
      tenantId: auth.tenantId,
      theme: input.theme,
      status: 'draft',
      previewToken: newSecretToken(24),
      previewExpiresAt: new Date(now.getTime() + this.deps.previewTtlMs),
      publishedSlug: null,
      publishedHash: null,
      publishedAt: null,
      publishError: null,
      publishRun: null,
      paid: false,
      createdAt: now,
      updatedAt: now,
    };
    if (input.slug !== undefined) {
      try {
        await this.deps.store.create({ ...base, slug: input.slug });
      } catch (err) {
        if (err instanceof SlugTakenError) throw slugTaken(input.slug);
        throw err;
      }
      return { ...base, slug: input.slug };
    }
    const name = (data.data as { hero?: { fullName?: unknown } } | null)?.hero?.fullName;
    for (const slug of slugCandidates(slugify(typeof name === 'string' ? name : ''))) {
      if (!(await this.deps.store.slugAvailable(slug))) continue;
      try {
        await this.deps.store.create({ ...base, slug });
        return { ...base, slug };
      } catch (err) {
        // Taken between the check and the insert: try the next candidate.
        if (!(err instanceof SlugTakenError)) throw err;
      }
    }
    throw new Error('unreachable: slug candidates are endless');
  }

  async list(auth: AuthContext, limit: number, cursor: string | undefined): Promise<Page<Portfolio>> {
    const page = await this.deps.store.listForUser(auth.userId, pageQuery('portfolios', { limit, cursor }));
    const now = this.clock();
    // Screens poll this list: when every preview is live, as it nearly always is, it is the read as it came.
    const items = page.items.every((p) => hasLivePreview(p, now))
      ? page.items
      : await Promise.all(page.items.map((p) => this.withLivePreview(p)));
    return toPage('portfolios', { items, hasMore: page.hasMore }, (p) => p);
  }

  async get(auth: AuthContext, id: string): Promise<Portfolio> {
    return this.withLivePreview(await this.owned(auth, id));
  }

  async update(auth: AuthContext, id: string, input: { theme?: string; slug?: string }): Promise<Portfolio> {
    if (input.theme !== undefined) this.assertTheme(input.theme);
    const current = await this.ownedAsStored(auth, id);
    if (current.status === 'publishing' || current.status === 'unpublishing') throw busy(current);
    let updated: Portfolio | undefined;
    try {
      updated = await this.deps.store.update(
        id,
        {
          ...(input.theme !== undefined && { theme: input.theme }),
          ...(input.slug !== undefined && { slug: input.slug }),
        },
        this.clock(),
        ['draft', 'published', 'failed'],
      );
    } catch (err) {
      if (err instanceof SlugTakenError) throw slugTaken(err.slug);
      throw err;
    }
    if (!updated) throw busy(await this.ownedAsStored(auth, id));
    return this.withLivePreview(updated);
  }

  /** Deletes the portfolio; a live site is taken down first, so no address outlives its row. */
  async delete(auth: AuthContext, id: string): Promise<void> {
    const portfolio = await this.ownedAsStored(auth, id);
    if (portfolio.publishedSlug) await this.deps.publisher.unpublish(portfolio.publishedSlug);
    await this.deps.store.delete(portfolio.id);
    this.deps.logger.info({ portfolio_id: portfolio.id }, 'portfolio deleted');
  }

  /** Before a CV is deleted: its portfolios go, and their live sites are taken down first. */
  async deleteAllForCv(cvId: string): Promise<void> {
    for (const portfolio of await this.deps.store.listForCv(cvId)) {
      if (portfolio.publishedSlug) await this.deps.publisher.unpublish(portfolio.publishedSlug);
      await this.deps.store.delete(portfolio.id);
    }
  }

  async publish(auth: AuthContext, id: string): Promise<Portfolio> {
    const portfolio = await this.ownedAsStored(auth, id);
    if (portfolio.status === 'unpublishing') throw busy(portfolio);
    if (portfolio.status !== 'publishing') {
      await this.deps.beforePublish?.(portfolio.userId);
      if (!portfolio.paid && (await this.deps.paymentRequired(portfolio))) {
        throw new ProblemError(
          'payment-required',
          `Publishing this portfolio needs a payment. Start one with POST /api/v1/portfolios/${portfolio.id}/checkout and complete it; the site is published as soon as the payment is confirmed. The preview stays free.`,
          { extensions: { checkout_url: `/api/v1/portfolios/${portfolio.id}/checkout` } },
        );
      }
      if (!(await this.deps.cvs.currentData(portfolio.cvId))) {
        throw invalid('/cv_id', "The portfolio's CV has no document yet: wait for its extraction to succeed.");
      }
    }
    return this.withLivePreview(await this.startPublishing(portfolio.id));
  }

  async unpublish(auth: AuthContext, id: string): Promise<Portfolio> {
    const portfolio = await this.ownedAsStored(auth, id);
    if (portfolio.status === 'draft' || portfolio.status === 'publishing') throw busy(portfolio);
    const moved = await this.startUnpublishing(portfolio.id);
    if (!moved) throw busy(await this.ownedAsStored(auth, id));
    return this.withLivePreview(moved);
  }

  // ---------------------------------------------------------------- PortfolioPublishing (payments)

  async requestPublish(portfolioId: string): Promise<void> {
    const portfolio = await this.deps.store.findById(portfolioId);
    // Deleted since it was paid for, or being taken down: nothing to publish.
    if (!portfolio || portfolio.status === 'unpublishing') return;
    await this.startPublishing(portfolioId);
  }

  async requestUnpublish(portfolioId: string): Promise<void> {
    const portfolio = await this.deps.store.findById(portfolioId);
    if (!portfolio) return;
    if (portfolio.status === 'publishing') {
      // A refund while the site is going up: let the publish finish, then take it down again.
      await this.unpublishAfterPublish(portfolioId);
      return;
    }
    await this.startUnpublishing(portfolioId);
  }

  // ---------------------------------------------------------------- jobs

  /**
   * The publish job: renders the current document and puts it live. Idempotent, and only for the
   * request it was queued for (`run`): a job left over from an earlier request does nothing.
   */
  async runPublish(portfolioId: string, run: string | undefined): Promise<void> {
    const portfolio = await this.deps.store.findById(portfolioId);
    if (!portfolio || portfolio.status !== 'publishing') return;
    if (run !== undefined && portfolio.publishRun !== run) return;
    // Only runs that do the work are timed: a superseded job returns above in milliseconds.
    const started = performance.now();
    let outcome: PublishOutcome = 'error';
    try {
      outcome = await this.publishNow(portfolio);
    } catch (err) {
      if (err instanceof PublishFailure) outcome = 'failed';
      throw err;
    } finally {
      this.deps.metrics.publishFinished(outcome, (performance.now() - started) / 1000);
    }
  }

  private async publishNow(portfolio: Portfolio): Promise<'succeeded' | 'abandoned'> {
    // Refunded (or never paid) since the request: nothing may go live.
    if (!portfolio.paid && (await this.deps.paymentRequired(portfolio))) {
      throw new PublishFailure('publishing needs a payment: this portfolio is not paid for');
    }
    const data = await this.deps.cvs.currentData(portfolio.cvId);
    if (!data) throw new PublishFailure("the portfolio's CV has no document");
    if (!this.deps.renderer.themes.some((t) => t.id === portfolio.theme)) {
      throw new PublishFailure(`the theme "${portfolio.theme}" no longer exists: choose another one`);
    }
    const files = this.deps.renderer.render(data.data, {
      theme: portfolio.theme,
      mode: 'published',
      baseUrl: this.siteUrl(portfolio.slug),
      branding: await this.deps.brandingFor(portfolio.tenantId),
    });
    const hash = await this.deps.publisher.publish(portfolio.slug, files);
    const previous = portfolio.publishedSlug;
    // The site has moved: the old address's files go before the portfolio reads as published, so
    // a client that waits for "published" never finds part of the old site still up.
    if (previous && previous !== portfolio.slug) await this.deps.publisher.unpublish(previous);
    const now = this.clock();
    const live = await this.deps.store.update(
      portfolio.id,
      { status: 'published', publishedSlug: portfolio.slug, publishedHash: hash, publishedAt: now, publishError: null },
      now,
      ['publishing'],
      portfolio.publishRun ?? undefined,
    );
    if (!live) {
      // Deleted (with its CV or account) while the files went up: they must not stay public.
      if (
        !(await this.deps.store.findById(portfolio.id)) &&
        !(await this.deps.store.findPublishedBySlug(portfolio.slug))
      ) {
        await this.deps.publisher.unpublish(portfolio.slug);
      }
      return 'abandoned';
    }
    this.deps.logger.info(
      { portfolio_id: portfolio.id, slug: portfolio.slug, changed: hash !== portfolio.publishedHash },
      'portfolio published',
    );
    if (!portfolio.publishedAt) {
      // Telling the owner is a courtesy: it must not turn a published site into a failed job.
      await this.deps
        .onLive?.(portfolio, this.siteUrl(portfolio.slug))
        .catch((err: unknown) => this.deps.logger.error({ err, portfolio_id: portfolio.id }, 'live notice failed'));
    }
    return 'succeeded';
  }

  async runUnpublish(portfolioId: string): Promise<void> {
    const portfolio = await this.deps.store.findById(portfolioId);
    if (!portfolio) return;
    if (portfolio.status === 'publishing') {
      // A refund arrived while publishing (see requestUnpublish): look again once it has settled.
      await this.unpublishAfterPublish(portfolioId);
      return;
    }
    if (portfolio.status === 'published' || portfolio.status === 'failed') {
      // A refund arrived while publishing (see requestUnpublish): take it down now.
      if (!(await this.deps.store.update(portfolio.id, { status: 'unpublishing' }, this.clock(), UNPUBLISH_FROM)))
        return;
    } else if (portfolio.status !== 'unpublishing') {
      return;
    }
    if (portfolio.publishedSlug) await this.deps.publisher.unpublish(portfolio.publishedSlug);
    await this.deps.store.update(
      portfolio.id,
      { status: 'draft', publishedSlug: null, publishedHash: null, publishedAt: null },
      this.clock(),
      ['unpublishing'],
    );
    this.deps.logger.info({ portfolio_id: portfolio.id }, 'portfolio unpublished');
  }

  /** After a job gave up: the owner sees `failed` with a reason, and may publish again. */
  /**
   * After a job gave up: the owner sees `failed` with a reason, and may publish again. Only the move
   * the job was carrying out is failed: a publish job fails its own run, an unpublish job only an
   * `unpublishing` portfolio, so a leftover job never fails newer work.
   */
  async markFailed(
    portfolioId: string,
    reason: string,
    job: { unpublish: true } | { run: string | undefined },
  ): Promise<void> {
    if ('unpublish' in job) {
      await this.deps.store.update(portfolioId, { status: 'failed', publishError: reason }, this.clock(), [
        'unpublishing',
      ]);
      return;
    }
    await this.deps.store.update(
      portfolioId,
      { status: 'failed', publishError: reason },
      this.clock(),
      ['publishing'],
      job.run,
    );
  }

  // ---------------------------------------------------------------- previews and sites

  /** The preview's files, rendered now from the CV's current document; undefined for a dead token. */
  async preview(token: string): Promise<{ portfolio: Portfolio; files: RenderedFile[] } | undefined> {
    const portfolio = await this.deps.store.findByPreviewToken(token, this.clock());
    if (!portfolio) return undefined;
    const data = await this.deps.cvs.currentData(portfolio.cvId);
    if (!data) return undefined;
    const files = this.deps.renderer.render(data.data, {
      theme: portfolio.theme,
      mode: 'preview',
      branding: await this.deps.brandingFor(portfolio.tenantId),
    });
    return { portfolio, files };
  }

  /** Whether a site is live at `slug` (its files are served only then). */
  async isLive(slug: string): Promise<boolean> {
    return (await this.deps.store.findPublishedBySlug(slug)) !== undefined;
  }

  // ---------------------------------------------------------------- internals

  private async startPublishing(id: string): Promise<Portfolio> {
    const now = this.clock();
    const moved = await this.deps.store.update(
      id,
      { status: 'publishing', publishError: null, publishRun: newSecretToken(12) },
      now,
      PUBLISH_FROM,
    );
    const portfolio = moved ?? (await this.deps.store.findById(id));
    if (!portfolio) throw notFound();
    if (portfolio.status !== 'publishing') throw busy(portfolio);
    // Keyed by the request: a no-op while its job waits, the repair when a crash lost the job after
    // the state changed, and never swallowed by an earlier request's job still being finished.
    await this.deps.queue.enqueue({
      queue: 'publish',
      name: PUBLISH_JOB,
      payload: { portfolio_id: id, run: portfolio.publishRun },
      dedupeKey: `publish:${id}:${portfolio.publishRun ?? '-'}`,
      maxAttempts: 5,
    });
    return portfolio;
  }

  private async startUnpublishing(id: string): Promise<Portfolio | undefined> {
    const now = this.clock();
    const moved = await this.deps.store.update(id, { status: 'unpublishing' }, now, UNPUBLISH_FROM);
    const portfolio = moved ?? (await this.deps.store.findById(id));
    if (!portfolio || portfolio.status !== 'unpublishing') return undefined;
    // Each change gets its own key (see startPublishing); a repeat while waiting shares it.
    await this.deps.queue.enqueue({
      queue: 'publish',
      name: UNPUBLISH_JOB,
      payload: { portfolio_id: id },
      dedupeKey: `unpublish:${id}:${portfolio.updatedAt.getTime()}`,
      maxAttempts: 5,
    });
    return portfolio;
  }

  /** An unpublish job that looks again in 30 s; each one is new (the one asking may still be running). */
  private async unpublishAfterPublish(portfolioId: string): Promise<void> {
    const at = new Date(this.clock().getTime() + 30_000);
    await this.deps.queue.enqueue({
      queue: 'publish',
      name: UNPUBLISH_JOB,
      payload: { portfolio_id: portfolioId },
      dedupeKey: `unpublish-after-publish:${portfolioId}:${at.getTime()}`,
      runAt: at,
      maxAttempts: 5,
    });
  }

  /** Where a published site lives. */
  siteUrl(slug: string): string {
    return `${this.deps.sitesBaseUrl}${slug}/`;
  }

  /** A portfolio by id, whoever owns it (for notices about it). */
  find(id: string): Promise<Portfolio | undefined> {
    return this.deps.store.findById(id);
  }

  private async owned(auth: AuthContext, id: string): Promise<Portfolio> {
    const portfolio = await this.deps.store.findForUser(auth.userId, id);
    if (!portfolio) throw notFound();
    return portfolio;
  }

  /**
   * The row as stored, not as this process last read it: what a change decides on (whether a site
   * is live and must come down, whether it is paid for) must not be a moment old.
   */
  private async ownedAsStored(auth: AuthContext, id: string): Promise<Portfolio> {
    const portfolio = await this.deps.store.findById(id);
    if (!portfolio || portfolio.userId !== auth.userId) throw notFound();
    return portfolio;
  }

  /** Reading a portfolio whose preview has expired issues a new preview address. */
  private async withLivePreview(portfolio: Portfolio): Promise<Portfolio> {
    const now = this.clock();
    if (hasLivePreview(portfolio, now)) return portfolio;
    const renewed = await this.deps.store.update(
      portfolio.id,
      { previewToken: newSecretToken(24), previewExpiresAt: new Date(now.getTime() + this.deps.previewTtlMs) },
      now,
    );
    return renewed ?? portfolio;
  }

  private assertTheme(theme: string): void {
    if (!this.deps.renderer.themes.some((t) => t.id === theme)) {
      throw invalid('/theme', `There is no theme "${theme}"; GET /api/v1/themes lists them.`);
    }
  }
}

function invalid(pointer: string, message: string): ProblemError {
  return new ProblemError('validation-error', message, { errors: [{ location: 'body', pointer, message }] });
}

function busy(portfolio: Portfolio): ProblemError {
  return new ProblemError(
    'conflict',
    `The portfolio is ${portfolio.status}: wait until it settles (poll GET /api/v1/portfolios/${portfolio.id}) and try again.`,
    { extensions: { portfolio_status: portfolio.status } },
  );
}

function hasLivePreview(portfolio: Portfolio, now: Date): boolean {
  return Boolean(portfolio.previewToken) && portfolio.previewExpiresAt !== null && portfolio.previewExpiresAt > now;
}
