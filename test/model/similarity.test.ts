import { describe, expect, it } from 'vitest';
import { bandKeys, minhashSignature, signatureSize } from '../../src/model/index.js';

describe('bandKeys', () => {
  it('gives two signatures that differ in fewer positions than bands at least one key in common', () => {
    const signature = minhashSignature([1, 2, 3, 4, 5, 6, 7, 8]);
    for (let first = 0; first < signatureSize; first += 1) {
      const changed = [...signature];
      for (const position of [first, (first + 7) % signatureSize, (first + 13) % signatureSize]) changed[position] = 0;
      const keys = new Set(bandKeys(signature, 4));
      expect(bandKeys(changed, 4).some((key) => keys.has(key))).toBe(true);
    }
  });

  it('keeps equal runs apart when they sit in different bands', () => {
    const same = new Array<number>(signatureSize).fill(7);
    expect(new Set(bandKeys(same, 4)).size).toBe(4);
  });

  it('gives no key to an empty signature (a page too short to sign)', () => {
    expect(bandKeys([], 4)).toEqual([]);
  });
});
