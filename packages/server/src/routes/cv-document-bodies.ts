import { LRUCache } from 'lru-cache';

/**
 * `GET /cvs/{id}/data` bodies, serialised, by CV and version. A stored version never changes, so an
 * entry is never stale: each request still asks the database which version is current (and whether
 * the caller owns the CV), but not for the document, which was most of that read's cost (fetching,
 * parsing and re-serialising it). Bounded by size: 16 Mi characters is at most 32 MB (UTF-16), a few
 * thousand typical documents, well inside the API pod's 1 GiB limit.
 */
export class CvDocumentBodies {
  private readonly bodies: LRUCache<string, string>;

  constructor(maxChars = 16 * 1024 * 1024) {
    this.bodies = new LRUCache<string, string>({ maxSize: maxChars, sizeCalculation: (body) => body.length || 1 });
  }

  get(cvId: string, version: number): string | undefined {
    return this.bodies.get(`${cvId}@${version}`);
  }

  set(cvId: string, version: number, body: string): void {
    this.bodies.set(`${cvId}@${version}`, body);
  }
}
