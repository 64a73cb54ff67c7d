import type { BlobStore } from '../adapters/blob-store.js';
import type { PortfolioStore } from '../adapters/portfolio-store.js';
import type { Logger } from '../logger.js';
import { SITE_PAGE } from './site-publisher.js';

export interface CleanupReport {
  expiredPreviews: number;
  sessions: number;
  guests: number;
  orphanedSites: number;
  staleAssets: number;
  idempotencyKeys: number;
  requeuedExtractions: number;
}

export interface CleanupDeps {
  portfolios: PortfolioStore;
  blobs: BlobStore;
  /** Takes a site folder down (files and CDN copies). */
  removeSite(slug: string): Promise<void>;
  /** Expired sessions and abandoned guests (with their CVs and portfolios). */
  cleanupAccounts(): Promise<{ sessions: number; guests: number }>;
  /** Queues again the extractions waiting since before then (see CvService.requeueWaitingSince). */
  requeueExtractionsWaitingSince?(before: Date): Promise<number>;
  /** Expired `Idempotency-Key` records (the SQL table; Redis expires its keys by itself). */
  deleteExpiredIdempotencyKeys?(now: Date): Promise<number>;
  /** A replaced asset is kept this long, for pages cached just before a republish. */
  staleAssetGraceMs: number;
  /** A folder with no live portfolio is kept this long after its last write (a publish in flight). */
  orphanGraceMs: number;
  logger: Logger;
  clock?: () => Date;
}

/**
 * An extraction still waiting this long after its upload has most likely lost its job (the API
 * died before queueing it); queueing it again is harmless if it has not.
 */
const STUCK_QUEUED_MS = 5 * 60_000;

/**
 * The scheduled sweep. It removes what nobody can reach any more: expired preview addresses,
 * expired sessions and guests, site folders with no live portfolio (a crash between taking a
 * portfolio down and deleting its files), and assets of earlier versions of live sites once no
 * cached page can still ask for them. Uploaded CVs are never touched; a live site keeps its page
 * and every file that page links to. It also queues again extractions a crash left waiting.
 */
export class CleanupService {
  private readonly clock: () => Date;

  constructor(private readonly deps: CleanupDeps) {
    this.clock = deps.clock ?? (() => new Date());
  }

  async run(): Promise<CleanupReport> {
    const now = this.clock();
    const expiredPreviews = await this.deps.portfolios.expirePreviews(now);
    const accounts = await this.deps.cleanupAccounts();
    const sites = await this.sweepSites(now);
    const idempotencyKeys = (await this.deps.deleteExpiredIdempotencyKeys?.(now)) ?? 0;
    const requeuedExtractions =
      (await this.deps.requeueExtractionsWaitingSince?.(new Date(now.getTime() - STUCK_QUEUED_MS))) ?? 0;
    const report = { expiredPreviews, ...accounts, ...sites, idempotencyKeys, requeuedExtractions };
    this.deps.logger.info(report, 'cleanup finished');
    return report;
  }

  private async sweepSites(now: Date): Promise<{ orphanedSites: number; staleAssets: number }> {
    // Live slugs are read before listing, so a site published during the sweep is never orphaned:
    // its files are either newer than this list (unseen) or its slug is in the set.
    const live = await this.deps.portfolios.liveSlugs();
    const bySlug = new Map<string, string[]>();
    for await (const entry of this.deps.blobs.list('sites/')) {
      const [, slug, ...rest] = entry.key.split('/');
      if (!slug || rest.length === 0) continue;
      const files = bySlug.get(slug) ?? [];
      files.push(rest.join('/'));
      bySlug.set(slug, files);
    }
    // Read again after listing: a publish that started meanwhile has its target among these.
    for (const slug of await this.deps.portfolios.liveSlugs()) live.add(slug);
    let orphanedSites = 0;
    let staleAssets = 0;
    for (const [slug, files] of bySlug) {
      if (!live.has(slug)) {
        // A publish that began after the live list was read writes its files before it records
        // the slug: recent files are left for the next sweep.
        if (await this.recentlyWritten(slug, files, now)) continue;
        await this.deps.removeSite(slug);
        orphanedSites++;
        continue;
      }
      staleAssets += await this.sweepAssets(slug, files, now);
    }
    return { orphanedSites, staleAssets };
  }

  private async recentlyWritten(slug: string, files: string[], now: Date): Promise<boolean> {
    for (const file of files) {
      const info = await this.deps.blobs.head(`sites/${slug}/${file}`);
      if (info && now.getTime() - info.lastModified.getTime() < this.deps.orphanGraceMs) return true;
    }
    return false;
  }

  /** Removes a live site's assets that its current page does not link to, past the grace period. */
  private async sweepAssets(slug: string, files: string[], now: Date): Promise<number> {
    const page = await this.deps.blobs.get(`sites/${slug}/${SITE_PAGE}`);
    if (!page) return 0;
    const chunks: Buffer[] = [];
    for await (const chunk of page.body) chunks.push(chunk as Buffer);
    const html = Buffer.concat(chunks).toString('utf8');
    let removed = 0;
    for (const file of files) {
      if (file === SITE_PAGE || html.includes(file)) continue;
      const info = await this.deps.blobs.head(`sites/${slug}/${file}`);
      if (!info || now.getTime() - info.lastModified.getTime() < this.deps.staleAssetGraceMs) continue;
      await this.deps.blobs.delete(`sites/${slug}/${file}`);
      removed++;
    }
    return removed;
  }
}
