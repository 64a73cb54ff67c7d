import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';

/** A port nothing listens on right now (the OS picks it), for a child process to listen on. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Whether a TCP connection to host:port is refused (nothing listens there any more). */
export function portClosed(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(true));
  });
}

export interface ExampleProcess {
  child: ChildProcess;
  /** stdout and stderr so far, for failure messages. */
  output(): string;
  /** Settles with the exit code (or the signal's name) when the process ends. */
  exited: Promise<number | string>;
}

/**
 * Spawns `node <script>` as a user would and waits until its stdout has a line matching `ready`;
 * resolves with that match. Rejects with the output if the process ends first or after `timeoutMs`.
 */
export async function spawnUntil(
  script: string,
  options: { cwd: string; env: NodeJS.ProcessEnv; ready: RegExp; timeoutMs: number },
): Promise<{ example: ExampleProcess; match: RegExpMatchArray }> {
  const child = spawn(process.execPath, [script], { cwd: options.cwd, env: options.env, stdio: 'pipe' });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | string>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')),
  );
  const example: ExampleProcess = { child, output: () => output, exited };
  const match = await new Promise<RegExpMatchArray>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.stdout.off('data', check);
      reject(new Error(`no ${String(options.ready)} after ${options.timeoutMs} ms:\n${output}`));
    }, options.timeoutMs);
    function check(): void {
      const found = options.ready.exec(output);
      if (!found) return;
      clearTimeout(timer);
      child.stdout.off('data', check);
      resolve(found);
    }
    child.stdout.on('data', check);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`exited (${code}) before ${String(options.ready)}:\n${output}`));
    });
  });
  return { example, match };
}

/**
 * Waits until the career-site example's own event log (`#event-log`, filled by events.js) lists an
 * event of this type; returns its line (`type {detail}`). An `r2w-error` line fails at once, with it.
 */
export async function waitForLogged(page: Page, type: string, timeout = 60_000): Promise<string> {
  const handle = await page.waitForFunction(
    (wanted) => {
      const lines = [...document.querySelectorAll('#event-log li')].map((li) => li.textContent ?? '');
      return lines.find((line) => line.startsWith('r2w-error ')) ?? lines.find((line) => line.startsWith(`${wanted} `));
    },
    type,
    { timeout },
  );
  const line = (await handle.jsonValue()) as string;
  if (line.startsWith('r2w-error ') && type !== 'r2w-error') throw new Error(`the page logged ${line}`);
  return line;
}

/** The types of the events the page's log lists, in order. */
export function loggedTypes(page: Page): Promise<string[]> {
  return page.$$eval('#event-log li', (items) => items.map((li) => (li.textContent ?? '').split(' ')[0]!));
}
