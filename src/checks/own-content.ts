// What a page says of its own: its main content (extract's `contentBlocks`, already without the
// navigation, sidebars, header and footer its markup names) less the blocks most of the site's
// pages repeat — a sidebar, a contact box or a menu written in plain <div>s. Two pages with
// different texts under the same template then share nothing, however long the template.
import { minhashSignature, type PageFacts, shingleCount } from '../model/index.js';

/** A block is template when more than this share of the site's distinct main contents carry it… */
export const templateShare = 0.5;
/**
 * …and at least this many. With two pages a shared block could be template as well as a copied
 * text, and copies must stay visible: the block stays.
 */
export const templateMinimumPages = 3;
/** Own words below which a page gets no signature (too few shingles to estimate a similarity from). */
export const minimumSignedWords = 20;

/** The site's blocks: how many distinct main contents carry each, and which are its template. */
export interface SiteBlocks {
  carriers: ReadonlyMap<number, number>;
  template: ReadonlySet<number>;
}

/** A block of a page's own content, once per page, weighed by its shingles. */
export interface OwnBlock {
  hash: number;
  /** Distinct main contents of the site that carry it. */
  carriers: number;
  shingles: number;
}

/** One order of blocks for every page of a site: the rarest first, ties by hash. */
const compareBlocks = (a: OwnBlock, b: OwnBlock) => a.carriers - b.carriers || a.hash - b.hash;

export interface OwnContent {
  page: PageFacts;
  /** Words outside the template. */
  words: number;
  /** The own blocks in page order, as one hash: equal keys, equal own text. */
  key: number;
  /** MinHash of the own blocks' shingles; empty under `minimumSignedWords`. */
  signature: number[];
  /** The own blocks in `compareBlocks` order. */
  blocks: OwnBlock[];
  /** Shingles in the own blocks. */
  shingles: number;
}

/**
 * Counts the blocks of the site's pages and names its template. Identical main contents count
 * once, so that many copies of one page do not make their own text look like the site's template.
 */
export function siteBlocks(pages: readonly PageFacts[]): SiteBlocks {
  const contents = new Map<number, readonly number[]>();
  for (const { contentBlocks } of pages) {
    if (contentBlocks.hashes.length > 0) contents.set(sequenceHash(contentBlocks.hashes), contentBlocks.hashes);
  }
  const carriers = new Map<number, number>();
  for (const hashes of contents.values()) for (const hash of new Set(hashes)) carriers.set(hash, (carriers.get(hash) ?? 0) + 1);
  const needed = Math.max(templateMinimumPages, Math.floor(contents.size * templateShare) + 1);
  return { carriers, template: new Set([...carriers].filter(([, count]) => count >= needed).map(([hash]) => hash)) };
}

/** A page's main content without the site's template. */
export function ownContent(page: PageFacts, site: SiteBlocks): OwnContent {
  const { hashes, words, shingleCounts, shingles } = page.contentBlocks;
  const ownHashes: number[] = [];
  const ownShingles: number[] = [];
  const blocks = new Map<number, OwnBlock>();
  let ownWords = 0;
  for (let block = 0, first = 0; block < hashes.length; first += shingleCounts[block]!, block += 1) {
    const hash = hashes[block]!;
    if (site.template.has(hash)) continue;
    ownHashes.push(hash);
    ownWords += words[block]!;
    for (let index = first; index < first + shingleCounts[block]!; index += 1) ownShingles.push(shingles[index]!);
    blocks.set(hash, { hash, carriers: site.carriers.get(hash) ?? 0, shingles: shingleCount(words[block]!) });
  }
  return {
    page,
    words: ownWords,
    key: sequenceHash(ownHashes),
    signature: ownWords >= minimumSignedWords ? minhashSignature(ownShingles) : [],
    blocks: [...blocks.values()].sort(compareBlocks),
    shingles: [...blocks.values()].reduce((sum, block) => sum + block.shingles, 0),
  };
}

/**
 * One 53-bit hash of a sequence of block hashes (53 bits each): two different texts of a site
 * practically never share it (as with `contentBlocks`' hashes). Joining a page's hashes into a
 * string key instead cost more than all the rest of `siteBlocks` (bench/duplicates.js).
 */
function sequenceHash(hashes: readonly number[]): number {
  let h1 = 0xdeadbeef ^ hashes.length;
  let h2 = 0x41c6ce57;
  for (const hash of hashes) {
    h1 = Math.imul(h1 ^ hash, 2654435761); // the low 32 bits
    h2 = Math.imul(h2 ^ Math.floor(hash / 4294967296) ^ h1, 1597334677); // the high 21, chained to the low
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/**
 * The share of two pages' own shingles that lie in blocks both pages have: their Jaccard
 * similarity when the blocks that differ share no shingle, and at most it otherwise. Exact, where
 * a 32-value MinHash only estimates: a page copied with its date line changed is always found.
 */
export function sharedBlockShare(a: OwnContent, b: OwnContent): number {
  // Both lists are in the same order: one merge finds the blocks they share.
  let shared = 0;
  for (let i = 0, j = 0; i < a.blocks.length && j < b.blocks.length; ) {
    const order = compareBlocks(a.blocks[i]!, b.blocks[j]!);
    if (order === 0) shared += a.blocks[i]!.shingles;
    if (order <= 0) i += 1;
    if (order >= 0) j += 1;
  }
  const union = a.shingles + b.shingles - shared;
  return union === 0 ? 0 : shared / union;
}

/**
 * The page's first own blocks (in the common order) that weigh more than `1 − threshold` of it.
 * Two pages whose `sharedBlockShare` reaches `threshold` have at most that much apart, so the
 * first block they share is in both prefixes (prefix filtering): only pages with a prefix block
 * in common need comparing. Rarest first keeps the buckets small.
 */
export function blockPrefix(content: OwnContent, threshold: number): number[] {
  const prefix: number[] = [];
  let weight = 0;
  for (const block of content.blocks) {
    prefix.push(block.hash);
    weight += block.shingles;
    // The margin keeps float rounding from cutting the prefix one block short at the threshold itself.
    if (weight > (1 - threshold) * content.shingles + 1e-9) break;
  }
  return prefix;
}
