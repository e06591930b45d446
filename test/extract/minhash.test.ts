import { describe, expect, it } from 'vitest';
import { minimalShingles, shingleHashes } from '../../src/extract/minhash.js';
import { minhashSignature, similarity } from '../../src/model/index.js';
import { seededRandom } from '../helpers/french-text.js';

describe('shingleHashes', () => {
  it('hashes each run of five words, in order', () => {
    const words = 'la mairie sera fermée le lundi de pâques'.split(' ');
    const shingles = shingleHashes(words);
    expect(shingles).toHaveLength(words.length - 4);
    expect(shingles[1]).toBe(shingleHashes(words.slice(1, 6))[0]);
    expect(new Set(shingles).size).toBe(shingles.length);
    expect(shingleHashes('la mairie sera fermée le'.split(' '))[0]).not.toBe(shingleHashes('le mairie sera fermée la'.split(' '))[0]);
  });
});

describe('minimalShingles', () => {
  it('keeps, for any set of blocks, exactly the signature all their shingles would give', () => {
    const next = seededRandom(11);
    const vocabulary = Array.from({ length: 300 }, (_, index) => `mot${index}`);
    for (let trial = 0; trial < 20; trial += 1) {
      const blocks = Array.from({ length: 1 + Math.floor(next() * 8) }, () =>
        Array.from({ length: 1 + Math.floor(next() * 120) }, () => vocabulary[Math.floor(next() * vocabulary.length)]!),
      );
      const kept = blocks.flatMap((block) => minimalShingles(block));
      const every = blocks.flatMap((block) => [...shingleHashes(block)]);
      expect(minhashSignature(kept)).toEqual(minhashSignature(every));
    }
  });

  it('makes one shingle of a block shorter than a shingle, and nothing of an empty one', () => {
    expect(minimalShingles(['mairie', 'annexe'])).toEqual([...shingleHashes(['mairie', 'annexe'])]);
    expect(shingleHashes(['mairie', 'annexe'])).toHaveLength(1);
    expect(minimalShingles([])).toEqual([]);
  });
});

describe('similarity of signatures', () => {
  it('estimates the share of shingles two texts have in common', () => {
    const shared = Array.from({ length: 900 }, (_, index) => index + 1);
    const a = minhashSignature([...shared, ...Array.from({ length: 100 }, (_, index) => 10_000 + index)]);
    const b = minhashSignature([...shared, ...Array.from({ length: 100 }, (_, index) => 20_000 + index)]);
    // True Jaccard similarity: 900 / 1,100 ≈ 0.82; 32 hash functions estimate it within a few steps of 1/32.
    expect(similarity(a, b)).toBeGreaterThan(0.6);
    expect(similarity(a, b)).toBeLessThan(0.97);
    expect(similarity(a, a)).toBe(1);
    expect(similarity(a, [])).toBe(0);
  });
});
