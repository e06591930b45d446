import { defineSiteCheck, notApplicable } from '../define.js';
import { duplicatesFinding } from '../duplicates.js';
import { type PageFacts, similarity } from '../../model/index.js';

/** Estimated Jaccard similarity of word 5-shingles above which two pages are near-duplicates (29 of 32 MinHash values equal). */
export const nearDuplicateSimilarity = 0.9;

/**
 * Groups pages with the same text, or text so close that only a date or a word differs. Not
 * `duplicateGroups`: closeness is not a key (two pages can each be close to a third and not to
 * each other), so a page joins the group of the first page already grouped that it matches.
 */
function contentGroups(pages: PageFacts[]): PageFacts[][] {
  const groupOf = new Map<PageFacts, PageFacts[]>();
  const groups: PageFacts[][] = [];
  for (const page of pages) {
    const match = pages.find(
      (other) =>
        other !== page &&
        groupOf.has(other) &&
        (other.contentHash === page.contentHash || similarity(other.minhash, page.minhash) >= nearDuplicateSimilarity),
    );
    const group = match ? groupOf.get(match)! : [];
    if (!match) groups.push(group);
    group.push(page);
    groupOf.set(page, group);
  }
  return groups.filter((group) => group.length > 1);
}

export default defineSiteCheck({
  id: 'duplicate-content',
  dimension: 'on-page',
  weight: 2,
  title: { fr: 'Les pages n’ont pas de contenu dupliqué', en: 'Pages do not duplicate each other' },
  rationale: {
    fr: 'Des pages au texte identique ou presque (versions imprimables, doublons d’agenda, pages modèles) se concurrencent : les moteurs n’en retiennent qu’une et gaspillent leur exploration.',
    en: 'Pages with identical or nearly identical text (print versions, calendar duplicates, template pages) compete: search engines keep one and waste their crawl.',
  },
  source: 'https://developers.google.com/search/docs/crawling-indexing/consolidate-duplicate-urls',
  messages: {
    tooFewWithText: { fr: 'moins de deux pages ont du texte', en: 'fewer than two pages with text' },
    duplicated: {
      fr: '{duplicated} pages sur {considered} ont le même texte qu’une autre page, ou presque',
      en: '{duplicated} of {considered} pages have the same or nearly the same text as another page',
    },
  },
  run: (site) => {
    const pages = site.pages.filter((page) => page.wordCount > 0);
    if (pages.length < 2) return notApplicable('tooFewWithText');
    return duplicatesFinding(contentGroups(pages), pages.length);
  },
});
