import type { Finding } from './campaign.js';
import type { FuzzCase } from './fuzz-case.js';

/**
 * What the server's own log says about the cases: a line at `error` or above (a 5xx the client may
 * never have seen, a fatal error naming the requests in flight), or a fuzz request it completed
 * with a success status (the client may have gone before it could see the answer).
 */
export function logFindings(
  lines: Record<string, unknown>[],
  byRequestId: Map<string, FuzzCase>,
  alreadyFound: (fuzzCase: FuzzCase) => boolean,
): Finding[] {
  const findings: Finding[] = [];
  for (const line of lines) {
    const handled = byRequestId.get(String(line.request_id));
    const status = (line.res as { status?: unknown } | undefined)?.status;
    if (handled && !handled.maySucceed && !alreadyFound(handled) && typeof status === 'number' && status < 400)
      findings.push({ kind: 'log', cases: [handled], message: `the server handled it as a success (${status})` });
    if (typeof line.level !== 'number' || line.level < 50) continue;
    const ids = [line.request_id, ...((line.in_flight_request_ids as unknown[] | undefined) ?? [])];
    findings.push({
      kind: line.level >= 60 ? 'crash' : 'log',
      cases: ids.map((id) => byRequestId.get(String(id))).filter((c): c is FuzzCase => c !== undefined),
      message: `the server logged at level ${line.level}: "${String(line.msg)}" (${errorMessage(line.err)}) ${JSON.stringify(line).slice(0, 1500)}`,
    });
  }
  return findings;
}

function errorMessage(err: unknown): string {
  const message = (err as { message?: unknown } | undefined)?.message;
  return typeof message === 'string' ? message : 'no error object';
}
