#!/usr/bin/env node
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { createClaudeExtractor } from './claude/claude-extractor.js';
import { CvInputError } from './cv-input-error.js';
import { ExtractionError, extractionSignals, type Extractor, type ExtractorContext } from './extractor.js';
import { checkAgainstSource } from './hallucination-check.js';
import { closeCvIntake, inspectCvFile, readPdfLayout } from './intake/cv-intake.js';
import { fromJsonResume } from './json-resume/json-resume.js';
import { createJsonResumeExtractor } from './json-resume/json-resume-extractor.js';
import { createHeuristicExtractor } from './offline/heuristic-extractor.js';
import { sanitizeCvData } from './sanitizer/cv-data-sanitizer.js';

/**
 * `r2w-extract <file>`: the CV pipeline on one file, without the server. Intake (the file checks),
 * then the first chosen extractor that reads the file, then the sanitizer and the hallucination
 * check; prints `{ "data": …, "signals": … }` as JSON. A refused file prints its code and detail
 * on stderr and exits 1; a usage error exits 64, an unreadable file 66 (sysexits).
 */

const USAGE = `usage: r2w-extract <file> [--extractor offline|claude|jsonresume] [--pretty]

Runs the CV pipeline on one file and prints {"data": <CV document>, "signals": <extraction signals>}.

  --extractor <name>  offline (the default; a JSON Resume file is imported instead), claude (needs
                      ANTHROPIC_API_KEY), or jsonresume
  --model <id>        the Claude model (default: the package's DEFAULT_CLAUDE_MODEL)
  --contract <file>   the OpenAPI contract whose CvData schema Claude fills (default: the
                      repository's openapi.yaml)
  --timeout <ms>      the extraction's time budget (default 120000)
  --pretty            indent the JSON
  -h, --help          this text`;

const EXIT_REFUSED = 1;
const EXIT_USAGE = 64;
const EXIT_NO_INPUT = 66;

/** The contract as this package sits in the repository: `<repo>/packages/cv-extraction/{src,dist}/cli.*`. */
const DEFAULT_CONTRACT = new URL('../../../openapi.yaml', import.meta.url);

class UsageError extends Error {}

interface Options {
  file: string;
  extractor: 'offline' | 'claude' | 'jsonresume' | undefined;
  model: string | undefined;
  contract: string | undefined;
  timeoutMs: number;
  pretty: boolean;
}

function options(argv: string[]): Options | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        extractor: { type: 'string' },
        model: { type: 'string' },
        contract: { type: 'string' },
        timeout: { type: 'string' },
        pretty: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'no file given' : 'one file at a time');
  const extractor = values.extractor;
  if (extractor !== undefined && extractor !== 'offline' && extractor !== 'claude' && extractor !== 'jsonresume') {
    throw new UsageError(`unknown extractor "${extractor}": offline, claude or jsonresume`);
  }
  const timeoutMs = values.timeout === undefined ? 120_000 : Number(values.timeout);
  if (!Number.isInteger(timeoutMs) || timeoutMs <= 0) throw new UsageError('--timeout takes a number of milliseconds');
  return {
    file: positionals[0]!,
    extractor,
    model: values.model,
    contract: values.contract,
    timeoutMs,
    pretty: values.pretty ?? false,
  };
}

/** Warnings and errors on stderr, one line each; the rest is quiet. */
const logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: (_obj: object, msg: string) => process.stderr.write(`warning: ${msg}\n`),
  error: (_obj: object, msg: string) => process.stderr.write(`error: ${msg}\n`),
};

async function extractors(opts: Options): Promise<Extractor[]> {
  const offline = createHeuristicExtractor({ readPdfLayout: (bytes) => readPdfLayout(bytes) });
  const jsonResume = createJsonResumeExtractor(fromJsonResume);
  switch (opts.extractor) {
    case undefined:
    case 'offline':
      // A JSON Resume file is imported as the server imports it; every other file is read offline.
      return opts.extractor === 'offline' ? [offline] : [jsonResume, offline];
    case 'jsonresume':
      return [jsonResume];
    case 'claude': {
      const apiKey = process.env.ANTHROPIC_API_KEY || process.env.CLAUDE_API_KEY;
      if (!apiKey) throw new UsageError('--extractor claude needs ANTHROPIC_API_KEY in the environment');
      const path = opts.contract ?? DEFAULT_CONTRACT;
      let contract: Record<string, unknown>;
      try {
        contract = parseYaml(await readFile(path, 'utf8')) as Record<string, unknown>;
      } catch (error) {
        throw new UsageError(`cannot read the contract ${String(path)}: ${(error as Error).message}`);
      }
      return [
        createClaudeExtractor({
          apiKey,
          contract,
          ...(opts.model && { model: opts.model }),
          timeoutMs: opts.timeoutMs,
          logger,
        }),
      ];
    }
  }
}

async function run(opts: Options): Promise<number> {
  const candidates = await extractors(opts);
  let bytes: Buffer;
  try {
    bytes = await readFile(opts.file);
  } catch (error) {
    process.stderr.write(`r2w-extract: cannot read ${opts.file}: ${(error as Error).message}\n`);
    return EXIT_NO_INPUT;
  }
  try {
    const file = await inspectCvFile(bytes);
    const extractor = candidates.find((e) => e.supports(file));
    if (!extractor) {
      throw new ExtractionError('extractor-unavailable', `The chosen extractor does not read ${file.kind} files.`);
    }
    const context: ExtractorContext = { signal: AbortSignal.timeout(opts.timeoutMs), onStage: () => undefined };
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const result = await extractor.extract({ file, bytes, sha256, originalFilename: opts.file }, context);
    const { data, dropped } = sanitizeCvData(result.data);
    const flagged = file.text ? checkAgainstSource(data, file.text) : [];
    const signals = extractionSignals({ extractor: result.signals, flagged, dropped });
    process.stdout.write(`${JSON.stringify({ data, signals }, null, opts.pretty ? 2 : undefined)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof CvInputError) {
      process.stderr.write(`${error.code}${error.reason ? ` (${error.reason})` : ''}: ${error.detail}\n`);
      return EXIT_REFUSED;
    }
    if (error instanceof ExtractionError) {
      process.stderr.write(`${error.code}: ${error.message}\n`);
      return EXIT_REFUSED;
    }
    throw error;
  }
}

async function main(argv: string[]): Promise<number> {
  try {
    const opts = options(argv);
    if (opts === 'help') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    return await run(opts);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`r2w-extract: ${error.message}\n\n${USAGE}\n`);
    return EXIT_USAGE;
  } finally {
    // The PDF reader's worker thread would keep the process alive.
    await closeCvIntake();
  }
}

process.exitCode = await main(process.argv.slice(2));
