import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/test-app.js';

// "Docs that run": docs/quickstart.md's walkthroughs (curl and SDK) and examples/sdk-node are
// executed as a developer would, against a real server on its embedded defaults (SQLite, local
// files, in-process jobs, offline extractor, payments off).

const root = fileURLToPath(new URL('../../../', import.meta.url));
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');

/** The fenced blocks whose info string is `<lang> <tag>`, in document order. */
function markedBlocks(markdown: string, tag: string): string[] {
  const re = new RegExp('^```\\w+ ' + tag + '\\n([\\s\\S]*?)^```$', 'gm');
  return [...markdown.matchAll(re)].map((m) => m[1]!);
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(command: string, args: string[], options: { cwd: string; env: Record<string, string> }): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/**
 * A TCP forwarder in front of the test server, so the server can be told its public URL
 * (`BACKEND_URL`) before it listens: `published_url` and `preview_url` are then real addresses.
 */
async function forwarder(): Promise<{ url: string; target(port: number): void; close(): Promise<void> }> {
  let targetPort = 0;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(targetPort, '127.0.0.1');
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => s.destroy());
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    target: (p) => (targetPort = p),
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

describe('docs/quickstart.md and examples/sdk-node against a real server', () => {
  let app: TestApp;
  let proxy: Awaited<ReturnType<typeof forwarder>>;
  let markdown: string;
  let dir: string;
  beforeAll(async () => {
    markdown = await readFile(path.join(root, 'docs', 'quickstart.md'), 'utf8');
    dir = await mkdtemp(path.join(os.tmpdir(), 'r2w-quickstart-'));
    proxy = await forwarder();
    app = await startTestApp({ env: { BACKEND_URL: proxy.url } });
    proxy.target(Number(new URL(app.url).port));
  });
  afterAll(async () => {
    await app?.close();
    await proxy?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('runs on payments-off embedded defaults', async () => {
    const config = await app.request('GET', '/api/v1/config');
    expect(config.status).toBe(200);
    expect(config.json()).toMatchObject({ payments_enabled: false });
  });

  it('the curl walkthrough runs as printed', async () => {
    const blocks = markedBlocks(markdown, 'quickstart-curl');
    expect(blocks.length).toBe(10);
    const script = ['set -euo pipefail', ...blocks].join('\n');
    const result = await run('bash', ['-c', script], { cwd: root, env: { BASE: proxy.url } });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const out = result.stdout;

    expect(out).toMatch(/^token: \S{8}…$/m);
    expect(out).toMatch(/^cv: cv_\w+, extraction: ext_\w+$/m);
    // The event stream, as curl -N prints it: status events, then the terminal one.
    expect(out).toMatch(/^event: status\nid: \d+\ndata: \{.*"status":"(queued|running|succeeded)"/m);
    expect(out).toMatch(/^event: succeeded\n(id: \d+\n)?data: \{.*"status":"succeeded"/m);
    expect(out).toMatch(/^version 1: Grace Hopper$/m);
    expect(out).toMatch(/^Rear Admiral$/m);
    expect(out).toMatch(/^classic(, [\w-]+)*$/m);
    expect(out).toContain(`preview: ${proxy.url}/previews/`);
    expect(out).toMatch(/^preview answers 200$/m);
    expect(out).toMatch(/^publishing$/m);
    expect(out).toContain(`published: ${proxy.url}/sites/grace-hopper`);
    expect(out).toMatch(/^site answers 200\nGrace Hopper$/m);
    expect(out).toMatch(/^(unpublishing|draft)\nsite answers 404$/m);
    // The edit really landed, and the site is really gone.
    const slug = /published: \S+\/sites\/([\w-]+)\//.exec(out)![1]!;
    expect((await fetch(`${proxy.url}/sites/${slug}/`)).status).toBe(404);
  });

  it('the SDK walkthrough runs as printed', async () => {
    const blocks = markedBlocks(markdown, 'quickstart-sdk');
    expect(blocks.length).toBe(10);
    // Run against the SDK's sources (as every test does), so no build is needed first.
    const sdk = pathToFileURL(path.join(root, 'packages', 'sdk', 'src', 'index.node.ts')).href;
    const source = blocks.join('\n').replace(/from '@resume2website\/sdk'/g, `from '${sdk}'`);
    expect(source).toContain(sdk);
    const file = path.join(dir, 'quickstart.mts');
    await writeFile(file, source);
    const result = await run(tsx, [file], { cwd: root, env: { BASE_URL: proxy.url } });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');

    // The walkthrough's "Output" block, line by line (with the variable parts matched loosely).
    const printed = /\nOutput[^\n]*:\n\n```text\n([\s\S]*?)```/.exec(markdown)![1]!.trimEnd().split('\n');
    const pattern = (line: string) =>
      new RegExp(
        '^' +
          line
            .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
            .replace(/…/g, '.*')
            .replace(/\d{6,}/g, '\\d+')
            .replace(/http:\/\/localhost:2000/g, proxy.url)
            // The slug is made unique: the other walkthroughs on this server took `grace-hopper`.
            .replace(/sites\/grace-hopper\//g, 'sites/grace-hopper(-\\d+)?/') +
          '$',
      );
    const statusEvents = lines.filter((l) => l.startsWith('event: status'));
    expect(statusEvents.length).toBeGreaterThan(0);
    // However many status events the extraction sent, the doc shows one.
    const collapsed = lines.filter(
      (l, i) => !(l.startsWith('event: status') && lines[i + 1]?.startsWith('event: status')),
    );
    expect(collapsed.length).toBe(printed.length);
    collapsed.forEach((line, i) =>
      // A status event shows the state when it was sent: a JSON Resume may already be `succeeded`.
      expect(line).toMatch(
        printed[i]!.startsWith('event: status') ? /^event: status (queued|running|succeeded)$/ : pattern(printed[i]!),
      ),
    );
    expect(lines).toContain('site answers 200 with Grace Hopper');
    expect(lines.at(-1)).toBe('site answers 404');
  });

  // CI runs `npm test`, so this is examples/sdk-node "run in CI": its own `npm start` (which builds
  // the SDK and runs index.ts with tsx), against a server on embedded defaults.
  it('examples/sdk-node runs the whole flow', async () => {
    const result = await run('npm', ['start', '--silent'], {
      cwd: path.join(root, 'examples', 'sdk-node'),
      env: { BASE_URL: proxy.url },
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const out = result.stdout;
    expect(out).toMatch(/^signed up as example-\d+@example\.com$/m);
    expect(out).toMatch(/^uploaded grace-hopper\.json \(application\/json\) as cv_\w+$/m);
    expect(out).toMatch(/^ {2}extraction succeeded: succeeded/m);
    expect(out).toMatch(/^document v1: Grace Hopper/m);
    expect(out).toMatch(/^patched to v2: Rear Admiral$/m);
    expect(out).toContain(`published: ${proxy.url}/sites/grace-hopper`);
    expect(out).toMatch(/^ {2}the site answers 200, \d+ bytes$/m);
    expect(out).toMatch(/^unpublished: status draft$/m);
    expect(out.trimEnd().split('\n').at(-1)).toBe('done');
  }, 120_000);
});
