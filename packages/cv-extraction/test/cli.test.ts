import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { truncatedPdf } from './support/intake-fixtures.js';

// `r2w-extract` as a person runs it: its own Node process (from the sources, through tsx), a file
// on disk, JSON on stdout, the refusal on stderr and the exit code.

const CLI = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
const BIN = fileURLToPath(new URL('../bin/r2w-extract.mjs', import.meta.url));
const PDF = fileURLToPath(new URL('../corpus/public/Eleanor_Vance_cv.pdf', import.meta.url));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function cli(...args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', CLI, ...args],
      // No key: the offline extractor is the default whatever the environment says.
      { env: { ...process.env, ANTHROPIC_API_KEY: '', CLAUDE_API_KEY: '' }, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') return reject(error);
        resolve({ code: typeof error?.code === 'number' ? error.code : 0, stdout, stderr });
      },
    );
  });
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'r2w-extract-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('r2w-extract', () => {
  it('prints the document and the signals of a PDF', async () => {
    const run = await cli(PDF);
    expect(run.code, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout) as {
      data: { hero?: { fullName?: string }; meta?: { extractor?: string } };
      signals: { layout: string | null; section_confidence: Record<string, number>; flagged_values: unknown[] };
    };
    expect(Object.keys(out)).toEqual(['data', 'signals']);
    expect(out.data.hero?.fullName).toBe('Eleanor Vance');
    expect(out.data.meta?.extractor).toBe('heuristic');
    expect(out.signals.layout).toBe('single-column');
    // This PDF's long lines run off the page: the values they end are flagged for review.
    expect(out.signals.flagged_values).toContainEqual(expect.objectContaining({ pointer: '/summary/summaryText' }));
    expect(out.signals.section_confidence.experience).toBeGreaterThan(0);
  });

  it('runs as the installed bin (bin/r2w-extract.mjs), built or not', async () => {
    const run = await new Promise<Run>((resolve, reject) => {
      execFile(BIN, [PDF], { maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') return reject(error);
        resolve({ code: typeof error?.code === 'number' ? error.code : 0, stdout, stderr });
      });
    });
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ data: { hero: { fullName: 'Eleanor Vance' } } });
  });

  it('indents the JSON with --pretty', async () => {
    const run = await cli(PDF, '--pretty', '--extractor', 'offline');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.startsWith('{\n  "data": {')).toBe(true);
  });

  it('refuses a broken file with its code and detail on stderr, exit 1', async () => {
    const file = path.join(dir, 'cut-off.pdf');
    await writeFile(file, truncatedPdf());
    const run = await cli(file);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^unprocessable-file \(truncated\): The PDF is incomplete/);
  });

  it('refuses a type it does not take', async () => {
    const file = path.join(dir, 'binary.bin');
    await writeFile(file, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0]));
    const run = await cli(file);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^unsupported-media-type: The file is/);
  });

  it('answers a usage error with the usage and exit 64', async () => {
    for (const args of [[], [PDF, PDF], [PDF, '--extractor', 'magic'], [PDF, '--extractor', 'claude']]) {
      const run = await cli(...args);
      expect(run.code, args.join(' ')).toBe(64);
      expect(run.stderr).toContain('usage: r2w-extract <file>');
    }
  });
});
