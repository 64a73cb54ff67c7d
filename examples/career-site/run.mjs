// The career-site example in one command, from the repository root:
//
//   npm run example:career-site        (builds everything first, then runs this file)
//   node examples/career-site/run.mjs  (when everything is built already)
//
// If no API answers on API_BASE, it starts the built server itself (start-api.mjs) on the embedded
// defaults and stops it on Ctrl+C; if one answers (`npm start` in another terminal), it uses that.
// Then it gets a tenant whose allowed origin is this page's through the tenant CLI, prints its
// publishable key, and serves the page with that key.
//
// Environment: as serve.mjs (API_BASE, HOST, PORT), plus the server's own variables (DATA_DIR or
// DATABASE_URL, …): the tenant CLI must write to the database the server reads, so both get them.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { serveCareerSite } from './serve.mjs';
import { apiAnswers, startApi } from './start-api.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const host = process.env.HOST || '127.0.0.1';
const port = process.env.PORT ? Number(process.env.PORT) : 5500;
const apiBase = (process.env.API_BASE || 'http://localhost:2000').replace(/\/+$/, '');
const origin = `http://${host}:${port}`;
const TENANT_NAME = 'Acme Careers (example)';

// One absolute DATA_DIR for the API this script may start and for the tenant CLI, whatever the
// directory the script was started from: both must use the same SQLite file and files.
const env = { ...process.env, DATA_DIR: path.resolve(ROOT, process.env.DATA_DIR || 'data') };

async function tenantCli(...args) {
  const { stdout } = await promisify(execFile)('npm', ['run', '--silent', 'tenant', '--', ...args], { cwd: ROOT, env });
  // The CLI prints JSON on stdout (its warning about the secret key goes to stderr).
  return JSON.parse(stdout.slice(stdout.search(/[[{]/)));
}

/** This example's tenant for this origin from an earlier run, else a new one: re-runs don't pile up tenants. */
async function exampleTenant() {
  const tenants = await tenantCli('list');
  const existing = tenants.find((t) => t.name === TENANT_NAME && t.allowed_origins.includes(origin));
  if (existing) return existing;
  return tenantCli(
    ...['create', '--name', TENANT_NAME, '--display-name', 'Acme Careers'],
    ...['--origin', origin, '--primary-color', '#0b5d3b'],
  );
}

let api; // the API child, when this script started one
let site;
let stopping = false;

async function stop(exitCode) {
  if (stopping) return; // npm and the terminal may both deliver the same Ctrl+C
  stopping = true;
  await site?.close();
  await api?.stop();
  process.exit(exitCode);
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => void stop(0));
// A SIGTERM to `npm run example:career-site` ends npm and its shell, not this process: when the parent
// goes, stop as if signalled, so neither the page nor the API outlives the command.
const parent = process.ppid;
setInterval(() => process.ppid !== parent && void stop(0), 1000).unref();

try {
  if (!(await apiAnswers(apiBase))) {
    console.log(`No API on ${apiBase}: starting one (data in ${env.DATA_DIR}).`);
    api = startApi({ apiBase, env });
    await api.ready;
    // If it dies later, the page is of no use: say so and stop.
    void api.exited.then(({ code, signal }) => {
      if (stopping) return;
      console.error(`career-site: the API stopped (${signal ?? `exit code ${code}`}).`);
      void stop(1);
    });
  }
  const widget = await fetch(`${apiBase}/widget/v1/r2w-widget.js`, { method: 'HEAD' });
  if (!widget.ok) {
    throw new Error(`${apiBase}/widget/v1/r2w-widget.js answered ${widget.status} (is the widget built?).`);
  }
  const tenant = await exampleTenant();
  console.log(`Tenant ${tenant.id} for ${origin}; publishable key: ${tenant.publishable_key}`);
  site = await serveCareerSite({ publishableKey: tenant.publishable_key, apiBase, host, port });
  console.log(`Career site on ${site.url} (Ctrl+C to stop)`);
} catch (error) {
  if (!stopping) console.error(`career-site: ${error instanceof Error ? error.message : String(error)}`);
  await stop(1);
}
