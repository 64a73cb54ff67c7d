import { isRecord } from '../cv-data.js';
import type { ExtractionInput } from '../extractor.js';
import type { Message } from './anthropic-client.js';
import { claudeError, clip } from './claude-errors.js';
import { NOT_A_CV_TOOL, RECORD_CV_TOOL } from './extraction-prompt.js';

/**
 * Claude's answer → a CvData candidate (still to be sanitised by the pipeline), or the failure it
 * stands for: a CV too long for one response, a refusal, a `report_not_a_cv` call, arguments that
 * do not match the tool's schema. Every failure here is the model's answer, so none counts against
 * the circuit breaker.
 */
export function interpretAnswer(
  message: Message,
  input: ExtractionInput,
  options: { model: string; maxTokens: number; checkShape: (value: unknown) => string[] },
): unknown {
  switch (message.stop_reason) {
    case 'max_tokens':
      throw claudeError(
        'invalid-output',
        `The CV is too long to extract in one response (the answer reached the ${options.maxTokens}-token limit).`,
        'success',
      );
    case 'refusal': {
      const details = message.stop_details;
      const why = [details?.category, details?.explanation].filter(Boolean).join(': ');
      throw claudeError(
        'extractor-unavailable',
        `Claude declined to process this document${why ? ` (${why})` : ''}.`,
        'success',
      );
    }
    case 'model_context_window_exceeded':
      throw claudeError('unprocessable-file', "The document does not fit in the model's context window.", 'success');
    default:
      break;
  }
  const calls = message.content.filter((block) => block.type === 'tool_use');
  const notACv = calls.find((block) => block.name === NOT_A_CV_TOOL);
  const recorded = calls.find((block) => block.name === RECORD_CV_TOOL);
  if (notACv && !recorded) {
    const reason = isRecord(notACv.input) && typeof notACv.input.reason === 'string' ? notACv.input.reason : '';
    throw claudeError(
      'not-a-cv',
      `The document does not look like a CV${reason ? `: ${clip(reason, 200)}` : '.'}`,
      'success',
    );
  }
  if (!recorded || notACv) {
    throw claudeError(
      'invalid-output',
      recorded
        ? 'Claude both recorded the CV and reported it as not a CV.'
        : `Claude answered without calling ${RECORD_CV_TOOL}.`,
      'success',
    );
  }
  let data: unknown = recorded.input;
  if (typeof data === 'string') {
    // Not what the API sends, but a proxy or a future change might pass the arguments as text.
    try {
      data = JSON.parse(data);
    } catch (cause) {
      throw claudeError('invalid-output', `The ${RECORD_CV_TOOL} arguments are not valid JSON.`, 'success', { cause });
    }
  }
  if (!isRecord(data)) {
    throw claudeError('invalid-output', `The ${RECORD_CV_TOOL} arguments are not a JSON object.`, 'success');
  }
  const problems = options.checkShape(data);
  if (problems.length > 0) {
    throw claudeError(
      'invalid-output',
      `The extracted document does not match the CvData schema: ${clip(problems.join('; '), 500)}`,
      'success',
    );
  }
  // The facts the pipeline knows itself; the model states only the language.
  const meta = isRecord(data.meta) ? data.meta : {};
  return {
    ...data,
    meta: {
      ...meta,
      extractor: 'claude',
      model: message.model || options.model,
      ...(/^[0-9a-f]{64}$/.test(input.sha256) ? { sourceSha256: input.sha256 } : {}),
    },
  };
}
