// The CV pipeline's public API: intake → an extractor → sanitizer → hallucination check. See README.md.

// The CV document
export {
  CV_DOCUMENT_SHAPE,
  CV_LIMITS,
  CV_SECTION_KEYS,
  compareCvDates,
  formatCvDate,
  formatLocationText,
  isAllowedCvUrl,
  isCvDate,
  jsonPointer,
  parseLocationText,
  type CvData,
  type CvDataIssue,
  type CvFieldSpec,
  type CvLocation,
  type CvMeta,
  type CvSectionKey,
  type CvShape,
  type DateRange,
  type ProfessionalLink,
} from './cv-data.js';

// Errors and the extractor contract
export {
  CvInputError,
  type CvFieldError,
  type CvInputErrorCode,
  type CvInputErrorOptions,
  type RefusalReason,
} from './cv-input-error.js';
export {
  ExtractionError,
  extractionSignals,
  type CvFileKind,
  type ExtractionErrorCode,
  type ExtractionInput,
  type ExtractionSignals,
  type ExtractionStage,
  type ExtractionUsage,
  type Extractor,
  type ExtractorContext,
  type ExtractorResult,
  type InspectedFile,
} from './extractor.js';

// Intake: what a file is, from its bytes
export {
  ACCEPTED_MEDIA_TYPES,
  CV_INTAKE_DEFAULTS,
  closeCvIntake,
  inspectCvFile,
  readPdfLayout,
  warmUpCvIntake,
  type CvIntakeOptions,
  type PdfPageLayout,
  type PdfTextItem,
} from './intake/cv-intake.js';

// Extractors
export {
  HEURISTIC_PROMPT_VERSION,
  createHeuristicExtractor,
  type HeuristicExtractorDeps,
  type HeuristicExtractorLogger,
} from './offline/heuristic-extractor.js';
export { createClaudeExtractor, type ClaudeExtractor, type ClaudeExtractorOptions } from './claude/claude-extractor.js';
export { DEFAULT_CLAUDE_MODEL, type ClaudeExtractorLogger } from './claude/anthropic-client.js';
export { isSpendLimitFailure, type ApiFailure } from './claude/claude-errors.js';
export { MODEL_PRICES, costUsd, priceOf, type ModelPrice } from './claude/pricing.js';
export { claudeToolSchema, modelAcceptsTemperature } from './claude/request.js';
export {
  EXTRACTION_PROMPT_VERSION,
  EXTRACTION_SYSTEM_PROMPT,
  NOT_A_CV_TOOL,
  RECORD_CV_TOOL,
} from './claude/extraction-prompt.js';
export { createJsonResumeExtractor } from './json-resume/json-resume-extractor.js';

// The contract's CvData as a standalone JSON Schema
export {
  buildCvJsonSchema,
  createSchemaChecker,
  type CvJsonSchema,
  type CvJsonSchemaOptions,
  type JsonSchema,
  type SchemaAdjustment,
} from './schema/cv-json-schema.js';

// After extraction
export {
  cleanCvText,
  sanitizeCvData,
  validateUserCvData,
  type SanitizedCvData,
} from './sanitizer/cv-data-sanitizer.js';
export { readCvDate, type CvDateReading } from './dates/cv-date-reader.js';
export { MONTH_NAMES } from './dates/month-names.js';
export { LONG_TEXT_MIN_OVERLAP, checkAgainstSource, type FlaggedValue } from './hallucination-check.js';

// JSON Resume
export {
  EXTENSION_SECTIONS,
  JSON_RESUME_EXTENSION,
  JSON_RESUME_SCHEMA_URL,
  fromJsonResume,
  importJsonResume,
  toJsonResume,
  type JsonResume,
} from './json-resume/json-resume.js';

// The circuit breaker the Claude extractor uses
export {
  CircuitBreaker,
  CircuitOpenError,
  type CallOutcome,
  type CircuitBreakerOptions,
  type CircuitSnapshot,
  type CircuitState,
  type CircuitStateChange,
} from './circuit-breaker.js';
