import { execFileSync } from 'node:child_process';
import os from 'node:os';

export function hasTaskset(): boolean {
  try {
    execFileSync('taskset', ['-c', '0', 'true']);
    return true;
  } catch {
    return false;
  }
}

/** Pins a process and all its threads to `cores` (taskset's list syntax: "0", "1-3"). */
export function pinToCores(pid: number, cores: string): void {
  execFileSync('taskset', ['-a', '-p', '-c', cores, String(pid)], { stdio: 'ignore' });
}

/**
 * Runs the server on core 0 and this process (the load generator) on the others, so that a
 * latency percentile measures the server's queue rather than the two taking turns on one core.
 * Returns what puts this process back as it was (later benchmarks start servers of their own,
 * which would inherit its cores). Does nothing without taskset or with a single core.
 */
export function pinApart(serverPid: number): { pinned: boolean; restore(): void } {
  const cores = os.availableParallelism();
  if (cores < 2 || !hasTaskset()) return { pinned: false, restore: () => undefined };
  const original = execFileSync('taskset', ['-c', '-p', String(process.pid)], { encoding: 'utf8' })
    .split(':')
    .pop()!
    .trim();
  pinToCores(serverPid, '0');
  pinToCores(process.pid, `1-${cores - 1}`);
  return { pinned: true, restore: () => pinToCores(process.pid, original) };
}
