// Anchors as the page wrote them and as they resolve: the input of link, crawl and social checks.
import type * as cheerio from 'cheerio';
import type { Element } from 'domhandler';
import { type LinkFact, normaliseUrl, sameSite } from '../model/index.js';
import { attr, readableText, relList, resolveUrl } from './html.js';

export function extractLinks($: cheerio.CheerioAPI, base: string, siteOrigin: string): LinkFact[] {
  return $('a')
    .toArray()
    .map((el) => linkFact($, el, base, siteOrigin));
}

function linkFact($: cheerio.CheerioAPI, el: Element, base: string, siteOrigin: string): LinkFact {
  const node = $(el);
  const inSvg = node.closest('svg').length > 0;
  // SVG 1.1 links use xlink:href; SVG 2 and HTML use href.
  const href = attr(el, 'href') ?? (inSvg ? attr(el, 'xlink:href') : undefined);
  const ariaLabel = clean(attr(el, 'aria-label') ?? '') || undefined;
  // An SVG link is named by its <title> or <text>; an HTML link by what a reader sees in it.
  const visible = inSvg ? clean(node.text()) : readableText([el]);
  const text = visible || ariaLabel || clean(node.find('img[alt]').attr('alt') ?? '') || clean(attr(el, 'title') ?? '');
  const role = attr(el, 'role')?.trim().toLowerCase() || undefined;
  const fact: LinkFact = {
    href: href ?? '',
    text,
    rel: relList(el),
    internal: false,
    kind: 'other',
    ...textLanguage($, el),
    inSvg,
    ...(ariaLabel ? { ariaLabel } : {}),
    ...(role ? { role } : {}),
    ...(attr(el, 'onclick') !== undefined ? { onclick: true } : {}),
  };
  if (href === undefined) {
    // <a name="top"> and <a id="x"> without href are fragment targets, not links.
    const target = attr(el, 'name') !== undefined || attr(el, 'id') !== undefined;
    return { ...fact, kind: 'missing-href', ...(target ? { fragmentTarget: true } : {}) };
  }
  const trimmed = href.trim();
  if (trimmed.startsWith('#')) return { ...fact, kind: 'other', inPage: true };
  if (/^javascript:/i.test(trimmed)) return { ...fact, kind: 'javascript' };
  if (/^mailto:/i.test(trimmed)) return { ...fact, kind: 'mailto' };
  if (/^tel:/i.test(trimmed)) return { ...fact, kind: 'tel' };
  if (/^www\./i.test(trimmed)) return { ...fact, kind: 'schemeless-www', url: resolveUrl(trimmed, base) };
  const absolute = resolveUrl(trimmed, base);
  if (!absolute || !/^https?:/i.test(absolute)) return fact;
  const url = normaliseUrl(absolute);
  return { ...fact, kind: 'http', url, internal: sameSite(url, siteOrigin) };
}

/**
 * The language a link's text is written in. Its text-bearing descendants that declare a language
 * (`<a href="/de/"><span lang="de">Deutsch</span></a>`) decide; when they declare several primary
 * languages the text is mixed and no one language judges it; otherwise the closest `lang` around
 * the link does. The rule of Lighthouse's AnchorElements gatherer, except that SVG's `xml:lang`
 * counts too: the HTML parser maps it to the language attribute of SVG content.
 */
function textLanguage($: cheerio.CheerioAPI, el: Element): Pick<LinkFact, 'lang' | 'mixedLanguage'> {
  let found: string | undefined;
  for (const child of $(el).find('*').toArray()) {
    if (clean($(child).text()) === '') continue;
    const lang = closestLang($, child);
    if (lang === undefined) continue;
    if (found === undefined) found = lang;
    else if (primary(found) !== primary(lang)) return { mixedLanguage: true };
  }
  const lang = found ?? closestLang($, el);
  return lang !== undefined ? { lang } : {};
}

const primary = (lang: string) => lang.split(/[-_]/)[0] ?? lang;

function closestLang($: cheerio.CheerioAPI, el: Element): string | undefined {
  for (const ancestor of [el, ...$(el).parents().toArray()]) {
    const lang = attr(ancestor, 'lang') ?? attr(ancestor, 'xml:lang');
    if (lang !== undefined) return lang.trim().toLowerCase() || undefined;
  }
  return undefined;
}

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
