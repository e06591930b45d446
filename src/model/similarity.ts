// How alike two pages' texts are, from the MinHash signatures extract computes (src/extract/minhash.ts).

/** Estimated Jaccard similarity of two signatures (0 when either is empty). */
export function similarity(a: number[], b: number[]): number {
  if (a.length === 0 || a.length !== b.length) return 0;
  let same = 0;
  for (let index = 0; index < a.length; index += 1) if (a[index] === b[index]) same += 1;
  return same / a.length;
}
