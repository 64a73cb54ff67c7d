import { pageQuery, toPage, type Page } from '../domain/page.js';
import type { Readable } from 'node:stream';
import type { BlobStore } from '../adapters/blob-store.js';
import type { RateLimiters } from '../adapters/rate-limiters.js';
import type { CvListing, CvStore } from '../adapters/cv-store.js';
import type { Cv, CvDataVersion, Extraction } from '../domain/cv.js';
import { derivedId, newId } from '../domain/ids.js';
import { applyMergePatch } from '../domain/json-merge-patch.js';
import type { AuthContext } from '../domain/caller.js';
import { ProblemError } from '../domain/problem.js';
import type { Logger } from '../logger.js';
import type { ExtractionEvents } from './extraction-events.js';
import type { ExtractionPipeline } from './extraction-service.js';
import type { InspectedFile } from '@resume2website/cv-extraction';
import type { JobQueue } from '../adapters/job-queue.js';

export interface CvServiceDeps {
  store: CvStore;
  blobs: BlobStore;
  queue: JobQueue;
  pipeline: ExtractionPipeline;
  events: ExtractionEvents;
  limits: RateLimiters;
  inspect: (bytes: Buffer) => Promise<InspectedFile>;
  maxCvsPerUser: number;
  /** Takes down what was made from a CV (its portfolios and their live sites) before it goes. */
  beforeCvDeleted?: (cvId: string) => Promise<void>;
  logger: Logger;
  clock?: () => Date;
}

export const EXTRACT_JOB = 'extract-cv';

function notFound(what: string): ProblemError {
  return new ProblemError('not-found', `No ${what} with that id belongs to you.`);
}

function conflict(baseVersion: number | undefined, currentVersion: number): ProblemError {
  return new ProblemError(
    'conflict',
    `The document changed since version ${baseVersion}; it is now at version ${currentVersion}. Reload and apply your edit again.`,
    { extensions: { current_version: currentVersion } },
  );
}

function tooMany(waitSeconds: number, what: string): ProblemError {
  return new ProblemError('rate-limited', `Too many ${what}. Try again in ${waitSeconds} seconds.`, {
    headers: { 'Retry-After': String(waitSeconds) },
    extensions: { retry_after: waitSeconds },
  });
}

/** Uploads and the documents made from them. Other users' CVs answer 404, never 403. */
export class CvService {
  private readonly clock: () => Date;

  constructor(private readonly deps: CvServiceDeps) {
    this.clock = deps.clock ?? (() => new Date());
  }

  /**
   * Stores an accepted file and queues its extraction. Order matters for "nothing left behind":
   * the file is inspected before anything is written, the bytes are stored under a fresh key, and
   * if recording it fails the bytes are removed again.
   */
  async upload(
    auth: AuthContext,
    input: { bytes: Buffer; filename: string },
    requestKey?: string,
  ): Promise<{ cv: Cv; extraction: Extraction }> {
    // Under an Idempotency-Key the id comes from the key: a run of the same request after its
    // process died answers with the CV the first run stored (queueing its extraction if that run
    // died before it could), before any limit counts it a second time.
    const cvId = requestKey ? derivedId('cv', requestKey) : newId('cv');
    const earlier = requestKey && (await this.deps.store.findListingForUser(auth.userId, cvId));
    if (earlier && earlier.latest) {
      if (earlier.latest.status === 'queued') await this.enqueue(earlier.latest);
      return { cv: earlier.cv, extraction: earlier.latest };
    }
    const wait = await this.deps.limits.consume('uploadPerUser', auth.userId);
    if (wait) throw tooMany(wait, 'uploads');
    if ((await this.deps.store.countForUser(auth.userId)) >= this.deps.maxCvsPerUser) {
      throw new ProblemError(
        'cv-limit-reached',
        `You already have ${this.deps.maxCvsPerUser} CVs, the most an account may keep. Delete one to upload another.`,
      );
    }
    const file = await this.deps.inspect(input.bytes);
    const now = this.clock();
    const storageKey = `cvs/${auth.userId}/${cvId}/original`;
    const stored = await this.deps.blobs.put(storageKey, input.bytes, {
      contentType: file.mediaType,
      // A first run that died after storing the file and before recording the CV left it: replace it.
      ifNoneMatch: !requestKey,
    });
    const planned = this.deps.pipeline.plannedExtractor(file);
    const cv: Cv = {
      id: cvId,
      userId: auth.userId,
      tenantId: auth.tenantId,
      originalFilename: sanitiseFilename(input.filename),
      contentType: file.mediaType,
      sizeBytes: stored.size,
      sha256: stored.sha256,
      storageKey,
      currentVersion: null,
      createdAt: now,
      updatedAt: now,
    };
    const extraction = this.newExtraction(cvId, planned?.name ?? 'none', planned?.model ?? null, false, now);
    try {
      await this.deps.store.createWithExtraction(cv, extraction);
    } catch (err) {
      await this.deps.blobs.delete(storageKey).catch(() => undefined);
      throw err;
    }
    try {
      await this.enqueue(extraction);
    } catch (err) {
      // Not queued: the upload did not happen, rather than a CV waiting for a job that never comes.
      // Should this fail too, the cleanup queues the extraction again later (requeueWaitingSince).
      await this.deps.store
        .delete(cv.id)
        .then(() => this.deps.blobs.delete(storageKey))
        .catch((cleanupErr: unknown) =>
          this.deps.logger.warn({ err: cleanupErr, cv_id: cv.id }, 'could not undo an upload'),
        );
      throw err;
    }
    return { cv, extraction };
  }

  async list(auth: AuthContext, limit: number, cursor: string | undefined): Promise<Page<CvListing>> {
    const page = await this.deps.store.listForUser(auth.userId, pageQuery('cvs', { limit, cursor }));
    return toPage('cvs', page, (item) => item.cv);
  }

  async get(auth: AuthContext, cvId: string): Promise<CvListing> {
    const listing = await this.deps.store.findListingForUser(auth.userId, cvId);
    if (!listing) throw notFound('CV');
    return listing;
  }

  /** Removes the file, every document version and extraction, and cache entries only it used. */
  async delete(auth: AuthContext, cvId: string): Promise<void> {
    const cv = await this.owned(auth, cvId);
    await this.deps.beforeCvDeleted?.(cv.id);
    await this.deps.store.deleteUnsharedCacheEntries(cv.sha256, cv.id);
    await this.deps.store.delete(cv.id);
    await this.deps.blobs.delete(cv.storageKey);
    this.deps.logger.info({ cv_id: cv.id }, 'cv deleted');
  }

  /** Before an account (or an abandoned guest) is deleted: its files go too, not only its rows. */
  async deleteAllForUser(userId: string): Promise<void> {
    for (const cv of await this.deps.store.listAllForUser(userId)) {
      await this.deps.beforeCvDeleted?.(cv.id);
      await this.deps.store.deleteUnsharedCacheEntries(cv.sha256, cv.id);
      await this.deps.store.delete(cv.id);
      await this.deps.blobs.delete(cv.storageKey);
    }
  }

  async file(auth: AuthContext, cvId: string): Promise<{ cv: Cv; body: Readable }> {
    const cv = await this.owned(auth, cvId);
    const blob = await this.deps.blobs.get(cv.storageKey);
    if (!blob) throw new ProblemError('internal-error', 'The stored file is missing.');
    return { cv, body: blob.body };
  }

  /** The current version's number when the caller owns the CV and it has a document, else undefined. */
  currentVersion(auth: AuthContext, cvId: string): Promise<number | undefined> {
    return this.deps.store.currentVersionForUser(auth.userId, cvId);
  }

  async currentData(auth: AuthContext, cvId: string): Promise<CvDataVersion> {
    const found = await this.deps.store.currentDataForUser(auth.userId, cvId);
    if (found) return found;
    // Not found, not theirs, or no document yet: the slower path says which.
    const cv = await this.owned(auth, cvId);
    const current = await this.deps.store.currentData(cv.id);
    if (!current) {
      const latest = await this.deps.store.latestExtraction(cv.id);
      const state = latest ? `its extraction is ${latest.status}` : 'it has not been extracted';
      throw new ProblemError('not-found', `This CV has no document yet: ${state}.`);
    }
    return current;
  }

  async replaceData(
    auth: AuthContext,
    cvId: string,
    data: unknown,
    baseVersion: number | undefined,
  ): Promise<CvDataVersion> {
    const cv = await this.owned(auth, cvId);
    return this.appendUserData(cv.id, data, baseVersion, baseVersion);
  }

  /**
   * Applies an RFC 7396 merge patch to the current document and stores the result. `validate`
   * checks the patched document as a whole replacement would be checked and returns what to store.
   * The write is conditional on the version the patch was applied to, with or without
   * `baseVersion`, so a write landing in between is a `409`, never a lost update.
   */
  async patchData(
    auth: AuthContext,
    cvId: string,
    patch: Record<string, unknown>,
    baseVersion: number | undefined,
    validate: (data: unknown) => unknown,
  ): Promise<CvDataVersion> {
    const current = await this.currentData(auth, cvId);
    if (baseVersion !== undefined && baseVersion !== current.version) throw conflict(baseVersion, current.version);
    const data = validate(applyMergePatch(current.data, patch));
    return this.appendUserData(cvId, data, current.version, baseVersion ?? current.version);
  }

  private async appendUserData(
    cvId: string,
    data: unknown,
    expectedVersion: number | undefined,
    reportedBase: number | undefined,
  ): Promise<CvDataVersion> {
    const saved = await this.deps.store.appendData(
      cvId,
      { source: 'user', extractionId: null, data },
      expectedVersion,
      this.clock(),
    );
    if (!saved) {
      const current = await this.deps.store.currentData(cvId);
      throw conflict(reportedBase, current?.version ?? 0);
    }
    return saved;
  }

  /** Re-extracts; an extraction already queued or running is returned instead of a second one. */
  async extractAgain(auth: AuthContext, cvId: string, force: boolean): Promise<Extraction> {
    const cv = await this.owned(auth, cvId);
    const unfinished = await this.deps.store.unfinishedExtraction(cv.id);
    if (unfinished) return unfinished;
    const wait = await this.deps.limits.consume('extractionPerUser', auth.userId);
    if (wait) throw tooMany(wait, 'extractions');
    const latest = await this.deps.store.latestExtraction(cv.id);
    const extraction = this.newExtraction(
      cv.id,
      latest?.extractor ?? 'none',
      latest?.model ?? null,
      force,
      this.clock(),
    );
    await this.deps.store.createExtraction(extraction);
    await this.enqueue(extraction);
    return extraction;
  }

  async extraction(auth: AuthContext, extractionId: string): Promise<Extraction> {
    const extraction = await this.currentExtraction(auth, extractionId);
    if (!extraction) throw notFound('extraction');
    return extraction;
  }

  /**
   * The extraction as it is now, or undefined when it is not (or no longer) the caller's. For
   * watchers that re-read it on a timer (the event stream, covering workers in other processes),
   * where a vanished row is a quiet miss, not an error each tick.
   */
  currentExtraction(auth: AuthContext, extractionId: string): Promise<Extraction | undefined> {
    return this.deps.store.findExtractionForUser(auth.userId, extractionId);
  }

  /**
   * Queues again the extractions still waiting since before `before`: an API process that died
   * between storing an upload and queueing its job left it waiting for a job that never comes. One
   * whose job is still waiting in the queue is not queued twice (the job's dedupe key), and a job
   * for an extraction already done does nothing. How many were queued again.
   */
  async requeueWaitingSince(before: Date, limit = 500): Promise<number> {
    const waiting = await this.deps.store.queuedExtractionsBefore(before, limit);
    for (const extraction of waiting) await this.enqueue(extraction);
    if (waiting.length > 0) this.deps.logger.info({ extractions: waiting.length }, 'waiting extractions queued again');
    return waiting.length;
  }

  private async owned(auth: AuthContext, cvId: string): Promise<Cv> {
    const cv = await this.deps.store.findForUser(auth.userId, cvId);
    if (!cv) throw notFound('CV');
    return cv;
  }

  private newExtraction(cvId: string, extractor: string, model: string | null, forced: boolean, now: Date): Extraction {
    return {
      id: newId('ext'),
      cvId,
      status: 'queued',
      stage: null,
      cached: false,
      forced,
      extractor,
      model,
      promptVersion: null,
      cacheKey: null,
      errorCode: null,
      errorMessage: null,
      durationMs: null,
      usage: null,
      signals: null,
      createdAt: now,
      startedAt: null,
      finishedAt: null,
    };
  }

  private async enqueue(extraction: Extraction): Promise<void> {
    await this.deps.queue.enqueue({
      queue: 'extract',
      name: EXTRACT_JOB,
      payload: { extraction_id: extraction.id },
      dedupeKey: `extract:${extraction.id}`,
    });
  }
}

/** The original name is metadata only (never a storage key): keep it readable, drop what is not. */
export function sanitiseFilename(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const printable = [...base].filter((ch) => {
    const code = ch.codePointAt(0)!;
    return code >= 0x20 && code !== 0x7f;
  });
  return printable.join('').trim().slice(0, 255) || 'cv';
}
