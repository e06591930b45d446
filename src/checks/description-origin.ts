// Where a page's meta description comes from, as far as the pages show it: written for the page,
// or made by a rule nobody wrote for it. CMSs and SEO plugins fill descriptions by themselves:
// Yoast's `%%excerpt%%` is the post's first 155 characters (wordpress-seo,
// WPSEO_Replace_Vars::retrieve_excerpt), Rank Math's `%excerpt%` its first paragraph cut at 160
// (seo-by-rank-math, class-post-variables.php get_post_content, class-singular.php), All in One
// SEO's `#post_content` / `#post_excerpt` the same (DynamicOptions.php), Drupal Metatag's
// `[node:summary]` the body's summary, its opening trimmed at 600 characters; a site-wide setting
// (Joomla's global description, a tagline) repeats one text on every page; a theme may build one
// sentence around each page's title. None of them is a description written for the page.
import type { PageFacts } from '../model/index.js';
import { normaliseText } from './text.js';

export const descriptionOrigins = ['written', 'missing', 'sharedWithOtherPages', 'copiesTitle', 'siteTemplate', 'copiesText'] as const;
export type DescriptionOrigin = (typeof descriptionOrigins)[number];

/** Marks a CMS leaves where it cut the text: « … », « ... », « […] », SPIP's « (...) ». */
const cutMark = /(?:\s*(?:…|\.\.\.|\[…\]|\[\.\.\.\]|\(\.\.\.\)|\(…\)))+\s*$/;
/** A description this close to a run of the text (its share of words found in one run) is a copy of it. */
const copyShare = 0.8;
/** Fewer words than this say too little to tell a copy from a coincidence. */
const minWordsToCompare = 4;
/** Title separators: « Marché de Noël – Clairval », « Accueil | Mairie ». */
const titleSeparator = /\s[–—|·:-]\s|\s[|]\s?/;

/** Each page's description origin, in the order of `pages`. */
export function descriptionOriginsOf(pages: readonly PageFacts[]): DescriptionOrigin[] {
  const descriptions = pages.map((page) =>
    normaliseText(page.metaDescription ?? '')
      .replace(cutMark, '')
      .trim(),
  );
  const uses = countBy(descriptions);
  const skeletons = pages.map((page, index) => skeletonOf(descriptions[index] ?? '', titlesOf(page)));
  const skeletonUses = countBy(skeletons);
  return pages.map((page, index): DescriptionOrigin => {
    const description = descriptions[index] ?? '';
    if (!description) return 'missing';
    if ((uses.get(description) ?? 0) > 1) return 'sharedWithOtherPages';
    if (copiesTitle(description, titlesOf(page))) return 'copiesTitle';
    const skeleton = skeletons[index];
    if (skeleton && (skeletonUses.get(skeleton) ?? 0) > 1) return 'siteTemplate';
    if (copiesText(description, normaliseText(page.mainTextOpening))) return 'copiesText';
    return 'written';
  });
}

/** The page's title, its first segment (before the site's name) and its h1: what a template inserts. */
function titlesOf(page: PageFacts): string[] {
  const title = normaliseText(page.title ?? '');
  const firstSegment = normaliseText((page.title ?? '').split(titleSeparator)[0] ?? '');
  const h1 = normaliseText(page.headings.find((heading) => heading.level === 1)?.text ?? '');
  return [...new Set([title, firstSegment, h1])].filter((text) => text.length > 0).sort((a, b) => b.length - a.length);
}

/** The description says nothing its title does not: every word of it is a word of the title. */
function copiesTitle(description: string, titles: readonly string[]): boolean {
  const words = wordsOf(description);
  return titles.some((title) => {
    const titleWords = new Set(wordsOf(title));
    return words.length > 0 && words.every((word) => titleWords.has(word));
  });
}

/** The description with the page's title replaced by a placeholder, when it holds the title and enough words around it. */
function skeletonOf(description: string, titles: readonly string[]): string | undefined {
  if (!description) return undefined;
  const title = titles.find((candidate) => candidate.length >= 3 && description.includes(candidate));
  if (!title) return undefined;
  const skeleton = description.replace(title, '{titre}');
  return wordsOf(skeleton.replace('{titre}', '')).length >= 3 ? skeleton : undefined;
}

/** The description is the text's own words: one run of the text holds most of them in order. */
function copiesText(description: string, text: string): boolean {
  const words = wordsOf(description);
  if (words.length < minWordsToCompare) return false;
  return longestCommonRun(words, wordsOf(text)) >= Math.ceil(copyShare * words.length);
}

function wordsOf(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** Length of the longest run of words the two lists share, in order and without gaps. */
function longestCommonRun(a: readonly string[], b: readonly string[]): number {
  let best = 0;
  let previous = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i += 1) {
    const current = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j += 1) {
      if (a[i - 1] === b[j - 1]) {
        current[j] = (previous[j - 1] ?? 0) + 1;
        if ((current[j] ?? 0) > best) best = current[j] ?? 0;
      }
    }
    previous = current;
  }
  return best;
}

function countBy(values: readonly (string | undefined)[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}
