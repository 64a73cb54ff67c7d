import type { Readable } from 'node:stream';
import type { BlobStore } from '../adapters/blob-store.js';
import { siteKey } from './site-publisher.js';

/** One file of a published site, with what an HTTP answer needs to describe and revalidate it. */
export interface SiteFile {
  contentType: string;
  /** As stored by the publisher; undefined for a file stored without one. */
  cacheControl: string | undefined;
  /** Carries its quotes: usable as the `ETag` header as is. */
  etag: string;
  lastModified: Date;
  size: number;
  /** The bytes: consume or destroy it. */
  body: Readable;
}

export interface SiteFilesDeps {
  /** Where the publisher stores sites (`sites/{slug}/…`). */
  blobs: BlobStore;
  /** Whether a portfolio is live at `slug` (`PortfolioService.isLive`). */
  isLive(slug: string): Promise<boolean>;
}

/**
 * The files of live sites, for the embedded mode where this server answers `/sites/` itself (with
 * S3, a CDN reads the bucket instead). A folder left behind by a site that is no longer live is
 * never served: the portfolio is asked first.
 */
export class SiteFiles {
  constructor(private readonly deps: SiteFilesDeps) {}

  /** The file at `path` of the site live at `slug`; undefined when there is no such site or file. */
  async liveFile(slug: string, path: string): Promise<SiteFile | undefined> {
    if (!(await this.deps.isLive(slug))) return undefined;
    return this.deps.blobs.get(siteKey(slug, path));
  }
}
