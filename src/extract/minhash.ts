// A text block's word shingles, hashed, reduced to the few that can enter a MinHash signature
// (src/model/similarity.ts): near-duplicate detection keeps hashes, never text.
import { shingleRank, shingleSize, signatureSize } from '../model/index.js';

/**
 * FNV-1a: shingles need a well-spread 32-bit hash, not a cryptographic one. An MD5 per shingle
 * was a quarter of the CPU time of a crawl with extraction (bench/crawl: 4.9 → 3.6 ms a page).
 */
export function hash32(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) hash = Math.imul(hash ^ text.charCodeAt(index), 16777619);
  return hash >>> 0;
}

/**
 * The hashes of a block's shingles that are the smallest under at least one of the signature's
 * hash functions (at most 32, in increasing order). The signature of any set of blocks is the
 * signature of the union of these, exactly as if every shingle had been kept. A block shorter
 * than a shingle is one shingle. `words` are lower-cased.
 */
export function minimalShingles(words: readonly string[]): number[] {
  if (words.length === 0) return [];
  const shingles = new Set<number>();
  if (words.length < shingleSize) shingles.add(hash32(words.join(' ')));
  for (let start = 0; start + shingleSize <= words.length; start += 1) {
    shingles.add(hash32(words.slice(start, start + shingleSize).join(' ')));
  }
  if (shingles.size <= 1) return [...shingles];
  const smallest = new Array<number>(signatureSize).fill(0xffffffff);
  const argmin = new Array<number>(signatureSize).fill(0);
  for (const shingle of shingles) {
    for (let fn = 0; fn < signatureSize; fn += 1) {
      const rank = shingleRank(shingle, fn);
      if (rank < smallest[fn]!) {
        smallest[fn] = rank;
        argmin[fn] = shingle;
      }
    }
  }
  return [...new Set(argmin)].sort((a, b) => a - b);
}
