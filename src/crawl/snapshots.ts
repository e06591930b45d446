// From an HTTP response (or a failure) to the PageSnapshot the rest of muniseo reads.
import { decodeHtml } from './charset.js';
import type { FetchError, FetchedResponse } from './fetch-page.js';
import type { Discovery, PageSnapshot } from '../model/index.js';

const htmlTypes = /^\s*(text\/html|application\/xhtml\+xml)/i;

export function isHtml(contentType: string): boolean {
  return htmlTypes.test(contentType);
}

/** Bodies worth reading: HTML only. Documents are counted with type and size, never parsed. */
export function wantsHtmlBody(_status: number, contentType: string): boolean {
  return isHtml(contentType);
}

export function toSnapshot(response: FetchedResponse, depth: number, discoveredBy: Discovery): PageSnapshot {
  const contentType = response.headers['content-type'] ?? '';
  const snapshot: PageSnapshot = {
    requestedUrl: response.requestedUrl,
    finalUrl: response.finalUrl,
    redirectChain: response.redirectChain,
    status: response.status,
    headers: response.headers,
    contentType,
    size: response.size,
    truncated: response.truncated,
    timingMs: response.timingMs,
    depth,
    discoveredBy,
    renderedWith: 'http',
  };
  if (isHtml(contentType)) {
    const decoded = decodeHtml(response.body, contentType);
    snapshot.body = decoded.text;
    snapshot.charset = decoded.charset;
  }
  return snapshot;
}

/** A URL that could not be loaded is still a page of the crawl: status 0 and the reason. */
export function failedSnapshot(url: string, failure: FetchError, depth: number, discoveredBy: Discovery): PageSnapshot {
  return {
    requestedUrl: url,
    finalUrl: failure.redirectChain.at(-1)?.location ?? url,
    redirectChain: failure.redirectChain,
    status: 0,
    headers: {},
    contentType: '',
    size: 0,
    truncated: false,
    timingMs: 0,
    depth,
    discoveredBy,
    renderedWith: 'http',
    error: failure.message,
    errorMessage: failure.errorMessage,
    errorKind: failure.kind,
  };
}
