import { randomUUID } from 'node:crypto';
import { CloudFrontClient, CreateInvalidationCommand } from '@aws-sdk/client-cloudfront';
import type { CdnInvalidator } from './cdn-invalidator.js';

export interface CloudFrontInvalidatorOptions {
  distributionId: string;
  region: string;
  /** Another CloudFront API host (tests run a local stub). */
  endpoint?: string;
  credentials?: { accessKeyId: string; secretAccessKey: string };
}

/**
 * Invalidates a republished site's paths on CloudFront. Each call is its own invalidation with a
 * fresh caller reference: CloudFront treats a repeated reference as "the same request again" and
 * would not clear paths that were cached since.
 */
export function createCloudFrontInvalidator(options: CloudFrontInvalidatorOptions): CdnInvalidator & {
  close(): void;
} {
  const client = new CloudFrontClient({
    region: options.region,
    ...(options.endpoint !== undefined && { endpoint: options.endpoint }),
    ...(options.credentials !== undefined && { credentials: options.credentials }),
    requestHandler: { connectionTimeout: 5_000, requestTimeout: 30_000 },
  });
  return {
    async invalidate(paths) {
      if (paths.length === 0) return;
      await client.send(
        new CreateInvalidationCommand({
          DistributionId: options.distributionId,
          InvalidationBatch: {
            CallerReference: randomUUID(),
            Paths: { Quantity: paths.length, Items: paths },
          },
        }),
      );
    },
    close() {
      client.destroy();
    },
  };
}
