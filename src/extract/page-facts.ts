// PageSnapshot → PageFacts. The only place in muniseo that parses HTML.
import { createHash } from 'node:crypto';
import * as cheerio from 'cheerio';
import type { Element } from 'domhandler';
import { detectTags, isSocialProfile } from './fingerprints.js';
import { attr, header, readableText, resolveUrl, textContent } from './html.js';
import { headLinks } from './head-links.js';
import { extractLinks } from './links.js';
import { contentBlocks } from './main-content.js';
import { metaRobotsDirectives, searchEngineRobots, xRobotsTagDirectives } from './robots-directives.js';
import { extractStructuredData } from './structured-data.js';
import { extractPlatformFacts } from './platform.js';
import type { HeadingFact, ImageFact, LinkFact, PageFacts } from '../model/index.js';

export interface ExtractInput {
  url: string;
  status: number;
  headers: Record<string, string>;
  body: string;
  /** Origin of the site (scheme and host) for internal/external decisions. */
  siteOrigin: string;
}

// « Accessibilité : partiellement conforme », tolerant of spacing, case, dashes and « non-conforme ».
const accessibilityMention = /accessibilit[ée]\s*[:\-–—]?\s*(totalement|partiellement|non)[\s-]*conforme/i;
/** How much of the main text a page's facts keep: enough for any CMS's excerpt rule (Drupal's summary trims at 600 characters). */
const mainTextOpeningLength = 2000;
/** Scripts a consent manager holds back until the visitor agrees: declared, not loaded. */
const consentConfiguration = /tarteaucitron|axeptio|didomi|cookiebot|onetrust|klaro/i;

export function extractPageFacts(input: ExtractInput): PageFacts {
  const $ = cheerio.load(input.body);
  const baseHref = $('base[href]').first().attr('href');
  const base = resolveUrl(baseHref, input.url) ?? input.url;

  const titles = $('title')
    .toArray()
    .filter((el) => $(el).closest('svg').length === 0);
  const descriptions = $('meta')
    .filter((_, el) => attr(el, 'name')?.trim().toLowerCase() === 'description')
    .toArray();
  const inHead = headLinks($, header(input.headers, 'link'));
  const text = visibleText($);
  const words = text.split(/\s+/).filter(Boolean);
  const main = mainText($);
  const mainWords = main.split(/\s+/).filter(Boolean);
  const links = extractLinks($, base, input.siteOrigin);
  const structuredData = extractStructuredData($);
  const pageHtml = input.body;
  const isHttps = input.url.startsWith('https:');
  const generator = metaContent($, 'generator');

  const accessibilityMatch = accessibilityMention.exec(text);
  const accessibilityLink = links.find((link) => /accessibilit/i.test(link.text) && link.internal);

  return {
    url: input.url,
    status: input.status,
    lang: $('html').attr('lang')?.trim() || undefined,
    title: titles.length > 0 ? $(titles[0]).text().replace(/\s+/g, ' ').trim() : undefined,
    titleCount: titles.length,
    metaDescription: descriptions.length > 0 ? (attr(descriptions[0], 'content') ?? '') : undefined,
    metaDescriptionCount: descriptions.length,
    headings: $('h1, h2, h3, h4, h5, h6')
      .toArray()
      .map((el): HeadingFact => ({ level: Number(el.tagName.slice(1)), text: $(el).text().replace(/\s+/g, ' ').trim() })),
    canonicalTag: inHead.canonicalTags[0],
    canonicalTagCount: inHead.canonicalTags.length,
    canonicalTags: inHead.canonicalTags,
    canonicalHeader: inHead.canonicalHeaders[0],
    canonicalHeaders: inHead.canonicalHeaders,
    paginationLinks: inHead.paginationLinks,
    metaRobots: $('meta')
      .filter((_, el) => (searchEngineRobots as readonly string[]).includes(attr(el, 'name')?.trim().toLowerCase() ?? ''))
      .toArray()
      .flatMap((el) => metaRobotsDirectives(attr(el, 'content'))),
    xRobotsTag: xRobotsTagDirectives(header(input.headers, 'x-robots-tag')),
    responseDate: httpDate(header(input.headers, 'date')),
    hreflang: inHead.hreflang,
    viewport: metaContent($, 'viewport'),
    ...structuredData,
    openGraph: metaProperties($, 'og:'),
    twitter: metaProperties($, 'twitter:'),
    links,
    images: $('img')
      .toArray()
      .map((el): ImageFact => ({ src: attr(el, 'src') ?? '', alt: attr(el, 'alt') ?? null })),
    wordCount: words.length,
    mainWordCount: mainWords.length,
    mainTextOpening: main.slice(0, mainTextOpeningLength),
    contentHash: createHash('sha1').update(words.join(' ').toLowerCase()).digest('hex'),
    contentBlocks: contentBlocks($),
    tags: detectTags(pageHtml, loadedHtml($, pageHtml)),
    socialProfiles: socialProfiles(links),
    accessibility: {
      level: accessibilityMatch?.[1]?.toLowerCase() as PageFacts['accessibility']['level'],
      mentionText: accessibilityMatch?.[0],
      declarationUrl: accessibilityLink?.url,
    },
    legalNoticeUrl: links.find((link) => link.internal && /mentions?\s+l[ée]gales/i.test(link.text))?.url,
    privacyUrl: links.find((link) => link.internal && /(confidentialit|donn[ée]es\s+personnelles|rgpd)/i.test(link.text))?.url,
    textSignals: textSignals(text),
    mixedContent: isHttps ? mixedContent($) : [],
    hasAppRoot: $('#app, #root, #__next, [ng-app], [data-reactroot]').length > 0,
    noscriptText: $('noscript').text().replace(/\s+/g, ' ').trim().slice(0, 300),
    generator,
    platform: extractPlatformFacts($, input.url, generator, header(input.headers, 'x-generator')),
    baseHref,
  };
}

/** An HTTP date (`Sun, 06 Nov 1994 08:49:37 GMT`, RFC 9110 §5.6.7) as an ISO instant. */
function httpDate(value: string | undefined): string | undefined {
  const time = value ? Date.parse(value) : NaN;
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

function metaContent($: cheerio.CheerioAPI, name: string): string | undefined {
  return attr(
    $('meta')
      .filter((_, el) => attr(el, 'name')?.trim().toLowerCase() === name)
      .toArray()[0],
    'content',
  );
}

function visibleText($: cheerio.CheerioAPI): string {
  return readableText($('body').toArray());
}

/** The main content's text: what a reader came for, without the site's chrome. */
function mainText($: cheerio.CheerioAPI): string {
  const main = $('main, [role="main"]').first();
  if (main.length > 0) return readableText(main.toArray());
  if ($('article').length > 0) return readableText($('article').toArray());
  const body = $('body').clone();
  body.find('header, nav, footer, aside').remove();
  return readableText(body.toArray());
}

/**
 * The page without the scripts a consent manager holds back; the page as served when it holds none
 * back (most pages: copying and writing out the whole tree cost a millisecond a page for nothing).
 */
function loadedHtml($: cheerio.CheerioAPI, html: string): string {
  const heldBack = (el: Element) => {
    const type = (attr(el, 'type') ?? '').trim().toLowerCase();
    return type === 'text/plain' || consentConfiguration.test(textContent(el));
  };
  if (!$('script').toArray().some(heldBack)) return html;
  const copy = $.root().clone();
  copy.find('script').each((_, el) => {
    if (heldBack(el)) $(el).remove();
  });
  return copy.html() ?? '';
}

/** Profiles of the institution on social networks, and Mastodon accounts it claims with rel="me". */
function socialProfiles(links: LinkFact[]): string[] {
  const profiles = links
    .filter((link) => link.url && (isSocialProfile(link.url) || (link.rel.includes('me') && /^https:\/\/[^/]+\/@\w+\/?$/.test(link.url))))
    .map((link) => link.url as string);
  return [...new Set(profiles)].sort();
}

function metaProperties($: cheerio.CheerioAPI, prefix: string): Record<string, string> {
  const found: Record<string, string> = {};
  $('meta').each((_, el) => {
    const key = (attr(el, 'property') ?? attr(el, 'name') ?? '').toLowerCase();
    const content = attr(el, 'content');
    if (key.startsWith(prefix) && content !== undefined && !(key in found)) found[key] = content;
  });
  return found;
}

const signalPatterns: Record<string, RegExp> = {
  'publication-director': /(directeur|directrice)\s+(de\s+la\s+)?publication/i,
  host: /h[ée]bergeur|h[ée]bergement/i,
  publisher: /[ée]diteur|[ée]dit[ée]\s+par/i,
  'accessibility-declaration': /d[ée]claration\s+d['’]\s*accessibilit[ée]/i,
  'conformity-state': /[ée]tat\s+de\s+conformit[ée]/i,
  'law-2005-102': /2005-102/,
  'multi-year-plan': /sch[ée]ma\s+pluriannuel/i,
  'defenseur-des-droits': /d[ée]fenseur\s+des\s+droits/i,
  purpose: /finalit[ée]/i,
  retention: /dur[ée]e\s+de\s+conservation/i,
  processors: /sous-traitants?/i,
};

function textSignals(text: string): string[] {
  return Object.entries(signalPatterns)
    .filter(([, pattern]) => pattern.test(text))
    .map(([name]) => name);
}

function mixedContent($: cheerio.CheerioAPI): string[] {
  return $('img[src], script[src], link[rel~="stylesheet"][href], iframe[src], video[src], audio[src], source[src]')
    .toArray()
    .map((el) => attr(el, 'src') ?? attr(el, 'href') ?? '')
    .filter((url) => /^http:\/\//i.test(url.trim()));
}
