import type { components } from '@resume2website/sdk';
import type { Cv, CvDataVersion, Extraction } from '../domain/cv.js';

type Schemas = components['schemas'];

/** The one mapping from domain CV objects to the API's shapes. */
export function toApiCv(cv: Cv, latest: Extraction | undefined): Schemas['Cv'] {
  return {
    id: cv.id,
    original_filename: cv.originalFilename,
    content_type: cv.contentType,
    size_bytes: cv.sizeBytes,
    sha256: cv.sha256,
    created_at: cv.createdAt.toISOString(),
    updated_at: cv.updatedAt.toISOString(),
    extraction: latest ? { id: latest.id, status: latest.status } : null,
    has_data: cv.currentVersion !== null,
  };
}

export function toApiExtraction(e: Extraction): Schemas['Extraction'] {
  return {
    id: e.id,
    cv_id: e.cvId,
    status: e.status,
    stage: e.stage,
    cached: e.cached,
    extractor: e.extractor === 'none' ? null : e.extractor,
    model: e.model,
    error: e.errorCode ? { code: e.errorCode, message: e.errorMessage ?? '' } : null,
    duration_ms: e.durationMs,
    usage: e.usage,
    signals: e.signals,
    created_at: e.createdAt.toISOString(),
    started_at: e.startedAt?.toISOString() ?? null,
    finished_at: e.finishedAt?.toISOString() ?? null,
  };
}

export function toApiCvDocument(version: CvDataVersion): Schemas['CvDocument'] {
  return {
    cv_id: version.cvId,
    version: version.version,
    source: version.source,
    extraction_id: version.extractionId,
    updated_at: version.createdAt.toISOString(),
    // The one cast left in routes/: the domain keeps a stored document as `unknown`, but every
    // version was written by the sanitiser (extractions) or after `validateUserCvData` (edits), so
    // it is a CvData. Typing `CvDataVersion.data` as CvData in domain/ would remove it.
    data: version.data as Schemas['CvData'],
  };
}
