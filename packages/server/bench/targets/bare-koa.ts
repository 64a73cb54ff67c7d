// Benchmark baseline: Koa with the same two answers and nothing else (no ids, logs, metrics,
// headers or spec validation), so the ratio shows what the server core costs.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Koa from 'koa';

const app = new Koa();
app.use(async (ctx) => {
  if (ctx.method === 'GET' && ctx.path === '/health') {
    ctx.body = { status: 'ok' };
    return;
  }
  if (ctx.method === 'POST' && ctx.path === '/api/v1/auth/login') {
    const chunks: Buffer[] = [];
    for await (const chunk of ctx.req) chunks.push(chunk as Buffer);
    JSON.parse(Buffer.concat(chunks).toString('utf8'));
    ctx.status = 422;
    ctx.body = { status: 422 };
    return;
  }
  ctx.status = 404;
});
const server = http.createServer(app.callback());
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  process.stdout.write(JSON.stringify({ url: `http://127.0.0.1:${port}` }) + '\n');
});
