import { defineSiteCheck, notApplicable } from '../define.js';
import { duplicatesFinding, indexedUnderOwnUrl } from '../duplicates.js';
import { blockPrefix, type OwnContent, ownContent, sharedBlockShare, siteBlocks } from '../own-content.js';
import { bandKeys, type PageFacts, signatureSize, similarity } from '../../model/index.js';

/** Jaccard similarity of word 5-shingles from which two pages are near-duplicates (with MinHash, 29 of 32 values equal). */
export const nearDuplicateSimilarity = 0.9;

/**
 * Signatures at the threshold differ in at most 3 of their 32 values; cut into 4 bands, they
 * share at least one, so that comparing only pages that share a band misses no pair.
 */
const bands = signatureSize - Math.ceil(nearDuplicateSimilarity * signatureSize) + 1;

/** The same own text; or blocks in common that make up the threshold; or a MinHash estimate that reaches it (a word changed inside a paragraph). */
const isNearDuplicate = (a: OwnContent, b: OwnContent) =>
  a.key === b.key || sharedBlockShare(a, b) >= nearDuplicateSimilarity || similarity(a.signature, b.signature) >= nearDuplicateSimilarity;

/** The buckets a page goes in: pages that can be near-duplicates share one (see `bandKeys` and `blockPrefix`). */
const bucketsOf = (content: OwnContent) => [
  `=${content.key}`,
  ...bandKeys(content.signature, bands),
  ...blockPrefix(content, nearDuplicateSimilarity).map((hash) => `#${hash}`),
];

/**
 * Groups pages with the same own text, or text so close that only a date or a word differs. Not
 * `duplicateGroups`: closeness is not a key (two pages can each be close to a third and not to
 * each other), so a page joins the group of the first earlier page it matches. Only pages that
 * share a bucket are compared, not every pair: a site of thousands of pages stays fast.
 */
function contentGroups(contents: OwnContent[]): PageFacts[][] {
  const buckets = new Map<string, number[]>();
  const groupOf: PageFacts[][] = [];
  const groups: PageFacts[][] = [];
  contents.forEach((content, index) => {
    const keys = bucketsOf(content);
    let match: number | undefined;
    for (const key of keys) {
      // A bucket lists pages in order: its first match is its earliest.
      for (const other of buckets.get(key) ?? []) {
        if (match !== undefined && other >= match) break;
        if (isNearDuplicate(contents[other]!, content)) match = other;
      }
    }
    const group = match === undefined ? [] : groupOf[match]!;
    if (match === undefined) groups.push(group);
    group.push(content.page);
    groupOf[index] = group;
    for (const key of keys) {
      const bucket = buckets.get(key);
      if (bucket) bucket.push(index);
      else buckets.set(key, [index]);
    }
  });
  return groups.filter((group) => group.length > 1);
}

export default defineSiteCheck({
  id: 'duplicate-content',
  dimension: 'on-page',
  weight: 2,
  title: { fr: 'Les pages n’ont pas de contenu dupliqué', en: 'Pages do not duplicate each other' },
  rationale: {
    fr: 'Des pages au contenu principal identique ou presque (versions imprimables, doublons d’agenda, pages modèles) se concurrencent : les moteurs n’en retiennent qu’une et gaspillent leur exploration. Seul le contenu principal compte, comme pour les moteurs : menus, en-tête, pied de page, barres latérales et blocs répétés sur la plupart des pages sont écartés ; les pages en noindex ou canonisées vers une autre URL aussi, car elles désignent déjà la page à retenir.',
    en: 'Pages whose main content is identical or nearly so (print versions, calendar duplicates, template pages) compete: search engines keep one and waste their crawl. Only the main content counts, as for search engines: menus, header, footer, sidebars and blocks repeated on most pages are left out; so are pages with noindex or canonicalised to another URL, which already name the page to keep.',
  },
  source: 'https://developers.google.com/search/docs/crawling-indexing/consolidate-duplicate-urls',
  messages: {
    tooFewWithText: {
      fr: 'moins de deux pages indexables ont un texte propre (hors gabarit du site)',
      en: 'fewer than two indexable pages with text of their own (outside the site’s template)',
    },
    duplicated: {
      fr: '{duplicated} pages indexables sur {considered} ont le même contenu principal qu’une autre page, ou presque',
      en: '{duplicated} of {considered} indexable pages have the same or nearly the same main content as another page',
    },
  },
  run: (site) => {
    const blocks = siteBlocks(site.pages);
    const contents = indexedUnderOwnUrl(site.pages)
      .map((page) => ownContent(page, blocks))
      .filter((content) => content.words > 0);
    if (contents.length < 2) return notApplicable('tooFewWithText');
    return duplicatesFinding(contentGroups(contents), contents.length);
  },
});
