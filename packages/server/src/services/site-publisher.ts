import { createHash } from 'node:crypto';
import type { BlobStore } from '../adapters/blob-store.js';
import type { Logger } from '../logger.js';
import type { RenderedFile } from './site-renderer.js';
import type { CdnInvalidator } from '../adapters/cdn-invalidator.js';

export const SITE_PAGE = 'index.html';
/** Assets are content-hashed: a new version has new names, so they may be cached forever. */
export const ASSET_CACHE_CONTROL = 'public, max-age=31536000, immutable';
/** The page keeps its address across versions: caches must ask again every time. */
export const PAGE_CACHE_CONTROL = 'public, max-age=0, must-revalidate';

export function siteKey(slug: string, path = ''): string {
  return `sites/${slug}/${path}`;
}

/** One digest over every file's path and bytes: equal digests mean an identical site. */
export function siteHash(files: readonly RenderedFile[]): string {
  const hash = createHash('sha256');
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : 1))) {
    hash.update(file.path).update('\u0000').update(file.body).update('\u0000');
  }
  return hash.digest('hex');
}

/**
 * Puts rendered sites into storage under `sites/{slug}/` and takes them down. The page goes last,
 * after every asset it links to, so a visitor sees either the old version or the new one, never a
 * new page with a missing stylesheet; assets of older versions stay until the cleanup job removes
 * them, because a page cached a moment ago may still ask for them.
 */
export class SitePublisher {
  constructor(
    private readonly deps: {
      blobs: BlobStore;
      cdn: CdnInvalidator | undefined;
      /** The path part of SITES_BASE_URL (`/sites/` by default), for CDN invalidation paths. */
      sitesBasePath: string;
      logger: Pick<Logger, 'warn'>;
    },
  ) {}

  async publish(slug: string, files: readonly RenderedFile[]): Promise<string> {
    const page = files.find((f) => f.path === SITE_PAGE);
    if (!page) throw new Error(`a rendered site must have ${SITE_PAGE}`);
    await Promise.all(
      files
        .filter((f) => f !== page)
        .map((f) =>
          this.deps.blobs.put(siteKey(slug, f.path), toBytes(f.body), {
            contentType: f.contentType,
            cacheControl: ASSET_CACHE_CONTROL,
          }),
        ),
    );
    await this.deps.blobs.put(siteKey(slug, SITE_PAGE), toBytes(page.body), {
      contentType: page.contentType,
      cacheControl: PAGE_CACHE_CONTROL,
    });
    // Only the page: assets have new names per version. Plain paths, because CloudFront allows
    // few wildcard invalidations in progress at once and a burst of publishes would hit that.
    const folder = `${this.deps.sitesBasePath}${slug}/`;
    await this.invalidate([folder, `${folder}${SITE_PAGE}`]);
    return siteHash(files);
  }

  async unpublish(slug: string): Promise<void> {
    await this.deps.blobs.deletePrefix(siteKey(slug));
    // Everything, the photo included: nothing of a site taken down should stay in edge caches.
    await this.invalidate([`${this.deps.sitesBasePath}${slug}/*`]);
  }

  /**
   * Best effort: the page is served `max-age=0`, so the CDN revalidates it with storage anyway and
   * a failed invalidation only delays the change by the CDN's minimum TTL. Failing the publish for
   * it would report a live site as failed.
   */
  private async invalidate(paths: string[]): Promise<void> {
    if (!this.deps.cdn) return;
    try {
      await this.deps.cdn.invalidate(paths);
    } catch (err) {
      this.deps.logger.warn({ err, paths }, 'CDN invalidation failed; the change shows once edge caches revalidate');
    }
  }
}

function toBytes(body: string | Uint8Array): Buffer {
  return typeof body === 'string' ? Buffer.from(body, 'utf8') : Buffer.from(body);
}
