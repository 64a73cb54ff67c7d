import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';

/**
 * One server process of the scale-out cluster: a TypeScript entry point run through tsx, ready once
 * it logs its address. Like `startChildServer`, but a replacement started while the machine is
 * busy with the load may need far longer than 20 s to load its modules, and a process that serves
 * thousands of requests must not keep every log line in memory.
 */

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  /** Exit code, or null when killed by a signal. */
  exited: Promise<number | null>;
  /** Log lines at `warn` or above (pino levels ≥ 40), which a healthy run should not have many of. */
  readonly warnings: Record<string, unknown>[];
  /** CPU time used so far (user + system, all threads), from /proc; undefined where there is none. */
  cpuSeconds(): number | undefined;
}

const STDERR_KEEP = 4000;
const WARNINGS_KEEP = 200;

export async function startServerProcess(
  entry: string,
  env: Record<string, string>,
  startTimeoutMs: number,
): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-STDERR_KEEP)));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const warnings: Record<string, unknown>[] = [];
  let announce: ((url: string) => void) | undefined;
  createInterface({ input: child.stdout! }).on('line', (line) => {
    let entry: Record<string, unknown>;
    try {
      entry = JSON.parse(line) as Record<string, unknown>;
    } catch {
      return; // not a log line
    }
    if (typeof entry.level === 'number' && entry.level >= 40 && warnings.length < WARNINGS_KEEP) warnings.push(entry);
    if (typeof entry.url === 'string') announce?.(entry.url);
  });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`${entry}: no address logged within ${startTimeoutMs} ms; stderr: ${stderr}`)),
        startTimeoutMs,
      );
      announce = (address) => {
        clearTimeout(timer);
        announce = undefined;
        resolve(address);
      };
      void exited.then((code) => {
        clearTimeout(timer);
        reject(new Error(`${entry} exited with ${code} before listening; stderr: ${stderr}`));
      });
    });
    return { child, url, exited, warnings, cpuSeconds: () => cpuSecondsOf(child.pid) };
  } catch (err) {
    child.kill('SIGKILL');
    throw err;
  }
}

// /proc/<pid>/stat counts in USER_HZ, which Linux fixes at 100 for user space.
const USER_HZ = 100;

function cpuSecondsOf(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start after its closing parenthesis;
    // utime and stime are the 14th and 15th fields of the line.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / USER_HZ;
  } catch {
    return undefined;
  }
}
