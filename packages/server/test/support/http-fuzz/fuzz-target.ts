import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startChildServer, type ChildServer } from '../child-server.js';

const ENTRY = fileURLToPath(new URL('../../fixtures/fuzz-target-server.ts', import.meta.url));

export interface FuzzTargetOptions {
  dataDir: string;
  /** A PostgreSQL URL (a schema of its own); unset for the embedded SQLite database. */
  databaseUrl?: string;
  adminToken: string;
  requestTimeoutMs: number;
  maxJsonBodyBytes: number;
  maxUploadBytes: number;
}

/** One server process under fire; replaced by a fresh one (same data) when it dies. */
export interface FuzzTarget {
  readonly url: string;
  readonly pid: number;
  /** Every JSON log line the current process wrote so far. */
  readonly logs: Record<string, unknown>[];
  /** The exit code once the process has exited, else undefined. */
  exitCode(): number | null | undefined;
  /** Settles when the process exits, once its last log lines have been read. */
  readonly exited: Promise<void>;
  stderr(): string;
  /** Resident set size in kB, from /proc (Linux, where CI runs). */
  rssKb(): Promise<number>;
  stop(): Promise<void>;
}

export async function startFuzzTarget(options: FuzzTargetOptions): Promise<FuzzTarget> {
  // A widget bundle of its own: whether packages/widget was built must not decide the verdict
  // (an unbuilt one answers 503 widget-not-built, which is right for that deployment).
  const widgetDist = path.join(options.dataDir, 'widget-dist');
  await mkdir(path.join(widgetDist, 'chunks'), { recursive: true });
  await writeFile(path.join(widgetDist, 'r2w-widget.js'), 'export {};\n');
  // The hosted site's build likewise (an unbuilt one answers 503 site-not-built).
  const siteDist = path.join(options.dataDir, 'site-dist');
  await mkdir(siteDist, { recursive: true });
  await writeFile(
    path.join(siteDist, 'manifest.json'),
    JSON.stringify({ entry: 'r2w-site.js', files: ['r2w-site.js'] }),
  );
  await writeFile(path.join(siteDist, 'r2w-site.js'), 'export {};\n');
  const child: ChildServer = await startChildServer(ENTRY, {
    DATA_DIR: options.dataDir,
    WIDGET_DIST_DIR: widgetDist,
    SITE_DIST_DIR: siteDist,
    ...(options.databaseUrl && { DATABASE_URL: options.databaseUrl }),
    ADMIN_TOKEN: options.adminToken,
    REQUEST_TIMEOUT_MS: String(options.requestTimeoutMs),
    MAX_JSON_BODY_BYTES: String(options.maxJsonBodyBytes),
    MAX_UPLOAD_BYTES: String(options.maxUploadBytes),
    // Damaged files the server accepts become CVs: the per-user cap must not turn later uploads into 409s.
    MAX_CVS_PER_USER: '10000',
  });
  let exit: number | null | undefined;
  // 'close' follows 'exit' once stdout is drained: the fatal line is in `logs` by then.
  const exited = new Promise<void>((resolve) => child.child.once('close', () => resolve()));
  void child.exited.then((code) => (exit = code));
  let stderr = '';
  child.child.stderr!.on('data', (chunk: Buffer) => {
    // Bounded: a crash loop must not fill the test process's memory.
    if (stderr.length < 64_000) stderr += chunk.toString();
  });
  const pid = child.child.pid!;
  return {
    url: child.url,
    pid,
    logs: child.logs,
    exitCode: () => exit,
    exited,
    stderr: () => stderr,
    async rssKb() {
      const status = await readFile(`/proc/${pid}/status`, 'utf8');
      const match = /^VmRSS:\s+(\d+) kB/m.exec(status);
      if (!match) throw new Error(`no VmRSS in /proc/${pid}/status`);
      return Number(match[1]);
    },
    async stop() {
      if (exit !== undefined) return;
      child.child.kill('SIGTERM');
      const timer = setTimeout(() => child.child.kill('SIGKILL'), 10_000);
      await child.exited;
      clearTimeout(timer);
    },
  };
}
