// Benchmark baseline for uploads: Koa reading the same multipart body into memory and answering,
// with no parsing, inspection, storage or database.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Koa from 'koa';

const app = new Koa();
app.use(async (ctx) => {
  let size = 0;
  for await (const chunk of ctx.req) size += (chunk as Buffer).length;
  ctx.status = 202;
  ctx.body = { size };
});
const server = http.createServer(app.callback());
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  process.stdout.write(JSON.stringify({ url: `http://127.0.0.1:${port}` }) + '\n');
});
