// A SiteResult on its way back from a worker: JSON compressed with Brotli, as base64 text (BullMQ
// stores a job's return value as JSON). A 200-page site's result shrinks about tenfold. The
// coordinator validates what it decodes exactly as it validates rows read back from SQLite.
import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';
import type { SiteResult } from '../model/index.js';
import { parseStoredSiteResult } from '../store/stored-rows.js';

/** Quality 5 of 11: most of the gain for a small share of the CPU. */
const quality = 5;

export function encodeResult(result: SiteResult): string {
  const json = Buffer.from(JSON.stringify(result), 'utf8');
  return brotliCompressSync(json, { params: { [constants.BROTLI_PARAM_QUALITY]: quality } }).toString('base64');
}

/** Decodes and validates a worker's result; `source` names it in errors (the queue URL and job id). */
export function decodeResult(encoded: unknown, source: string, institutionId?: string): SiteResult {
  if (typeof encoded !== 'string') throw new Error(`${source}: the worker returned no result`);
  let json: string;
  try {
    json = brotliDecompressSync(Buffer.from(encoded, 'base64')).toString('utf8');
  } catch (error) {
    throw new Error(`${source}: the worker's result cannot be decompressed (${(error as Error).message})`);
  }
  return parseStoredSiteResult(json, source, institutionId);
}
