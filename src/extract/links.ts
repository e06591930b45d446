// Anchors as the page wrote them and as they resolve: the input of link, crawl and social checks.
import type * as cheerio from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { type LinkFact, normaliseUrl, sameSite } from '../model/index.js';
import { attr, descendantElements, isElement, readableText, relList, resolveUrl, textContent } from './html.js';

export function extractLinks($: cheerio.CheerioAPI, base: string, siteOrigin: string): LinkFact[] {
  const languages = new DeclaredLanguages();
  return $('a')
    .toArray()
    .map((el) => linkFact($, el, base, siteOrigin, languages));
}

// Walks of the tree rather than cheerio's selectors (`closest`, `find('*')`, `parents`): a page
// has hundreds of links, and each selector call builds and sorts a set of nodes (bench/crawl's
// profile: 0.8 ms a page in links alone, 5 ms a page in all).
function linkFact($: cheerio.CheerioAPI, el: Element, base: string, siteOrigin: string, languages: DeclaredLanguages): LinkFact {
  const inSvg = withinSvg(el);
  // SVG 1.1 links use xlink:href; SVG 2 and HTML use href.
  const href = attr(el, 'href') ?? (inSvg ? attr(el, 'xlink:href') : undefined);
  const ariaLabel = clean(attr(el, 'aria-label') ?? '') || undefined;
  // An SVG link is named by its <title> or <text>; an HTML link by what a reader sees in it.
  const visible = inSvg ? clean(textContent(el)) : readableText([el]);
  const text = visible || ariaLabel || clean($(el).find('img[alt]').attr('alt') ?? '') || clean(attr(el, 'title') ?? '');
  const role = attr(el, 'role')?.trim().toLowerCase() || undefined;
  const fact: LinkFact = {
    href: href ?? '',
    text,
    rel: relList(el),
    internal: false,
    kind: 'other',
    ...textLanguage(el, languages),
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

/** Whether the element is an <svg> or inside one. */
function withinSvg(el: Element): boolean {
  for (let node: AnyNode | null = el; node && isElement(node); node = node.parent) {
    if (node.name === 'svg') return true;
  }
  return false;
}

/**
 * The language a link's text is written in. Its text-bearing descendants that declare a language
 * (`<a href="/de/"><span lang="de">Deutsch</span></a>`) decide; when they declare several primary
 * languages the text is mixed and no one language judges it; otherwise the closest `lang` around
 * the link does. The rule of Lighthouse's AnchorElements gatherer, except that SVG's `xml:lang`
 * counts too: the HTML parser maps it to the language attribute of SVG content.
 */
function textLanguage(el: Element, languages: DeclaredLanguages): Pick<LinkFact, 'lang' | 'mixedLanguage'> {
  let found: string | undefined;
  for (const child of descendantElements(el)) {
    if (!/\S/.test(textContent(child))) continue;
    const lang = languages.around(child);
    if (lang === undefined) continue;
    if (found === undefined) found = lang;
    else if (primary(found) !== primary(lang)) return { mixedLanguage: true };
  }
  const lang = found ?? languages.around(el);
  return lang !== undefined ? { lang } : {};
}

const primary = (lang: string) => lang.split(/[-_]/)[0] ?? lang;

/**
 * The language declared on an element or its closest ancestor that declares one (`lang`, or SVG's
 * `xml:lang`; an empty declaration declares none), remembered for every element asked about: the
 * links of a menu share their ancestors.
 */
class DeclaredLanguages {
  private readonly known = new Map<Element, string | undefined>();

  around(el: Element): string | undefined {
    const unknown: Element[] = [];
    let lang: string | undefined;
    for (let node: AnyNode | null = el; node && isElement(node); node = node.parent) {
      if (this.known.has(node)) {
        lang = this.known.get(node);
        break;
      }
      unknown.push(node);
      const declared = attr(node, 'lang') ?? attr(node, 'xml:lang');
      if (declared !== undefined) {
        lang = declared.trim().toLowerCase() || undefined;
        break;
      }
    }
    for (const node of unknown) this.known.set(node, lang);
    return lang;
  }
}

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
