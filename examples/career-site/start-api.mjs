// The API for run.mjs when none answers on API_BASE yet: the built server as a child process, on
// the embedded defaults `npm start` uses (SQLite and files under DATA_DIR, in-process jobs, offline
// extractor, free publishing), listening exactly where the page will load the widget from.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const MAIN = fileURLToPath(new URL('../../packages/server/dist/main.js', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const READY_TIMEOUT_MS = 60_000;

/** Whether anything answers HTTP on apiBase (whatever the status); false when nothing listens there. */
export async function apiAnswers(apiBase) {
  try {
    await fetch(`${apiBase}/health`, { signal: AbortSignal.timeout(3000) });
    return true;
  } catch {
    return false;
  }
}

/**
 * Starts `node packages/server/dist/main.js` with `env`. Returns at once (so a signal during the
 * start-up can still stop it): `ready` resolves once /ready answers 200 and rejects if the server
 * exits or is not ready within a minute; `exited` settles when the child ends; `stop()` sends SIGTERM
 * and waits for the end.
 */
export function startApi({ apiBase, env }) {
  if (!existsSync(MAIN)) {
    throw new Error('the server is not built: run `npm run example:career-site` (it builds first) or `npm run build`.');
  }
  const url = new URL(apiBase);
  const childEnv = {
    ...env,
    // The page loads the widget from API_BASE, so the server must listen there and build its preview
    // and site URLs from it.
    BACKEND_PORT: url.port || '80',
    BACKEND_URL: url.origin,
    // The user's settings win; these defaults only keep a local demo quiet and quick to stop (an open
    // browser tab's event stream would otherwise hold the shutdown for the default 25 s).
    LOG_LEVEL: env.LOG_LEVEL || 'warn',
    SHUTDOWN_TIMEOUT_MS: env.SHUTDOWN_TIMEOUT_MS || '3000',
  };
  // HOST is the page's host in these scripts; the server keeps its default (every interface), so
  // `localhost` reaches it over IPv4 and IPv6 alike.
  delete childEnv.HOST;

  // Its own process group: Ctrl+C reaches only run.mjs, which then stops the server once, cleanly
  // (a second signal would make the server skip draining).
  const child = spawn(process.execPath, [MAIN], { cwd: ROOT, env: childEnv, stdio: 'inherit', detached: true });
  let running = true;
  const exited = new Promise((resolve) =>
    child.once('exit', (code, signal) => {
      running = false;
      resolve({ code, signal });
    }),
  );
  // Last resort if run.mjs ends without stopping it (an uncaught error): never an orphan server.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  void exited.then(() => process.off('exit', killOnExit));

  async function waitUntilReady() {
    const deadline = Date.now() + READY_TIMEOUT_MS;
    while (running) {
      const res = await fetch(`${apiBase}/ready`).catch(() => undefined);
      if (res?.ok) return;
      if (Date.now() > deadline) {
        child.kill('SIGKILL');
        throw new Error(`the API was not ready on ${apiBase}/ready within ${READY_TIMEOUT_MS / 1000} s.`);
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const { code, signal } = await exited;
    throw new Error(`the API exited before it was ready (${signal ?? `exit code ${code}`}).`);
  }

  return {
    pid: child.pid,
    ready: waitUntilReady(),
    exited,
    async stop() {
      if (running) child.kill('SIGTERM');
      // Its own shutdown timeout plus a margin; past that it is stuck: kill it.
      const stuck = setTimeout(() => child.kill('SIGKILL'), Number(childEnv.SHUTDOWN_TIMEOUT_MS) + 5000);
      await exited;
      clearTimeout(stuck);
    },
  };
}
