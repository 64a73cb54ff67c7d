import net from 'node:net';

/**
 * A loopback TCP proxy in front of a real service. Closing it makes the service unreachable
 * for the code under test (as a network partition would) without stopping the shared server.
 */
export async function startTcpProxy(
  target: {
    host: string;
    port: number;
  },
  /** Listen on this port (a service "coming up" where a client already tries to connect); default any. */
  listenPort = 0,
): Promise<{ port: number; cut(): Promise<void> }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(target);
    sockets.add(client).add(upstream);
    client.pipe(upstream).pipe(client);
    const drop = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('error', drop).on('close', drop);
    upstream.on('error', drop).on('close', drop);
  });
  await new Promise<void>((resolve) => server.listen(listenPort, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    port,
    cut: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
