import type { TestApp } from './test-app.js';

/** A `multipart/form-data` body with one file part, as browsers send it. */
export function multipart(
  bytes: Buffer,
  filename: string,
  type = 'application/octet-stream',
  field = 'file',
): { body: Buffer; contentType: string } {
  const boundary = `----r2w${Math.random().toString(16).slice(2)}`;
  const head = Buffer.from(
    // As browsers do: quotes in the name are percent-encoded inside the quoted filename.
    `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename.replace(/"/g, '%22')}"\r\nContent-Type: ${type}\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return { body: Buffer.concat([head, bytes, tail]), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** A new guest session's Authorization header. */
export async function guestHeaders(
  app: TestApp,
  headers: Record<string, string> = {},
): Promise<Record<string, string>> {
  const res = await app.request('POST', '/api/v1/auth/guest', { headers });
  return { authorization: `Bearer ${res.json<{ session_id: string }>().session_id}` };
}

/** Polls an extraction until it succeeds or fails. */
export async function settledExtraction(
  app: TestApp,
  headers: Record<string, string>,
  extractionId: string,
): Promise<{ status: string; extractor: string | null; error: unknown }> {
  for (let i = 0; i < 300; i++) {
    const res = await app.request('GET', `/api/v1/extractions/${extractionId}`, { headers });
    const body = res.json<{ status: string; extractor: string | null; error: unknown }>();
    if (body.status === 'succeeded' || body.status === 'failed') return body;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`extraction ${extractionId} never finished`);
}

/**
 * Uploads a file and waits for its extraction to succeed; the CV's id. JSON Resume documents are
 * imported without a model, so a CV gets a document in milliseconds.
 */
export async function cvWithDocument(
  app: TestApp,
  headers: Record<string, string>,
  file: { bytes: Buffer; filename: string; type?: string },
): Promise<string> {
  const form = multipart(file.bytes, file.filename, file.type ?? 'application/octet-stream');
  const res = await app.request('POST', '/api/v1/cvs', {
    body: form.body,
    headers: { ...headers, 'content-type': form.contentType },
  });
  if (res.status !== 202) throw new Error(`upload answered ${res.status}: ${res.text}`);
  const cv = res.json<{ id: string; extraction: { id: string } }>();
  const extraction = await settledExtraction(app, headers, cv.extraction.id);
  if (extraction.status !== 'succeeded') throw new Error(`extraction failed: ${JSON.stringify(extraction.error)}`);
  return cv.id;
}

/** A JSON Resume upload, as `cvWithDocument` takes it. */
export function jsonResumeFile(resume: unknown): { bytes: Buffer; filename: string; type: string } {
  return { bytes: Buffer.from(JSON.stringify(resume)), filename: 'cv.json', type: 'application/json' };
}
