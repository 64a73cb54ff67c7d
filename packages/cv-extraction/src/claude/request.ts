import { createHash } from 'node:crypto';
import type { ExtractionInput, InspectedFile } from '../extractor.js';
import { buildCvJsonSchema, createSchemaChecker, type JsonSchema } from '../schema/cv-json-schema.js';
import type {
  ContentBlockParam,
  MessageCountTokensParams,
  MessageCreateParamsNonStreaming,
  TextBlockParam,
  Tool,
  ToolChoiceAny,
} from './anthropic-client.js';
import { claudeError } from './claude-errors.js';
import {
  DOCUMENT_CLOSING,
  EXTRACTION_PROMPT_VERSION,
  EXTRACTION_REQUEST,
  EXTRACTION_SYSTEM_PROMPT,
  NOT_A_CV_DESCRIPTION,
  NOT_A_CV_INPUT_SCHEMA,
  NOT_A_CV_TOOL,
  RECORD_CV_DESCRIPTION,
  RECORD_CV_TOOL,
  documentOpening,
  frameCvText,
} from './extraction-prompt.js';

/**
 * What is sent to Claude for one CV file.
 *
 * - PDFs go as a native `document` block and images as an `image` block (the model reads the
 *   layout, and scans need no separate OCR); DOCX, DOC, TXT and Markdown go as the text intake
 *   extracted. The CV is always framed as data (`<cv_document>…</cv_document>`).
 * - The answer is a forced tool call (`tool_choice: any` over `record_cv` and `report_not_a_cv`);
 *   `record_cv`'s input schema is CvData, generated from the contract (openapi.yaml). The schema is
 *   far past the complexity limits of strict tools / structured outputs (see ADR 0004), so the call
 *   is not `strict` and the answer's shape is checked by `checkShape` (see `interpretation.ts`).
 */

/**
 * Models that accept `temperature`. The original product ran Claude Opus 4 at temperature 0.0 for
 * repeatable extractions; from Claude Opus 4.7 on the API refuses sampling parameters with a 400,
 * so they are sent only to the models listed here (an unknown, newer model gets none).
 */
const TEMPERATURE_MODEL_PREFIXES = [
  'claude-opus-4-0',
  'claude-opus-4-1',
  'claude-opus-4-2025',
  'claude-opus-4-5',
  'claude-opus-4-6',
  'claude-sonnet-4-0',
  'claude-sonnet-4-2025',
  'claude-sonnet-4-5',
  'claude-sonnet-4-6',
  'claude-haiku-4-5',
  'claude-3-',
] as const;

export function modelAcceptsTemperature(model: string): boolean {
  return TEMPERATURE_MODEL_PREFIXES.some((prefix) => model.startsWith(prefix));
}

const IMAGE_MEDIA_TYPES = new Set(['image/png', 'image/jpeg', 'image/webp'] as const);
type ImageMediaType = 'image/png' | 'image/jpeg' | 'image/webp';
const TEXT_KINDS = new Set(['docx', 'doc', 'text', 'markdown']);
/** The API's limits for one image and for a PDF. */
const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
const MAX_PDF_PAGES = 100;
/** Far beyond any CV (≈ 100 k tokens); keeps a hostile text file from filling the context. */
const MAX_TEXT_CHARS = 300_000;

/** The schema `record_cv` carries: CvData from the contract, with only the meta the model states. */
export function claudeToolSchema(contract: Record<string, unknown>): JsonSchema {
  return buildCvJsonSchema(contract, { metaMembers: ['language'] }).schema;
}

function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export interface ClaudeRequests {
  /** `EXTRACTION_PROMPT_VERSION` plus a hash of everything sent before the CV. */
  promptVersion: string;
  /** Problems with a `record_cv` answer's shape (at most a few), by the tool's schema. */
  checkShape: (value: unknown) => string[];
  supports(file: InspectedFile): boolean;
  /** The user turn for a file; throws `unprocessable-file` for one the API cannot take. */
  userContent(input: ExtractionInput): ContentBlockParam[];
  createParams(content: ContentBlockParam[]): MessageCreateParamsNonStreaming;
  countParams(content: ContentBlockParam[]): MessageCountTokensParams;
}

export function createClaudeRequests(options: {
  model: string;
  maxTokens: number;
  contract: Record<string, unknown>;
}): ClaudeRequests {
  const { model, maxTokens } = options;
  const sendTemperature = modelAcceptsTemperature(model);

  // The stable prefix: identical bytes on every call, so the prompt cache can serve it. Tools come
  // before the system prompt in the cache's order, so one breakpoint on the system prompt covers both.
  const schema = claudeToolSchema(options.contract);
  const tools: Tool[] = [
    {
      name: RECORD_CV_TOOL,
      description: RECORD_CV_DESCRIPTION,
      input_schema: { ...schema, type: 'object' } as Tool.InputSchema,
    },
    {
      name: NOT_A_CV_TOOL,
      description: NOT_A_CV_DESCRIPTION,
      input_schema: structuredClone(NOT_A_CV_INPUT_SCHEMA) as unknown as Tool.InputSchema,
    },
  ];
  const system: TextBlockParam[] = [
    { type: 'text', text: EXTRACTION_SYSTEM_PROMPT, cache_control: { type: 'ephemeral' } },
  ];
  const toolChoice: ToolChoiceAny = { type: 'any', disable_parallel_tool_use: true };

  function createParams(content: ContentBlockParam[]): MessageCreateParamsNonStreaming {
    return {
      model,
      max_tokens: maxTokens,
      system,
      tools,
      tool_choice: toolChoice,
      messages: [{ role: 'user', content }],
      ...(sendTemperature ? { temperature: 0 } : {}),
    };
  }

  return {
    promptVersion: `${EXTRACTION_PROMPT_VERSION}+${sha256Hex(JSON.stringify({ system, tools, toolChoice })).slice(0, 12)}`,
    checkShape: createSchemaChecker(schema),

    supports(file) {
      if (file.kind === 'pdf') return file.mediaType === 'application/pdf';
      if (file.kind === 'image') return IMAGE_MEDIA_TYPES.has(file.mediaType as ImageMediaType);
      if (TEXT_KINDS.has(file.kind)) return typeof file.text === 'string' && file.text.trim() !== '';
      return false;
    },

    userContent({ file, bytes }) {
      if (file.kind === 'pdf' && file.mediaType === 'application/pdf') {
        if (file.pageCount !== undefined && file.pageCount > MAX_PDF_PAGES) {
          throw claudeError(
            'unprocessable-file',
            `The PDF has ${file.pageCount} pages; at most ${MAX_PDF_PAGES} can be read.`,
            'ignore',
          );
        }
        return [
          { type: 'text', text: documentOpening(file.mediaType) },
          {
            type: 'document',
            source: { type: 'base64', media_type: 'application/pdf', data: bytes.toString('base64') },
          },
          { type: 'text', text: `${DOCUMENT_CLOSING}\n\n${EXTRACTION_REQUEST}` },
        ];
      }
      if (file.kind === 'image' && IMAGE_MEDIA_TYPES.has(file.mediaType as ImageMediaType)) {
        if (bytes.length > MAX_IMAGE_BYTES) {
          throw claudeError('unprocessable-file', 'The image is larger than the 5 MB the model accepts.', 'ignore');
        }
        return [
          { type: 'text', text: documentOpening(file.mediaType) },
          {
            type: 'image',
            source: { type: 'base64', media_type: file.mediaType as ImageMediaType, data: bytes.toString('base64') },
          },
          { type: 'text', text: `${DOCUMENT_CLOSING}\n\n${EXTRACTION_REQUEST}` },
        ];
      }
      if (TEXT_KINDS.has(file.kind)) {
        const text = file.text ?? '';
        if (text.trim() === '') throw claudeError('unprocessable-file', 'The file has no text to extract.', 'ignore');
        if (text.length > MAX_TEXT_CHARS) {
          throw claudeError(
            'unprocessable-file',
            'The file has far more text than a CV; it was not sent to the model.',
            'ignore',
          );
        }
        return [{ type: 'text', text: `${frameCvText(text, file.mediaType)}\n\n${EXTRACTION_REQUEST}` }];
      }
      throw claudeError('unprocessable-file', `The Claude extractor does not read ${file.kind} files.`, 'ignore');
    },

    createParams,

    countParams(content) {
      const params = createParams(content);
      return {
        model: params.model,
        system: params.system,
        tools: params.tools,
        tool_choice: params.tool_choice,
        messages: params.messages,
      };
    },
  };
}
