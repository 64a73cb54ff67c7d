// One command for the career-site example, with the API already running (`npm start`):
// creates a tenant through the tenant CLI (allowed origin: this page's), prints its publishable key,
// then serves the page with that key.
//
//   node examples/career-site/run.mjs
//
// Environment: as serve.mjs (API_BASE, HOST, PORT), plus whatever the server itself was started with
// (DATA_DIR or DATABASE_URL): the CLI writes to the server's database, so give it the same values.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { serveCareerSite } from './serve.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const host = process.env.HOST || '127.0.0.1';
const port = process.env.PORT ? Number(process.env.PORT) : 5500;
const apiBase = process.env.API_BASE || 'http://localhost:2000';
const origin = `http://${host}:${port}`;

async function createTenant() {
  const args = ['run', '--silent', 'tenant', '--', 'create'];
  args.push('--name', 'Acme Careers (example)', '--display-name', 'Acme Careers');
  args.push('--origin', origin, '--primary-color', '#0b5d3b');
  const { stdout } = await promisify(execFile)('npm', args, { cwd: ROOT, env: process.env });
  // The CLI prints the tenant as JSON on stdout (its warning about the secret key goes to stderr).
  return JSON.parse(stdout.slice(stdout.indexOf('{')));
}

try {
  const health = await fetch(`${apiBase}/widget/v1/r2w-widget.js`, { method: 'HEAD' }).catch(() => undefined);
  if (!health) throw new Error(`no API on ${apiBase}: start it first (npm start at the repository root).`);
  if (!health.ok) throw new Error(`${apiBase}/widget/v1/r2w-widget.js answered ${health.status}.`);
  const tenant = await createTenant();
  console.log(`Tenant ${tenant.id} for ${origin}; publishable key: ${tenant.publishable_key}`);
  const { url } = await serveCareerSite({ publishableKey: tenant.publishable_key, apiBase, host, port });
  console.log(`Career site on ${url} (Ctrl+C to stop)`);
} catch (error) {
  console.error(`career-site: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
