// A Redis of the test's own: Debian's redis-server on a free loopback port, without persistence,
// stopped (or restarted empty, like a Redis that lost its data) when the test says so.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { Socket } from 'node:net';

export interface TestRedis {
  port: number;
  /** redis://127.0.0.1:PORT/0 */
  url: string;
  /** Stops it; a later start() brings it back empty on the same port. */
  stop(): Promise<void>;
  start(): Promise<void>;
}

export const redisServerPath = process.env['REDIS_SERVER'] ?? 'redis-server';

export async function startTestRedis(): Promise<TestRedis> {
  const port = await freePort();
  let child: ChildProcess | undefined;
  const start = async () => {
    child = spawn(redisServerPath, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
      stdio: 'ignore',
    });
    const failed = new Promise<never>((_, reject) => {
      child?.once('error', (error) =>
        reject(new Error(`cannot start ${redisServerPath}: ${error.message} (apt-get install redis-server)`)),
      );
      child?.once('exit', (code) => reject(new Error(`${redisServerPath} exited with code ${code} on port ${port}`)));
    });
    await Promise.race([waitForPong(port), failed]);
  };
  await start();
  const stop = async () => {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => running.once('exit', () => resolve()));
    running.kill('SIGTERM');
    await exited;
  };
  process.once('exit', () => child?.kill('SIGKILL'));
  return { port, url: `redis://127.0.0.1:${port}/0`, stop, start };
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Resolves once Redis answers PING on the port. */
async function waitForPong(port: number, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const answered = await new Promise<boolean>((resolve) => {
      const socket = new Socket();
      socket.setTimeout(1000);
      socket.once('error', () => resolve(false));
      socket.once('timeout', () => (socket.destroy(), resolve(false)));
      socket.connect(port, '127.0.0.1', () => socket.write('PING\r\n'));
      socket.once('data', (data) => {
        socket.destroy();
        resolve(data.toString().startsWith('+PONG'));
      });
    });
    if (answered) return;
    if (Date.now() > deadline) throw new Error(`redis-server did not answer on port ${port}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
