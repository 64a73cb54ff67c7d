import type { ExtractionSignals, ExtractionUsage } from '@resume2website/cv-extraction';

export interface Cv {
  id: string;
  userId: string;
  tenantId: string | null;
  originalFilename: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  storageKey: string;
  currentVersion: number | null;
  createdAt: Date;
  updatedAt: Date;
}

export type ExtractionStatus = 'queued' | 'running' | 'succeeded' | 'failed';

export interface Extraction {
  id: string;
  cvId: string;
  status: ExtractionStatus;
  stage: string | null;
  cached: boolean;
  forced: boolean;
  extractor: string;
  model: string | null;
  promptVersion: string | null;
  cacheKey: string | null;
  errorCode: string | null;
  errorMessage: string | null;
  durationMs: number | null;
  usage: ExtractionUsage | null;
  signals: ExtractionSignals | null;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
}

export type CvDataSource = 'extraction' | 'user' | 'import';

export interface CvDataVersion {
  cvId: string;
  version: number;
  source: CvDataSource;
  extractionId: string | null;
  data: unknown;
  createdAt: Date;
}
