/** Clears a CDN's cached copies of paths (CloudFront when configured). */
export interface CdnInvalidator {
  invalidate(paths: string[]): Promise<void>;
}
