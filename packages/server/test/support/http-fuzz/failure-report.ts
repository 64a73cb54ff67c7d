import type { CampaignResult, Finding } from './campaign.js';
import type { FuzzCase } from './fuzz-case.js';
import type { WireStep } from './raw-exchange.js';

const SEVERITY: Finding['kind'][] = ['crash', 'health', 'memory', 'time', 'log', 'answer', 'state'];

/** Bytes as a JS string literal would show them, cut to a readable length. */
export function printable(bytes: Buffer, limit = 600): string {
  const escaped = JSON.stringify(bytes.subarray(0, limit).toString('latin1')).slice(1, -1);
  return bytes.length > limit ? `${escaped}… (${bytes.length} bytes in all)` : escaped;
}

function describeSteps(steps: WireStep[]): string {
  return steps
    .map((step) =>
      'write' in step
        ? `write "${printable(step.write)}"`
        : 'pauseMs' in step
          ? `pause ${step.pauseMs} ms`
          : 'end' in step
            ? 'half-close'
            : 'reset',
    )
    .join('\n        then ');
}

interface FindingGroup {
  kind: Finding['kind'];
  shape: string;
  message: string;
  findings: Finding[];
}

/**
 * One group per kind of fault: the same broken framing usually fails the same way on every
 * operation, and a hundred copies of it would bury the one crash.
 */
export function groupFindings(findings: Finding[]): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const finding of findings) {
    const first = finding.cases[0];
    const shape = first ? `${first.family}.${first.shape}` : '-';
    // Log lines differ in ids and times; the part before the details names the fault.
    const message = finding.message.replace(/[0-9a-f]{8,}|\d+/g, 'N').slice(0, 160);
    const key = `${finding.kind}|${shape}|${message}`;
    const group = groups.get(key) ?? { kind: finding.kind, shape, message, findings: [] };
    group.findings.push(finding);
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => SEVERITY.indexOf(a.kind) - SEVERITY.indexOf(b.kind));
}

/** One line per group, for the assertion's diff. */
export function summarise(findings: Finding[]): string[] {
  return groupFindings(findings).map((group) => {
    const operations = [...new Set(group.findings.flatMap((f) => f.cases.map((c) => c.operationId)))];
    const where = operations.length
      ? ` on ${operations.slice(0, 4).join(', ')}${operations.length > 4 ? ', …' : ''}`
      : '';
    return `[${group.kind}] ${group.shape} ×${group.findings.length}${where}: ${group.message}`;
  });
}

function describeCase(seed: number, fuzzCase: FuzzCase): string[] {
  return [
    `   case ${fuzzCase.id} (X-Request-Id ${fuzzCase.requestId})`,
    `        ${describeSteps(fuzzCase.steps)}`,
    `   replay: FUZZ_SEED=${seed} FUZZ_CASE='${fuzzCase.id}' npx vitest run --project server test/http-fuzz.test.ts`,
  ];
}

/** The failure message: each group's first findings with the request, the answer and how to replay. */
export function formatReport(seed: number, result: CampaignResult): string {
  const lines = [
    `HTTP fuzz, seed ${seed}: ${result.findings.length} finding(s) in ${result.requests} request(s), ` +
      `${result.durationMs} ms, ${result.restarts} restart(s), RSS ${result.rssKb.baseline}→${result.rssKb.max} kB`,
  ];
  groupFindings(result.findings).forEach((group, index) => {
    lines.push(`${index + 1}. [${group.kind}] ${group.shape} ×${group.findings.length}`);
    for (const finding of group.findings.slice(0, 2)) {
      lines.push(`   ${finding.message}`);
      for (const fuzzCase of finding.cases.slice(0, 3)) lines.push(...describeCase(seed, fuzzCase));
      if (finding.cases.length > 3) lines.push(`   … and ${finding.cases.length - 3} more case(s)`);
      if (finding.exchange) lines.push(`   server sent: "${printable(finding.exchange.received, 400)}"`);
    }
  });
  return lines.join('\n');
}
