// One HTTP request with the limits a polite, bounded crawler needs: a timeout, a byte cap,
// redirects followed by hand so that every hop is recorded, loops detected.
import type { RedirectHop } from './types.js';

export interface FetchLimits {
  userAgent: string;
  /** Whole-request timeout, headers and body. */
  timeoutMs: number;
  /** Bodies longer than this are truncated (and said to be). */
  maxBytes: number;
  maxRedirects: number;
}

export interface FetchedResponse {
  requestedUrl: string;
  finalUrl: string;
  status: number;
  headers: Record<string, string>;
  redirectChain: RedirectHop[];
  body: Uint8Array;
  /** Bytes actually read (≤ maxBytes). */
  size: number;
  truncated: boolean;
  timingMs: number;
}

export class FetchError extends Error {
  constructor(
    message: string,
    readonly url: string,
    readonly kind: 'dns' | 'refused' | 'tls' | 'timeout' | 'redirect-loop' | 'too-many-redirects' | 'network',
    readonly redirectChain: RedirectHop[] = [],
  ) {
    super(message);
  }
}

export type BodyWanted = (status: number, contentType: string) => boolean;

/** Fetches a URL, following redirects by hand. `wantBody` decides whether the body is read. */
export async function fetchPage(
  url: string,
  limits: FetchLimits,
  wantBody: BodyWanted = () => true,
  method: 'GET' | 'HEAD' = 'GET',
): Promise<FetchedResponse> {
  const started = performance.now();
  const signal = AbortSignal.timeout(limits.timeoutMs);
  const chain: RedirectHop[] = [];
  const seen = new Set<string>([url]);
  let current = url;
  for (;;) {
    let response: Response;
    try {
      response = await fetch(current, {
        method,
        redirect: 'manual',
        signal,
        headers: { 'user-agent': limits.userAgent, accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' },
      });
    } catch (error) {
      throw describeFetchError(error, current, limits.timeoutMs, chain);
    }
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      await response.body?.cancel().catch(() => undefined);
      const next = new URL(location, current).href;
      chain.push({ url: current, status: response.status, location: next });
      if (seen.has(next)) {
        throw new FetchError(`redirect loop: ${chain.map((hop) => hop.url).join(' → ')} → ${next}`, url, 'redirect-loop', chain);
      }
      if (chain.length > limits.maxRedirects) {
        throw new FetchError(`more than ${limits.maxRedirects} redirects`, url, 'too-many-redirects', chain);
      }
      seen.add(next);
      current = next;
      continue;
    }
    const headers = headersRecord(response.headers);
    const contentType = headers['content-type'] ?? '';
    let body: Uint8Array = new Uint8Array(0);
    let truncated = false;
    let size = 0;
    if (method === 'GET' && wantBody(response.status, contentType)) {
      try {
        ({ body, truncated } = await readCapped(response, limits.maxBytes));
      } catch (error) {
        throw describeFetchError(error, current, limits.timeoutMs, chain);
      }
      size = body.length;
    } else {
      await response.body?.cancel().catch(() => undefined);
      size = Number(headers['content-length'] ?? 0) || 0;
    }
    return {
      requestedUrl: url,
      finalUrl: current,
      status: response.status,
      headers,
      redirectChain: chain,
      body,
      size,
      truncated,
      timingMs: Math.round(performance.now() - started),
    };
  }
}

async function readCapped(response: Response, maxBytes: number): Promise<{ body: Uint8Array; truncated: boolean }> {
  if (!response.body) return { body: new Uint8Array(0), truncated: false };
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (total + value.length > maxBytes) {
      chunks.push(value.subarray(0, maxBytes - total));
      total = maxBytes;
      await reader.cancel().catch(() => undefined);
      return { body: Buffer.concat(chunks, total), truncated: true };
    }
    chunks.push(value);
    total += value.length;
  }
  return { body: Buffer.concat(chunks, total), truncated: false };
}

function headersRecord(headers: Headers): Record<string, string> {
  const record: Record<string, string> = {};
  headers.forEach((value, name) => {
    record[name.toLowerCase()] = value;
  });
  return record;
}

const tlsCodes = /CERT|SSL|TLS|UNABLE_TO_VERIFY|SELF_SIGNED|ERR_TLS/i;

/** Turns undici's "fetch failed" into a reason a reader understands. */
export function describeFetchError(error: unknown, url: string, timeoutMs: number, chain: RedirectHop[]): FetchError {
  if (error instanceof FetchError) return error;
  const name = (error as { name?: string })?.name;
  if (name === 'TimeoutError' || name === 'AbortError') {
    return new FetchError(`no complete answer within ${timeoutMs} ms`, url, 'timeout', chain);
  }
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  const code = cause?.code ?? '';
  const detail = cause?.message ?? (error instanceof Error ? error.message : String(error));
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return new FetchError(`DNS lookup failed (${code}) for ${new URL(url).hostname}`, url, 'dns', chain);
  if (code === 'ECONNREFUSED') return new FetchError(`connection refused by ${new URL(url).host}`, url, 'refused', chain);
  if (code === 'UND_ERR_CONNECT_TIMEOUT' || code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT') {
    return new FetchError(`timed out (${code})`, url, 'timeout', chain);
  }
  if (tlsCodes.test(code) || tlsCodes.test(detail)) return new FetchError(`TLS error: ${code || detail}`, url, 'tls', chain);
  return new FetchError(`network error: ${code ? `${code} ` : ''}${detail}`, url, 'network', chain);
}
