// How alike two pages' texts are: MinHash signatures over hashed word shingles. Extract hashes
// each text block's shingles (src/extract/minhash.ts); the signature is built here, from any set
// of shingle hashes, so that a check can sign a page without the blocks the whole site repeats.

/** Words in a shingle: five-word runs tell a date changed from a text rewritten. */
export const shingleSize = 5;

/** Shingles in a block of `words` words: a block shorter than a shingle is one. */
export const shingleCount = (words: number): number => (words === 0 ? 0 : Math.max(1, words - shingleSize + 1));

/** Hash functions in a signature: similarity is estimated in steps of 1/32. */
export const signatureSize = 32;

// Int32, so that mixing a seed in stays in 32-bit integer arithmetic (a 0x9e3779b1 as a double cost a conversion each time).
const seeds = Int32Array.from({ length: signatureSize }, (_, index) => Math.imul(index + 1, 0x9e3779b1));

/**
 * Fills `ranks` with a shingle's hash under each of the signature's hash functions: the seed
 * mixed in, one multiply and one shift. Shingle hashes arrive well mixed (src/extract/minhash.ts),
 * and on such input this cheap family estimates similarity with the binomial spread of
 * independent functions, as a full MurmurHash3 finaliser per function did at three times the
 * cost. One call per shingle, not per function: calls are what a hot loop pays for.
 */
export function shingleRanks(shingle: number, ranks: Uint32Array): void {
  for (let fn = 0; fn < signatureSize; fn += 1) {
    const hash = Math.imul(shingle ^ seeds[fn]!, 0x85ebca6b);
    ranks[fn] = hash ^ (hash >>> 15);
  }
}

/**
 * The MinHash signature of a set of shingle hashes: for each hash function, the smallest rank.
 * The signature of a union is the position-wise minimum of the parts' signatures, which is why
 * extract needs to keep only each block's minimal shingles. Empty for an empty set.
 */
export function minhashSignature(shingles: Iterable<number>): number[] {
  const signature = new Uint32Array(signatureSize).fill(0xffffffff);
  const ranks = new Uint32Array(signatureSize);
  let empty = true;
  for (const shingle of shingles) {
    empty = false;
    shingleRanks(shingle, ranks);
    for (let fn = 0; fn < signatureSize; fn += 1) if (ranks[fn]! < signature[fn]!) signature[fn] = ranks[fn]!;
  }
  return empty ? [] : [...signature];
}

/** Estimated Jaccard similarity of two signatures (0 when either is empty). */
export function similarity(a: readonly number[], b: readonly number[]): number {
  if (a.length === 0 || a.length !== b.length) return 0;
  let same = 0;
  for (let index = 0; index < a.length; index += 1) if (a[index] === b[index]) same += 1;
  return same / a.length;
}

/**
 * Locality-sensitive hashing by banding: a signature cut into `bands` runs of positions, each
 * run a key. Two signatures that differ in fewer than `bands` positions leave at least one run
 * untouched, so they share a key (pigeonhole): pages sharing no key need not be compared.
 */
export function bandKeys(signature: readonly number[], bands: number): string[] {
  if (signature.length === 0) return [];
  return Array.from({ length: bands }, (_, band) => {
    const start = Math.floor((band * signature.length) / bands);
    const end = Math.floor(((band + 1) * signature.length) / bands);
    return `${band}:${signature.slice(start, end).join(',')}`;
  });
}
