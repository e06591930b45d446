// A text block's word shingles, hashed, reduced to the few that can enter a MinHash signature
// (src/model/similarity.ts): near-duplicate detection keeps hashes, never text.
import { shingleRanks, shingleSize, signatureSize } from '../model/index.js';

/**
 * FNV-1a: words need a well-spread 32-bit hash, not a cryptographic one. An MD5 per shingle
 * was a quarter of the CPU time of a crawl with extraction (bench/crawl: 4.9 → 3.6 ms a page).
 */
export function hash32(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) hash = Math.imul(hash ^ text.charCodeAt(index), 16777619);
  return hash >>> 0;
}

/** The hash of the shingle of `length` words from `start` (30 bits), from its words' hashes: no string is built per shingle. */
function shingleAt(wordHashes: Int32Array, start: number, length: number): number {
  let hash = length;
  for (let offset = 0; offset < length; offset += 1) {
    hash = Math.imul(hash ^ wordHashes[start + offset]!, 0x9e3779b1);
    hash ^= hash >>> 16;
  }
  // MurmurHash3's last steps: signatures need well-mixed shingle hashes (see `shingleRanks`).
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  // 30 bits: V8 keeps such small integers in 4 bytes, and a page keeps hundreds of them. Two
  // shingles of a site then share a hash once in a billion, too rarely to move a similarity.
  return (hash ^ (hash >>> 16)) >>> 2;
}

// Scratch buffers reused from block to block: a page has dozens of blocks, and allocating them
// per block cost as much as the hashing. Extraction is synchronous, so no two calls share them.
let wordHashes = new Int32Array(1024);
const smallest = new Uint32Array(signatureSize);
const argmin = new Int32Array(signatureSize);
const ranks = new Uint32Array(signatureSize);

function hashWords(words: readonly string[]): void {
  if (wordHashes.length < words.length) wordHashes = new Int32Array(words.length * 2);
  for (let index = 0; index < words.length; index += 1) wordHashes[index] = hash32(words[index]!);
}

/** The hashes of a block's word shingles, one per run of `shingleSize` words (a block shorter than that is one shingle). */
export function shingleHashes(words: readonly string[]): number[] {
  if (words.length === 0) return [];
  hashWords(words);
  const length = Math.min(shingleSize, words.length);
  return Array.from({ length: words.length - length + 1 }, (_, start) => shingleAt(wordHashes, start, length));
}

/**
 * The hashes of a block's shingles that are the smallest under at least one of the signature's
 * hash functions (at most 32, in increasing order). The signature of any set of blocks is the
 * signature of the union of these, exactly as if every shingle had been kept. `words` are
 * lower-cased.
 */
export function minimalShingles(words: readonly string[]): number[] {
  if (words.length === 0) return [];
  hashWords(words);
  const length = Math.min(shingleSize, words.length);
  const count = words.length - length + 1;
  if (count === 1) return [shingleAt(wordHashes, 0, length)];
  smallest.fill(0xffffffff);
  for (let start = 0; start < count; start += 1) {
    const shingle = shingleAt(wordHashes, start, length);
    shingleRanks(shingle, ranks);
    for (let fn = 0; fn < signatureSize; fn += 1) {
      if (ranks[fn]! < smallest[fn]!) {
        smallest[fn] = ranks[fn]!;
        argmin[fn] = shingle;
      }
    }
  }
  return [...new Set(argmin)].sort((a, b) => a - b);
}
