// Canonical, hreflang and pagination links as search engines read them: from `<head>` and from the
// HTTP `Link` header only. Google ignores `<link rel="canonical">` and `rel="alternate" hreflang`
// written in `<body>` (a CMS block or a widget printing them there), and so does Lighthouse.
// The HTML parser decides where `<head>` ends, as a browser's does: an element that cannot stand in
// `<head>` (a `<div>`, an `<img>`) closes it, and the links after it fall into `<body>`.
import type * as cheerio from 'cheerio';
import type { Element } from 'domhandler';
import type { HreflangFact } from '../model/index.js';
import { attr, relList } from './html.js';

export interface HeadLinks {
  canonicalTags: string[];
  canonicalHeaders: string[];
  hreflang: HreflangFact[];
  paginationLinks: { prev?: string; next?: string };
}

/** One link of an HTTP `Link` header (RFC 8288): its target as written and its parameters, names lower-cased. */
interface HeaderLink {
  target: string;
  params: Record<string, string>;
}

export function headLinks($: cheerio.CheerioAPI, linkHeader: string | undefined): HeadLinks {
  const inHead = $('head link').toArray();
  const withRel = (rel: string) => inHead.filter((el) => relList(el).includes(rel));
  const headerLinks = parseLinkHeader(linkHeader);
  const headerRel = (rel: string) => headerLinks.filter((link) => (link.params['rel'] ?? '').toLowerCase().split(/\s+/).includes(rel));

  const hreflangInHead = withRel('alternate')
    .filter((el) => attr(el, 'hreflang') !== undefined)
    .map((el): HreflangFact => ({ hreflang: attr(el, 'hreflang') ?? '', href: attr(el, 'href') ?? '', source: 'head' }));
  const hreflangInHeader = headerRel('alternate')
    .filter((link) => link.params['hreflang'] !== undefined)
    .map((link): HreflangFact => ({ hreflang: link.params['hreflang'] ?? '', href: link.target, source: 'header' }));

  const prev = firstHref(withRel('prev')) ?? firstHref(withRel('previous'));
  const next = firstHref(withRel('next'));
  return {
    canonicalTags: withRel('canonical').map((el) => attr(el, 'href') ?? ''),
    canonicalHeaders: headerRel('canonical').map((link) => link.target),
    hreflang: [...hreflangInHead, ...hreflangInHeader],
    paginationLinks: { ...(prev !== undefined ? { prev } : {}), ...(next !== undefined ? { next } : {}) },
  };
}

function firstHref(elements: Element[]): string | undefined {
  return elements.map((el) => attr(el, 'href')).find((href): href is string => href !== undefined && href.trim() !== '');
}

/**
 * `<https://a.fr/>; rel="canonical", <https://a.fr/en/>; rel=alternate; hreflang=en`. A comma
 * inside `<…>` or inside a quoted value does not separate links; several `Link` headers arrive
 * joined by commas, which reads the same.
 */
export function parseLinkHeader(value: string | undefined): HeaderLink[] {
  if (!value) return [];
  const links: HeaderLink[] = [];
  for (const part of splitOutside(value, ',')) {
    const match = /^\s*<([^>]*)>(.*)$/s.exec(part);
    if (!match) continue;
    const params: Record<string, string> = {};
    for (const param of splitOutside(match[2] ?? '', ';')) {
      const pair = /^\s*([^=\s]+)\s*(?:=\s*(.*?))?\s*$/s.exec(param);
      if (!pair?.[1]) continue;
      const name = pair[1].toLowerCase();
      const raw = pair[2] ?? '';
      const unquoted = raw.startsWith('"') && raw.endsWith('"') && raw.length >= 2 ? raw.slice(1, -1) : raw;
      if (!(name in params)) params[name] = unquoted;
    }
    links.push({ target: match[1] ?? '', params });
  }
  return links;
}

/** Splits on `separator` outside `<…>` and outside double quotes. */
function splitOutside(text: string, separator: string): string[] {
  const parts: string[] = [];
  let current = '';
  let inAngle = false;
  let inQuotes = false;
  for (const char of text) {
    if (char === '<' && !inQuotes) inAngle = true;
    else if (char === '>' && !inQuotes) inAngle = false;
    else if (char === '"' && !inAngle) inQuotes = !inQuotes;
    if (char === separator && !inAngle && !inQuotes) {
      parts.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  if (current.trim() !== '') parts.push(current);
  return parts;
}
