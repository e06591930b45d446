// One HTTP request with the limits a polite, bounded crawler needs: connect and whole-request
// timeouts, a byte cap, redirects followed by hand so that every hop is recorded, loops
// detected, failures classified into reasons a reader understands.
//
// Built on node:http rather than fetch: it gives the connect timeout, the TLS and DNS error
// codes, keep-alive pools that close with the crawl, and a resolver tests can point at
// 127.0.0.1 for fictional host names. Every connection asks the network policy first
// (src/network/): a hop to a private or excluded address fails as `refused-address`.
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { rootCertificates } from 'node:tls';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Readable } from 'node:stream';
import {
  crawlMessage,
  type CrawlMessageId,
  type FetchErrorKind,
  type Message,
  type MessageValues,
  type RedirectHop,
  renderCrawlMessage,
} from '../model/index.js';
import {
  GuardedHttpAgent,
  GuardedHttpsAgent,
  NetworkPolicy,
  type NetworkPolicyOptions,
  RefusedConnection,
  refusalMessage,
} from '../network/index.js';

export type { FetchErrorKind };

export interface FetchLimits {
  userAgent: string;
  /** Whole-request timeout: connection, redirects, headers and body. */
  timeoutMs: number;
  /** Time allowed to open one connection (DNS, TCP, TLS). */
  connectTimeoutMs?: number;
  /** Bodies longer than this are truncated (and said to be). */
  maxBytes: number;
  maxRedirects: number;
}

/**
 * Network settings a study may need to change: the network policy (which addresses and hosts may be
 * reached), the resolver and address classifier tests replace, and extra trusted certificates.
 */
export interface NetworkOptions extends NetworkPolicyOptions {
  /** PEM certificates trusted in addition to Node's built-in roots. */
  ca?: string[];
  /** Sockets kept open per host. */
  maxSocketsPerHost?: number;
}

export interface FetchedResponse {
  requestedUrl: string;
  finalUrl: string;
  status: number;
  headers: Record<string, string>;
  redirectChain: RedirectHop[];
  body: Uint8Array;
  /** Bytes of the (decoded) body read, or the announced length when the body was not read. */
  size: number;
  truncated: boolean;
  timingMs: number;
}

/** A request that failed: its kind for the checks, its reason as a crawl message for the report, in English as `message`. */
export class FetchError extends Error {
  constructor(
    readonly errorMessage: Message,
    readonly url: string,
    readonly kind: FetchErrorKind,
    readonly redirectChain: RedirectHop[] = [],
  ) {
    super(renderCrawlMessage(errorMessage, 'en'));
  }
}

/** Decides from the status and content type whether the body is worth reading. */
export type BodyWanted = (status: number, contentType: string) => boolean;

export interface FetchRequest {
  wantBody?: BodyWanted;
  method?: 'GET' | 'HEAD';
  /** Abandons the request (Ctrl-C, the site's time budget): a FetchError of kind `aborted`. */
  signal?: AbortSignal;
  /** A whole-request timeout other than the limits' one (probes). */
  timeoutMs?: number;
}

const redirectStatuses = new Set([301, 302, 303, 307, 308]);

/** Keep-alive connection pools for one crawl; `close()` releases them. */
export class HttpClient {
  private readonly http: GuardedHttpAgent;
  private readonly https: GuardedHttpsAgent;
  private readonly maxSocketsPerHost: number;
  /** Decides every connection of this client (default: public addresses only). */
  readonly policy: NetworkPolicy;

  constructor(
    readonly limits: FetchLimits,
    network: NetworkOptions = {},
  ) {
    this.maxSocketsPerHost = network.maxSocketsPerHost ?? 4;
    this.policy = new NetworkPolicy(network);
    const pool = { keepAlive: true, maxSockets: this.maxSocketsPerHost };
    this.http = new GuardedHttpAgent(this.policy, pool);
    this.https = new GuardedHttpsAgent(this.policy, { ...pool, ca: network.ca ? [...rootCertificates, ...network.ca] : undefined });
  }

  close(): void {
    this.http.destroy();
    this.https.destroy();
  }

  /** Fetches a URL, following redirects by hand; throws a FetchError with a readable reason. */
  async fetch(url: string, request: FetchRequest = {}): Promise<FetchedResponse> {
    const started = performance.now();
    const timeoutMs = request.timeoutMs ?? this.limits.timeoutMs;
    // One controller per request, listening to the caller's signal only while the request lives:
    // AbortSignal.any would leave a trace on a long-lived signal (the site's budget) per request.
    const controller = new AbortController();
    const signal = controller.signal;
    let timedOut = false;
    const deadline = graceTimer(timeoutMs, () => {
      timedOut = true;
      controller.abort();
    });
    const external = request.signal;
    const abandon = () => controller.abort();
    if (external?.aborted) abandon();
    external?.addEventListener('abort', abandon, { once: true });
    const chain: RedirectHop[] = [];
    const failure = (error: unknown, at: string) => describeError(error, at, { timedOut: () => timedOut, external, timeoutMs }, chain);
    try {
      return await this.follow(url, request, signal, failure, chain, started);
    } finally {
      deadline.cancel();
      external?.removeEventListener('abort', abandon);
    }
  }

  /** Follows redirects hop by hop, then reads (or measures) the final body. */
  private async follow(
    url: string,
    request: FetchRequest,
    signal: AbortSignal,
    failure: (error: unknown, url: string) => FetchError,
    chain: RedirectHop[],
    started: number,
  ): Promise<FetchedResponse> {
    const visited = new Set<string>([url]);
    let current = url;
    for (;;) {
      const response = await this.openFresh(current, request.method ?? 'GET', signal, failure);
      const location = response.headers.location;
      if (redirectStatuses.has(response.statusCode ?? 0) && location) {
        discard(response);
        const next = resolveLocation(location, current);
        if (!next) {
          const values = { location: location.slice(0, 200), url: current };
          throw new FetchError(crawlMessage('fetch.badRedirect', values), url, 'bad-redirect', chain);
        }
        chain.push({ url: current, status: response.statusCode ?? 0, location: next });
        if (visited.has(next)) {
          const loop = `${chain.map((hop) => hop.url).join(' → ')} → ${next}`;
          throw new FetchError(crawlMessage('fetch.redirectLoop', { chain: loop }), url, 'redirect-loop', chain);
        }
        if (chain.length > this.limits.maxRedirects) {
          const max = this.limits.maxRedirects;
          throw new FetchError(crawlMessage('fetch.tooManyRedirects', { max }), url, 'too-many-redirects', chain);
        }
        visited.add(next);
        current = next;
        continue;
      }
      const headers = headersRecord(response);
      const status = response.statusCode ?? 0;
      const wanted = request.method !== 'HEAD' && (request.wantBody ?? (() => true))(status, headers['content-type'] ?? '');
      let body: Uint8Array = new Uint8Array(0);
      let truncated = false;
      let size: number;
      try {
        if (wanted) {
          ({ body, truncated } = await readCapped(response, headers['content-encoding'], this.limits.maxBytes, signal));
          size = body.length;
        } else {
          ({ size, truncated } = await measure(response, headers['content-length'], this.limits.maxBytes, signal));
        }
      } catch (error) {
        throw failure(error, current);
      }
      return {
        requestedUrl: url,
        finalUrl: current,
        status,
        headers,
        redirectChain: chain,
        body,
        size,
        truncated,
        timingMs: Math.round(performance.now() - started),
      };
    }
  }

  /**
   * One hop; when a kept-alive connection turns out to have been closed by the server
   * meanwhile (reset before any answer), the request is sent again on a new connection.
   */
  private async openFresh(
    url: string,
    method: string,
    signal: AbortSignal,
    failure: (error: unknown, url: string) => FetchError,
  ): Promise<IncomingMessage> {
    // After a long pause every pooled connection may be stale: each failure destroys one.
    for (let attempt = 0; attempt <= this.maxSocketsPerHost; attempt += 1) {
      try {
        return await this.open(url, method, signal, failure);
      } catch (error) {
        if (!(error instanceof StaleConnection)) throw error;
      }
    }
    throw new FetchError(crawlMessage('fetch.reset', { host: new URL(url).host }), url, 'network');
  }

  /** One hop: resolves with the response head, or rejects with a classified FetchError. */
  private open(
    url: string,
    method: string,
    signal: AbortSignal,
    failure: (error: unknown, url: string) => FetchError,
  ): Promise<IncomingMessage> {
    const target = new URL(url);
    const secure = target.protocol === 'https:';
    const send = secure ? httpsRequest : httpRequest;
    return new Promise((resolve, reject) => {
      if (signal.aborted) {
        reject(failure(signal.reason, url));
        return;
      }
      const outgoing = send(target, {
        method,
        agent: secure ? this.https : this.http,
        signal,
        headers: {
          'user-agent': this.limits.userAgent,
          accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
          'accept-language': 'fr-FR,fr;q=0.9,en;q=0.5',
          'accept-encoding': 'gzip, deflate, br',
        },
      });
      // From the request on: a new connection first resolves its host through the network policy.
      const limit = this.limits.connectTimeoutMs ?? this.limits.timeoutMs;
      const connectTimer = graceTimer(limit, () => {
        outgoing.destroy(failure(new ConnectTimeout(crawlMessage('fetch.connectTimeout', { host: target.host, ms: String(limit) })), url));
      });
      outgoing.once('socket', (socket) => {
        if (!socket.connecting) connectTimer.cancel();
        else socket.once(secure ? 'secureConnect' : 'connect', () => connectTimer.cancel());
      });
      outgoing.once('response', (response) => {
        connectTimer.cancel();
        resolve(response);
      });
      outgoing.once('error', (error: NodeJS.ErrnoException) => {
        connectTimer.cancel();
        const stale = outgoing.reusedSocket && (error.code === 'ECONNRESET' || error.code === 'EPIPE') && !signal.aborted;
        reject(stale ? new StaleConnection() : failure(error, url));
      });
      outgoing.end();
    });
  }
}

/** Reads a body up to `maxBytes` decoded bytes, decompressing as the server said it encoded. */
async function readCapped(
  response: IncomingMessage,
  encoding: string | undefined,
  maxBytes: number,
  signal: AbortSignal,
): Promise<{ body: Uint8Array; truncated: boolean }> {
  const stream = decoded(response, encoding);
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      if (signal.aborted) throw signal.reason;
      if (total + chunk.length > maxBytes) {
        chunks.push(chunk.subarray(0, maxBytes - total));
        total = maxBytes;
        return { body: Buffer.concat(chunks, total), truncated: true };
      }
      chunks.push(chunk);
      total += chunk.length;
    }
  } finally {
    if (!response.complete) response.destroy();
    if (stream !== response) stream.destroy();
  }
  return { body: Buffer.concat(chunks, total), truncated: false };
}

/** Size of a body that is not kept: the announced length, else counted while draining up to the cap. */
async function measure(
  response: IncomingMessage,
  contentLength: string | undefined,
  maxBytes: number,
  signal: AbortSignal,
): Promise<{ size: number; truncated: boolean }> {
  const announced = Number(contentLength);
  if (contentLength !== undefined && Number.isFinite(announced)) {
    discard(response);
    return { size: announced, truncated: false };
  }
  let size = 0;
  try {
    for await (const chunk of response as AsyncIterable<Buffer>) {
      if (signal.aborted) throw signal.reason;
      size += chunk.length;
      if (size > maxBytes) return { size: maxBytes, truncated: true };
    }
  } finally {
    if (!response.complete) response.destroy();
  }
  return { size, truncated: false };
}

function decoded(response: IncomingMessage, encoding: string | undefined): Readable {
  const name = (encoding ?? '').trim().toLowerCase();
  const decoder =
    name === 'gzip' || name === 'x-gzip'
      ? createGunzip()
      : name === 'deflate'
        ? createInflate()
        : name === 'br'
          ? createBrotliDecompress()
          : undefined;
  if (!decoder) return response;
  response.on('error', (error) => decoder.destroy(error));
  return response.pipe(decoder);
}

/** Lets go of a body we do not read: small ones are drained so the connection is reused. */
function discard(response: IncomingMessage): void {
  const length = Number(response.headers['content-length']);
  if (Number.isFinite(length) && length <= 64 * 1024) response.resume();
  else response.destroy();
}

function resolveLocation(location: string, base: string): string | undefined {
  try {
    const next = new URL(location, base);
    return /^https?:$/.test(next.protocol) ? next.href : undefined;
  } catch {
    return undefined;
  }
}

function headersRecord(response: IncomingMessage): Record<string, string> {
  const record: Record<string, string> = {};
  for (const [name, value] of Object.entries(response.headers)) {
    if (value !== undefined) record[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return record;
}

const tlsCodes = /^(CERT_|ERR_TLS_|ERR_SSL_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_|HOSTNAME_MISMATCH|EPROTO$)/;

/** TLS failures a site owner can fix, named; others keep Node's own words. */
const tlsProblems: Record<string, CrawlMessageId> = {
  DEPTH_ZERO_SELF_SIGNED_CERT: 'tls.selfSigned',
  SELF_SIGNED_CERT_IN_CHAIN: 'tls.selfSignedInChain',
  CERT_HAS_EXPIRED: 'tls.expired',
  ERR_TLS_CERT_ALTNAME_INVALID: 'tls.hostMismatch',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'tls.incompleteChain',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'tls.unknownIssuer',
  EPROTO: 'tls.handshakeFailed',
};

class ConnectTimeout extends Error {
  constructor(readonly reason: Message) {
    super(renderCrawlMessage(reason, 'en'));
  }
}
class StaleConnection extends Error {}

/**
 * A timeout that gives pending I/O one more turn of the event loop before it fires. When
 * the process was busy (a long parse, a garbage collection), timers run before the I/O that
 * arrived meanwhile: without the extra turn, an answer that came in time would be a timeout.
 */
function graceTimer(ms: number, expire: () => void): { cancel(): void } {
  let immediate: NodeJS.Immediate | undefined;
  const timer = setTimeout(() => {
    immediate = setImmediate(expire);
  }, ms);
  return {
    cancel: () => {
      clearTimeout(timer);
      if (immediate) clearImmediate(immediate);
    },
  };
}

/** Turns a socket or parser error into a FetchError whose message a site owner understands. */
function describeError(
  error: unknown,
  url: string,
  timing: { timedOut(): boolean; external?: AbortSignal; timeoutMs: number },
  chain: RedirectHop[],
): FetchError {
  const failed = (kind: FetchErrorKind, id: CrawlMessageId, values?: MessageValues) =>
    new FetchError(crawlMessage(id, values), url, kind, chain);
  if (error instanceof FetchError) return error;
  if (error instanceof RefusedConnection) return new FetchError(refusalMessage(error.refusal), url, 'refused-address', chain);
  if (error instanceof ConnectTimeout) return new FetchError(error.reason, url, 'timeout', chain);
  if (timing.external?.aborted) return failed('aborted', 'fetch.aborted');
  if (timing.timedOut()) return failed('timeout', 'fetch.timeout', { ms: String(timing.timeoutMs) });
  const code = (error as { code?: string } | undefined)?.code ?? '';
  const detail = error instanceof Error ? error.message : String(error);
  const host = new URL(url).host;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NODATA' || code === 'EAI_NONAME') {
    return failed('dns', 'fetch.dnsFailed', { code, host: new URL(url).hostname });
  }
  if (code === 'ECONNREFUSED') return failed('refused', 'fetch.refused', { host });
  if (code === 'ETIMEDOUT') return failed('timeout', 'fetch.connectionTimedOut', { host });
  if (tlsCodes.test(code)) {
    const problem = tlsProblems[code];
    return failed('tls', 'fetch.tls', { problem: problem ? crawlMessage(problem) : detail, code });
  }
  if (code === 'ECONNRESET' || detail === 'socket hang up') return failed('network', 'fetch.reset', { host });
  if (code.startsWith('HPE_')) return failed('network', 'fetch.malformedResponse', { host, code });
  if (code.startsWith('Z_') || /incorrect header check|unexpected end of file/.test(detail)) {
    return failed('network', 'fetch.undecompressable', { detail: code || detail });
  }
  return failed('network', 'fetch.network', { detail: `${code ? `${code} ` : ''}${detail}` });
}
