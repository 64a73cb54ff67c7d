// The Claude request's input tokens for a 2-page CV, counted by Anthropic's token counting
// endpoint (`messages.countTokens`) on exactly the request the extractor would send. It needs the
// real API: set BENCH_CLAUDE_API_KEY (and optionally CLAUDE_MODEL). Without it, only the request's
// size is reported, and the report says the count was not taken.
import { createHash } from 'node:crypto';
import { createClaudeExtractor, type ClaudeExtractorLogger } from '@resume2website/cv-extraction';
import { textPdf } from '../../cv-extraction/test/support/intake-fixtures.js';
import { loadApiSpec } from '../src/spec.js';

export interface ClaudeTokensReport {
  counted: boolean;
  input_tokens: number | null;
  model: string | null;
  pdf_bytes: number;
  note: string;
}

export async function measureClaudeTokens(): Promise<ClaudeTokensReport> {
  const bytes = textPdf();
  const apiKey = process.env.BENCH_CLAUDE_API_KEY;
  if (!apiKey) {
    return {
      counted: false,
      input_tokens: null,
      model: null,
      pdf_bytes: bytes.length,
      note: 'not counted: set BENCH_CLAUDE_API_KEY to count with messages.countTokens (needs api.anthropic.com)',
    };
  }
  const silent: ClaudeExtractorLogger = { info() {}, warn() {}, error() {}, debug() {} };
  const claude = createClaudeExtractor({
    apiKey,
    ...(process.env.CLAUDE_MODEL && { model: process.env.CLAUDE_MODEL }),
    timeoutMs: 60_000,
    logger: silent,
    contract: loadApiSpec().document,
  });
  const tokens = await claude.estimateInputTokens({
    file: { kind: 'pdf', mediaType: 'application/pdf', pageCount: 2 },
    bytes,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    originalFilename: 'cv.pdf',
  });
  return {
    counted: true,
    input_tokens: tokens,
    model: claude.model,
    pdf_bytes: bytes.length,
    note: 'messages.countTokens',
  };
}

export function describeClaudeTokens(r: ClaudeTokensReport): string[] {
  return r.counted
    ? [`Claude input tokens for a 2-page CV (${r.model}): ${r.input_tokens}`]
    : [`Claude input tokens for a 2-page CV: ${r.note}`];
}
