import { ACCEPTED_MEDIA_TYPES, closeCvIntake, inspectCvFile, validateUserCvData } from '@resume2website/cv-extraction';
import { afterAll, describe, expect, it } from 'vitest';
import { jsonFile, truncatedPdf, xlsxZip } from '../../cv-extraction/test/support/intake-fixtures.js';
import type { ProblemError } from '../src/domain/problem.js';
import { problemFromPipelineError } from '../src/http/pipeline-problems.js';
import { loadApiSpec } from '../src/spec.js';

// The CV pipeline's refusals as problems, member for member (the HTTP tests see them end to end).

const { contract } = loadApiSpec();

afterAll(() => closeCvIntake());

async function problemOf(run: () => unknown): Promise<ProblemError> {
  let outcome: unknown;
  try {
    outcome = await run();
  } catch (error) {
    const problem = problemFromPipelineError(error);
    expect(problem, String(error)).toBeDefined();
    return problem!;
  }
  throw new Error(`expected a refusal, got ${JSON.stringify(outcome).slice(0, 200)}`);
}

describe('pipeline problems', () => {
  it('a type intake does not take: 415 unsupported-media-type naming it and what is accepted', async () => {
    const problem = await problemOf(() => inspectCvFile(xlsxZip()));
    expect(problem.slug).toBe('unsupported-media-type');
    expect(problem.status).toBe(415);
    expect(problem.detail).toMatch(/an Excel workbook \(XLSX\)/);
    expect(problem.extensions).toStrictEqual({ detected_type: 'xlsx', accepted_types: [...ACCEPTED_MEDIA_TYPES] });
  });

  it('a file that cannot be used: 422 unprocessable-file with its reason', async () => {
    const problem = await problemOf(() => inspectCvFile(truncatedPdf()));
    expect(problem.slug).toBe('unprocessable-file');
    expect(problem.status).toBe(422);
    expect(problem.extensions).toStrictEqual({ reason: 'truncated' });
  });

  it('JSON that is not a JSON Resume document: 422 not-a-cv', async () => {
    const problem = await problemOf(() => inspectCvFile(jsonFile([1, 2, 3])));
    expect(problem.slug).toBe('not-a-cv');
    expect(problem.status).toBe(422);
    expect(problem.extensions).toStrictEqual({});
  });

  it('an inconsistent document edit: 422 validation-error, each failing value in the body', async () => {
    const problem = await problemOf(() =>
      validateUserCvData({
        data: { experience: { experienceItems: [{ dateRange: { startDate: '2021-05', endDate: '2021-04' } }] } },
      }),
    );
    expect(problem.slug).toBe('validation-error');
    expect(problem.status).toBe(422);
    expect(problem.errors).toEqual([
      {
        location: 'body',
        pointer: '/data/experience/experienceItems/0/dateRange/endDate',
        message: 'is before startDate (2021-05)',
      },
    ]);
  });

  it('produces problem bodies that match the contract', async () => {
    for (const run of [
      () => inspectCvFile(xlsxZip()),
      () => inspectCvFile(truncatedPdf()),
      () => validateUserCvData({ data: { patents: { patents: [{ filingDate: '2021', issueDate: '2020' }] } } }),
    ]) {
      const body = (await problemOf(run)).toProblem({ instance: '/api/v1/cvs/cv_x/data', requestId: 'req_1' });
      expect(contract.validateAt(['components', 'schemas', 'Problem'], body)).toBeUndefined();
    }
  });

  it('leaves every other error alone', () => {
    expect(problemFromPipelineError(new Error('x'))).toBeUndefined();
  });
});
