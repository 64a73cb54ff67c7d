import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedInvalidation {
  distributionId: string;
  paths: string[];
  callerReference: string;
  authorization: string | undefined;
}

export interface CloudFrontStub {
  endpoint: string;
  invalidations: RecordedInvalidation[];
  /** The next `n` requests answer 503 (CloudFront's throttling/outage shape). */
  failNext(n: number): void;
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function all(xml: string, tag: string): string[] {
  return [...xml.matchAll(new RegExp(`<${tag}>([^<]*)</${tag}>`, 'g'))].map((m) => m[1]!);
}

/**
 * The one CloudFront API call publishing makes (CreateInvalidation, REST/XML, 2020-05-31), served
 * on loopback so the real AWS SDK client can be pointed at it with `CLOUDFRONT_ENDPOINT`.
 */
export async function startCloudFrontStub(): Promise<CloudFrontStub> {
  const invalidations: RecordedInvalidation[] = [];
  let failures = 0;
  const server = createServer((req, res) => {
    void (async () => {
      const body = await readBody(req);
      const match = /^\/2020-05-31\/distribution\/([^/]+)\/invalidation$/.exec(req.url ?? '');
      if (failures > 0) {
        failures--;
        res.writeHead(503, { 'content-type': 'text/xml' });
        res.end(
          '<?xml version="1.0"?><ErrorResponse><Error><Type>Receiver</Type><Code>ServiceUnavailable</Code><Message>try again</Message></Error></ErrorResponse>',
        );
        return;
      }
      if (req.method !== 'POST' || !match) {
        res.writeHead(404, { 'content-type': 'text/xml' });
        res.end('<?xml version="1.0"?><ErrorResponse><Error><Code>NoSuchResource</Code></Error></ErrorResponse>');
        return;
      }
      const paths = all(body, 'Path');
      const callerReference = all(body, 'CallerReference')[0] ?? '';
      invalidations.push({
        distributionId: match[1]!,
        paths,
        callerReference,
        authorization: req.headers.authorization,
      });
      const id = `I${invalidations.length.toString().padStart(13, '0')}`;
      res.writeHead(201, {
        'content-type': 'text/xml',
        location: `https://cloudfront.amazonaws.com/2020-05-31/distribution/${match[1]}/invalidation/${id}`,
      });
      res.end(
        `<?xml version="1.0" encoding="UTF-8"?><Invalidation xmlns="http://cloudfront.amazonaws.com/doc/2020-05-31/"><Id>${id}</Id><Status>InProgress</Status><CreateTime>${new Date().toISOString()}</CreateTime><InvalidationBatch><Paths><Quantity>${paths.length}</Quantity><Items>${paths.map((p) => `<Path>${p}</Path>`).join('')}</Items></Paths><CallerReference>${callerReference}</CallerReference></InvalidationBatch></Invalidation>`,
      );
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    invalidations,
    failNext(n) {
      failures = n;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
