// Deterministic pseudo-random numbers in [0, 1) (mulberry32): the sensitivity analysis and the sample
// for review draw from it, so that a report is the same every time it is written from the same study.
import { createHash } from 'node:crypto';

/** A number seeds the generator as it is; a text through the first 32 bits of its SHA-256. */
export function seededRandom(seed: number | string): () => number {
  let state = typeof seed === 'number' ? seed >>> 0 : createHash('sha256').update(seed).digest().readUInt32LE(0);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}
