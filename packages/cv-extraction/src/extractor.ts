/**
 * The contracts between the CV pipeline's parts: intake (what a file is), extractors (file → CV
 * document candidate) and the pipeline that runs them. Kept apart so each part can be built and
 * tested on its own.
 */

/** What intake decided an accepted upload is, by its bytes (never by name or header). */
export type CvFileKind = 'pdf' | 'docx' | 'doc' | 'text' | 'markdown' | 'image' | 'jsonresume';

export interface InspectedFile {
  kind: CvFileKind;
  /** The canonical media type for storage and for the extractor. */
  mediaType:
    | 'application/pdf'
    | 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
    | 'application/msword'
    | 'text/plain'
    | 'text/markdown'
    | 'image/png'
    | 'image/jpeg'
    | 'image/webp'
    | 'application/json';
  /** Plain text when intake had to read it anyway (DOCX, DOC, TXT, Markdown; PDF text layer if cheap). */
  text?: string;
  pageCount?: number;
  /** The parsed document, for JSON Resume uploads. */
  json?: unknown;
}

export interface ExtractionInput {
  file: InspectedFile;
  bytes: Buffer;
  sha256: string;
  originalFilename: string;
}

export interface ExtractionUsage {
  input_tokens: number;
  output_tokens: number;
  cache_read_input_tokens: number;
  cache_creation_input_tokens: number;
  cost_usd: number;
}

export interface ExtractionSignals {
  layout: string | null;
  section_confidence: Record<string, number>;
  unclassified_chars: number;
  flagged_values: { pointer: string; value: string | number | boolean | null; reason: string }[];
}

/**
 * The signals of one extraction, as the pipeline reports them: what the extractor said, then the
 * values the source text does not support (`checkAgainstSource`), then what the sanitizer dropped.
 */
export function extractionSignals(parts: {
  extractor?: Partial<ExtractionSignals>;
  flagged?: ExtractionSignals['flagged_values'];
  dropped?: readonly { pointer: string; reason: string }[];
}): ExtractionSignals {
  const extractor = parts.extractor ?? {};
  return {
    layout: extractor.layout ?? null,
    section_confidence: extractor.section_confidence ?? {},
    unclassified_chars: extractor.unclassified_chars ?? 0,
    flagged_values: [
      ...(extractor.flagged_values ?? []),
      ...(parts.flagged ?? []),
      ...(parts.dropped ?? []).map((d) => ({ pointer: d.pointer, value: null, reason: `dropped: ${d.reason}` })),
    ],
  };
}

export interface ExtractorResult {
  /** A CvData candidate: still to be validated and sanitised by the pipeline. */
  data: unknown;
  usage: ExtractionUsage | null;
  signals?: Partial<ExtractionSignals>;
}

export type ExtractionStage = 'reading' | 'extracting' | 'validating';

export interface ExtractorContext {
  signal: AbortSignal;
  onStage(stage: ExtractionStage): void;
}

export interface Extractor {
  /** `claude`, `heuristic`, `jsonresume`: recorded on the extraction and part of the cache key. */
  readonly name: string;
  readonly model: string | null;
  /** Bumped whenever the prompt or output schema changes, so cached results are not reused. */
  readonly promptVersion: string;
  supports(file: InspectedFile): boolean;
  /**
   * False while the extractor cannot be used at all (Claude's circuit breaker is open): the
   * pipeline then goes straight to the next extractor that supports the file. Absent = always.
   */
  available?(): boolean;
  extract(input: ExtractionInput, context: ExtractorContext): Promise<ExtractorResult>;
}

/** Failure codes as the contract lists them for `Extraction.error.code`. */
export type ExtractionErrorCode =
  | 'not-a-cv'
  | 'unprocessable-file'
  | 'timeout'
  | 'extractor-unavailable'
  | 'spend-limit'
  | 'invalid-output'
  | 'internal-error';

export class ExtractionError extends Error {
  constructor(
    readonly code: ExtractionErrorCode,
    message: string,
    options: { cause?: unknown; retryable?: boolean } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'ExtractionError';
    this.retryable = options.retryable ?? false;
  }
  readonly retryable: boolean;
}
