// A forward proxy on 127.0.0.1 that Chromium is made to use for all its traffic (chromeProxyFlags),
// so that the browser, like the crawl, connects only where the network policy allows. Chromium then
// resolves no host itself: the proxy resolves, checks and connects to the checked address, which
// request interception in the page could not guarantee (the browser would resolve again, and
// service workers, WebSockets and preconnects escape it).
//
// HTTPS and WebSockets arrive as CONNECT tunnels (bytes relayed untouched, TLS end to end); plain
// HTTP as absolute-form requests, forwarded through a guarded agent. A refusal answers 403 with the
// reason in an `x-muniseo-refused` header, and is reported to `onRefusal`.
import { createServer, type IncomingMessage, request as httpRequest, type Server, type ServerResponse } from 'node:http';
import { connect, type Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { GuardedHttpAgent } from './guarded-agents.js';
import { describeRefusal, type NetworkPolicy, pinnedLookup, RefusedConnection, type Refusal } from './policy.js';

/** Header of the proxy's 403 answer: the refusal in a line of English. */
export const refusalHeader = 'x-muniseo-refused';

export interface PolicyProxy {
  /** `http://127.0.0.1:PORT`. */
  url: string;
  /** Refusals so far, in order (the URL or `host:port` asked, and why). */
  readonly refusals: readonly { target: string; refusal: Refusal }[];
  close(): Promise<void>;
}

export interface PolicyProxyOptions {
  /** Called for each refused request (a log line, a note in the crawl). */
  onRefusal?(target: string, refusal: Refusal): void;
}

/** Time allowed to open a tunnel's upstream connection; Chromium has its own, longer timeouts. */
const upstreamConnectTimeoutMs = 30_000;
/** Headers that concern one hop (RFC 9110 §7.6.1), never forwarded. */
const hopByHop = new Set([
  'connection',
  'proxy-connection',
  'keep-alive',
  'proxy-authorization',
  'proxy-authenticate',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
]);

/** Flags that send all of Chromium's traffic through the proxy, loopback included (Chromium bypasses it by default). */
export function chromeProxyFlags(proxyUrl: string): string[] {
  return [
    `--proxy-server=${proxyUrl}`,
    '--proxy-bypass-list=<-loopback>',
    // WebRTC would otherwise open UDP to any address a page names.
    '--force-webrtc-ip-handling-policy=disable_non_proxied_udp',
  ];
}

export async function startPolicyProxy(policy: NetworkPolicy, options: PolicyProxyOptions = {}): Promise<PolicyProxy> {
  const refusals: { target: string; refusal: Refusal }[] = [];
  const refused = (target: string, refusal: Refusal) => {
    refusals.push({ target, refusal });
    options.onRefusal?.(target, refusal);
  };
  const agent = new GuardedHttpAgent(policy, { keepAlive: true, maxSockets: 6 });
  const tunnels = new Set<Duplex>();
  const server = createServer((request, response) => forward(request, response, agent, refused));
  server.on('connect', (request: IncomingMessage, client: Duplex, head: Buffer) => {
    tunnels.add(client);
    client.once('close', () => tunnels.delete(client));
    void tunnel(request, client, head, policy, refused, tunnels);
  });
  // A WebSocket asked without CONNECT (Chromium tunnels them; anything else is not expected).
  server.on('upgrade', (_request: IncomingMessage, client: Duplex) => client.destroy());
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${port}`,
    refusals,
    close: () => closeServer(server, agent, tunnels),
  };
}

async function tunnel(
  request: IncomingMessage,
  client: Duplex,
  head: Buffer,
  policy: NetworkPolicy,
  refused: (target: string, refusal: Refusal) => void,
  tunnels: Set<Duplex>,
): Promise<void> {
  const target = request.url ?? '';
  const match = /^\[?([^\]]+?)\]?:(\d+)$/.exec(target);
  if (!match) {
    answer(client, 400, 'Bad Request');
    return;
  }
  const [, host = '', port = ''] = match;
  client.on('error', () => client.destroy());
  let upstream: Socket;
  try {
    const addresses = await policy.admit(host);
    upstream = connect({ host, port: Number(port), lookup: pinnedLookup(addresses) });
    tunnels.add(upstream);
    upstream.once('close', () => tunnels.delete(upstream));
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('upstream connect timeout')), upstreamConnectTimeoutMs);
      upstream.once('connect', () => (clearTimeout(timer), resolve()));
      upstream.once('error', (error) => (clearTimeout(timer), reject(error)));
    });
  } catch (error) {
    if (error instanceof RefusedConnection) {
      refused(target, error.refusal);
      answer(client, 403, 'Forbidden', describeRefusal(error.refusal));
    } else {
      answer(client, 502, 'Bad Gateway');
    }
    return;
  }
  if (client.destroyed) {
    upstream.destroy();
    return;
  }
  upstream.on('error', () => client.destroy());
  client.on('close', () => upstream.destroy());
  upstream.on('close', () => client.destroy());
  client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
  if (head.length > 0) upstream.write(head);
  client.pipe(upstream);
  upstream.pipe(client);
}

function forward(
  request: IncomingMessage,
  response: ServerResponse,
  agent: GuardedHttpAgent,
  refused: (target: string, refusal: Refusal) => void,
): void {
  let target: URL;
  try {
    target = new URL(request.url ?? '');
    if (target.protocol !== 'http:') throw new Error('not http');
  } catch {
    response.writeHead(400).end();
    return;
  }
  const headers: Record<string, string | string[]> = {};
  const dropped = new Set([...hopByHop, ...connectionTokens(request.headers.connection)]);
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined && !dropped.has(name)) headers[name] = value;
  }
  const upstream = httpRequest(target, { method: request.method, headers, agent }, (answerOf) => {
    const kept: Record<string, string | string[]> = {};
    const droppedBack = new Set([...hopByHop, ...connectionTokens(answerOf.headers.connection)]);
    for (const [name, value] of Object.entries(answerOf.headers)) {
      if (value !== undefined && !droppedBack.has(name)) kept[name] = value;
    }
    response.writeHead(answerOf.statusCode ?? 502, answerOf.statusMessage, kept);
    answerOf.pipe(response);
    answerOf.on('error', () => response.destroy());
  });
  upstream.on('error', (error) => {
    if (response.headersSent) {
      response.destroy();
      return;
    }
    if (error instanceof RefusedConnection) {
      refused(target.href, error.refusal);
      response.writeHead(403, { 'content-type': 'text/plain; charset=utf-8', [refusalHeader]: describeRefusal(error.refusal) });
      response.end(`muniseo: ${describeRefusal(error.refusal)}\n`);
      return;
    }
    response.writeHead(502).end();
  });
  // The browser gave up (navigated away, closed the page): stop fetching for it.
  response.on('close', () => {
    if (!response.writableFinished) upstream.destroy();
  });
  request.pipe(upstream);
}

function connectionTokens(header: string | undefined): string[] {
  return (header ?? '')
    .split(',')
    .map((token) => token.trim().toLowerCase())
    .filter(Boolean);
}

function answer(client: Duplex, status: number, text: string, reason?: string): void {
  const extra = reason ? `${refusalHeader}: ${reason.replace(/[\r\n]/g, ' ')}\r\n` : '';
  client.end(`HTTP/1.1 ${status} ${text}\r\n${extra}content-length: 0\r\nconnection: close\r\n\r\n`);
}

function closeServer(server: Server, agent: GuardedHttpAgent, tunnels: Set<Duplex>): Promise<void> {
  for (const socket of tunnels) socket.destroy();
  agent.destroy();
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}
