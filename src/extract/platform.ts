// What a page tells about the software and the people behind its site: the CMS version its
// generator gives, the theme whose assets it loads, the credits naming who made it, and the hosts
// serving its assets. Many communes share one platform or one agency's template, so that a flaw
// can belong to a vendor rather than to a town (DOMAIN.md, "Platforms, CMS and vendors").
import type * as cheerio from 'cheerio';
import type { Element, Text } from 'domhandler';
import { type CreditFact, mostFrequent, type PlatformFacts } from '../model/index.js';
import { attr, descendants, isElement, readableText, resolveUrl } from './html.js';

/** `WordPress 6.6.2`, `Drupal 10 (https://www.drupal.org)`, `SPIP 4.2.8 [24180]`, `TYPO3 CMS 12.4`; Joomla prints no version by default. */
const generatorVersion = /^\s*(?:WordPress|Drupal|Joomla!?|SPIP|TYPO3(?:\s+CMS)?)\b[^\d]{0,40}?(\d+(?:\.\d+)*)/i;

/** Where each CMS keeps a theme's assets; the first group is the theme's folder name. */
const themeFolders: readonly RegExp[] = [
  /\/wp-content\/themes\/([^/]+)\//i,
  /\/sites\/[^/]+\/themes\/(?:custom\/|contrib\/)?([^/]+)\//i,
  /\/(?:core\/)?themes\/(?:custom\/|contrib\/)?([^/]+)\//i,
  /\/media\/templates\/site\/([^/]+)\//i,
  /\/templates\/([^/]+)\//i,
  /\/typo3conf\/ext\/([^/]+)\//i,
];

/**
 * The words of a credit, then the name: « Site réalisé par Agence Exemple », « Conception :
 * Agence Exemple », « Création et réalisation – Agence Exemple », « Propulsé par Campagnol ».
 * Hosting lines (« Hébergé par OVH ») name a host, not whoever made the site, and are left out.
 */
const creditWording =
  /(?:(?:site\s+(?:internet\s+|web\s+)?)?(?:r[ée]alis[ée]e?|con[çc]ue?|cr[ée][ée]e?|d[ée]velopp[ée]e?|propuls[ée]e?|design[ée]e?|fabriqu[ée]e?)\s+(?:avec|par)|(?:conception|r[ée]alisation|cr[ée]ation|d[ée]veloppement|design|webdesign|webmaster)(?:\s+(?:et|&)\s+(?:conception|r[ée]alisation|cr[ée]ation|d[ée]veloppement|design))?(?:\s+(?:du\s+site|graphique|web|site\s+(?:internet|web)))?\s*[:–—-])\s*/i;
/** Where a credited name ends: a separator, a sentence's end, or a following clause. */
const nameEnd = /\s*(?:[|•·©,;!?()[\]]|\.(?:\s|$)|\s[–—-]\s|\s(?:pour|avec|sous|et\s+h[ée]berg)\b).*$/i;

const maxCredits = 5;
/** Elements a credit line sits in. */
const creditBlocks = 'p, li, dd, td, address, small, footer, div';

export function extractPlatformFacts(
  $: cheerio.CheerioAPI,
  pageUrl: string,
  generator: string | undefined,
  xGenerator: string | undefined,
): PlatformFacts {
  const cmsVersion = generatorVersion.exec(generator ?? '')?.[1] ?? generatorVersion.exec(xGenerator ?? '')?.[1];
  return {
    ...(cmsVersion ? { cmsVersion } : {}),
    ...themeOf($),
    credits: credits($, pageUrl),
    assetHosts: assetHosts($, pageUrl),
  };
}

/** The theme most of the page's stylesheets come from, else most of its scripts. */
function themeOf($: cheerio.CheerioAPI): { theme?: string } {
  const stylesheets = $('link[href]')
    .toArray()
    .filter((el) => /stylesheet/i.test(attr(el, 'rel') ?? ''))
    .map((el) => attr(el, 'href') ?? '');
  const scripts = $('script[src]')
    .toArray()
    .map((el) => attr(el, 'src') ?? '');
  const theme = mostFrequent(stylesheets.map(themeFolder)) ?? mostFrequent(scripts.map(themeFolder));
  return theme ? { theme } : {};
}

function themeFolder(url: string): string | undefined {
  let path: string;
  try {
    path = new URL(url, 'https://theme.invalid/').pathname;
  } catch {
    return undefined;
  }
  for (const folder of themeFolders) {
    const name = folder.exec(path)?.[1];
    if (name && name !== 'system') return safeDecode(name).toLowerCase();
  }
  return undefined;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Hosts other than the page's own serving its scripts, stylesheets, icons and images. */
function assetHosts($: cheerio.CheerioAPI, pageUrl: string): string[] {
  const own = new URL(pageUrl).hostname;
  const hosts = new Set<string>();
  for (const el of $('script[src], link[href], img[src], source[srcset], iframe[src]').toArray()) {
    if (el.tagName === 'link' && !/stylesheet|icon|preload|modulepreload/i.test(attr(el, 'rel') ?? '')) continue;
    const raw = attr(el, 'src') ?? attr(el, 'href') ?? attr(el, 'srcset')?.split(/\s/)[0];
    const resolved = resolveUrl(raw, pageUrl);
    if (!resolved || !/^https?:/i.test(resolved)) continue;
    const host = new URL(resolved).hostname.toLowerCase();
    if (host !== own) hosts.add(host);
  }
  return [...hosts].sort();
}

/**
 * Credits naming who made the site: the smallest block (a paragraph, a list item, a footer line)
 * whose text holds a credit's wording, the name following it as text or as a link. Every text of
 * the page is searched: a footer signs the site, a legal notice names its « conception et
 * réalisation » in its text.
 */
function credits($: cheerio.CheerioAPI, pageUrl: string): CreditFact[] {
  const found = new Map<string, CreditFact>();
  const blocks = new Set<Element>();
  for (const body of $('body').toArray()) {
    for (const node of textsWithin(body)) {
      if (!creditWording.test(node.data)) continue;
      const parent = node.parent as Element;
      const block = $(parent).closest(creditBlocks).get(0) ?? parent;
      if (block.type === 'tag') blocks.add(block as Element);
    }
  }
  for (const block of blocks) {
    if (found.size >= maxCredits) break;
    const text = readableText([block]);
    if (text.length > 240) continue;
    const credit = creditIn($, block, text, pageUrl);
    if (!credit) continue;
    const key = credit.name.toLowerCase();
    const known = found.get(key);
    if (!known || (!known.href && credit.href)) found.set(key, credit);
  }
  return [...found.values()];
}

/** The text nodes directly inside the elements below `root`, in document order: cheerio's `find('*').contents()` of text. */
function* textsWithin(root: Element): Generator<Text> {
  for (const node of descendants(root)) {
    if (node.type === 'text' && node.parent !== root && node.parent && isElement(node.parent)) yield node as Text;
  }
}

function creditIn($: cheerio.CheerioAPI, block: Element, text: string, pageUrl: string): CreditFact | undefined {
  const match = creditWording.exec(text);
  if (!match) return undefined;
  const after = text.slice(match.index + match[0].length);
  const named = cleanName(after);
  // The credit's link: the one holding the name (« Site réalisé par <a>Agence</a> »), or the whole credit.
  const link = ($(block).is('a') ? [block] : $(block).find('a[href]').toArray()).find((el) => {
    const linkText = readableText([el]);
    return linkText.length > 0 && ((named !== undefined && linkText.includes(named)) || after.includes(linkText));
  });
  const linkText = link ? readableText([link]) : undefined;
  // A link whose text is the whole credit names the vendor after the wording; another link's text is the name.
  const name = linkText && !creditWording.test(linkText) ? cleanName(linkText) : named;
  if (!name) return undefined;
  const href = link ? resolveUrl(attr(link, 'href'), pageUrl) : undefined;
  const phrase = `${text.slice(match.index, match.index + match[0].length)}${name}`.trim().slice(0, 120);
  return { name, phrase, ...(href && /^https?:/i.test(href) ? { href } : {}) };
}

/** The credited name: up to its end, at most six words, without a trailing stop. */
function cleanName(raw: string): string | undefined {
  const name = raw.replace(nameEnd, '').split(/\s+/).slice(0, 6).join(' ').trim();
  return name.length >= 2 && /\p{L}/u.test(name) ? name : undefined;
}
