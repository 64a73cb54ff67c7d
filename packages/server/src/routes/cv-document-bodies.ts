import { LRUCache } from 'lru-cache';

/**
 * `GET /cvs/{id}/data` bodies, serialised and UTF-8 encoded, by CV and version. A stored version
 * never changes, so an entry is never stale: each request still asks the database which version is
 * current (and whether the caller owns the CV), but not for the document, which was most of that
 * read's cost (fetching, parsing and re-serialising it). Kept as bytes, not a string: a string body
 * is measured (`Content-Length`) and encoded again on every response, 7 µs for a typical CV.
 * Bounded by size: 32 MB, a few thousand typical documents, well inside the API pod's 1 GiB limit.
 */
export class CvDocumentBodies {
  private readonly bodies: LRUCache<string, Buffer>;

  constructor(maxBytes = 32 * 1024 * 1024) {
    this.bodies = new LRUCache<string, Buffer>({ maxSize: maxBytes, sizeCalculation: (body) => body.length || 1 });
  }

  get(cvId: string, version: number): Buffer | undefined {
    return this.bodies.get(`${cvId}@${version}`);
  }

  /** Keeps `json` and returns it encoded, as the response sends it. */
  set(cvId: string, version: number, json: string): Buffer {
    const body = Buffer.from(json);
    this.bodies.set(`${cvId}@${version}`, body);
    return body;
  }
}
