// Canonical, hreflang and pagination links read as Google reads them: <head> and the Link header only.
import { describe, expect, it } from 'vitest';
import { extractPageFacts } from '../../src/extract/page-facts.js';
import { parseLinkHeader } from '../../src/extract/head-links.js';

const origin = 'https://www.saint-exemple.test';
const facts = (body: string, headers: Record<string, string> = {}) =>
  extractPageFacts({ url: `${origin}/actualites/`, status: 200, headers, body, siteOrigin: origin });

describe('canonical links', () => {
  it('ignores a canonical printed in <body> by a page-builder block', () => {
    const page = facts(
      '<html><head><title>Actualités</title><link rel="canonical" href="https://www.saint-exemple.test/actualites/"></head>' +
        '<body><div class="wp-block-html"><link rel="canonical" href="https://www.saint-exemple.test/"></div></body></html>',
    );
    expect(page.canonicalTags).toEqual(['https://www.saint-exemple.test/actualites/']);
    expect(page.canonicalTagCount).toBe(1);
  });

  it('reads no canonical at all when the only one is in <body>', () => {
    const page = facts('<html><head><title>x</title></head><body><link rel="canonical" href="/"></body></html>');
    expect(page.canonicalTag).toBeUndefined();
    expect(page.canonicalTagCount).toBe(0);
  });

  it('ends <head> where a browser does: a canonical after an <img> in <head> falls into <body>', () => {
    // A tracking pixel pasted into <head> closes it: Google then misses the canonical after it.
    const page = facts(
      '<html><head><title>x</title><img src="/pixel.gif" alt=""><link rel="canonical" href="https://www.saint-exemple.test/actualites/"></head><body></body></html>',
    );
    expect(page.canonicalTags).toEqual([]);
  });

  it('keeps every head canonical, identical or not, as written', () => {
    const page = facts(
      '<head><link rel="canonical" href="https://www.saint-exemple.test/actualites/"><link rel="canonical" href="/actualites/"><link rel="canonical" href=""></head>',
    );
    expect(page.canonicalTags).toEqual(['https://www.saint-exemple.test/actualites/', '/actualites/', '']);
    expect(page.canonicalTag).toBe('https://www.saint-exemple.test/actualites/');
  });

  it('reads every canonical of the Link header', () => {
    const page = facts('', {
      link: '<https://www.saint-exemple.test/actualites/>; rel="canonical", <https://www.saint-exemple.test/>; rel=canonical',
    });
    expect(page.canonicalHeaders).toEqual(['https://www.saint-exemple.test/actualites/', 'https://www.saint-exemple.test/']);
    expect(page.canonicalHeader).toBe('https://www.saint-exemple.test/actualites/');
  });
});

describe('hreflang annotations', () => {
  it('reads them from <head> and from the Link header, not from <body>', () => {
    const page = facts(
      '<html><head><link rel="alternate" hreflang="fr" href="https://www.saint-exemple.test/actualites/"></head>' +
        '<body><link rel="alternate" hreflang="nonsense" href="https://nonsense.test/"></body></html>',
      { Link: '<https://www.saint-exemple.test/en/news/>; rel="alternate"; hreflang="en"' },
    );
    expect(page.hreflang).toEqual([
      { hreflang: 'fr', href: 'https://www.saint-exemple.test/actualites/', source: 'head' },
      { hreflang: 'en', href: 'https://www.saint-exemple.test/en/news/', source: 'header' },
    ]);
  });

  it('does not take an RSS alternate for a language version', () => {
    const page = facts('<head><link rel="alternate" type="application/rss+xml" href="/feed/"></head>', {
      link: '<https://www.saint-exemple.test/feed/>; rel="alternate"; type="application/rss+xml"',
    });
    expect(page.hreflang).toEqual([]);
  });
});

describe('pagination links', () => {
  it('reads rel=prev and rel=next as Yoast SEO prints them on page 2 of a WordPress archive', () => {
    const page = facts(
      '<head><link rel="prev" href="https://www.saint-exemple.test/actualites/"><link rel="next" href="https://www.saint-exemple.test/actualites/page/3/"></head>',
    );
    expect(page.paginationLinks).toEqual({
      prev: 'https://www.saint-exemple.test/actualites/',
      next: 'https://www.saint-exemple.test/actualites/page/3/',
    });
  });

  it('reads nothing on a page outside a series, nor from pagination anchors in <body>', () => {
    expect(facts('<head></head><body><a rel="next" href="?page=2">Suivant</a></body>').paginationLinks).toEqual({});
  });
});

describe('the Link header (RFC 8288)', () => {
  it('keeps commas inside a target or a quoted value from splitting links', () => {
    expect(parseLinkHeader('<https://x.test/a,b>; rel="canonical"; title="un, deux", <https://x.test/c>; rel=next')).toEqual([
      { target: 'https://x.test/a,b', params: { rel: 'canonical', title: 'un, deux' } },
      { target: 'https://x.test/c', params: { rel: 'next' } },
    ]);
  });

  it('reads nothing from an absent or malformed header', () => {
    expect(parseLinkHeader(undefined)).toEqual([]);
    expect(parseLinkHeader('https://x.test/; rel=canonical')).toEqual([]);
  });
});

describe('robots directives', () => {
  it('keeps an unavailable_after date whole, commas included', () => {
    const page = facts('<meta name="robots" content="noarchive, unavailable_after: Friday, 25-Jun-10 15:00:00 GMT, nosnippet">', {
      'x-robots-tag': 'googlebot: unavailable_after: Fri, 25 Jun 2010 15:00:00 GMT, noimageindex',
    });
    expect(page.metaRobots).toEqual(['noarchive', 'unavailable_after: friday, 25-jun-10 15:00:00 gmt', 'nosnippet']);
    expect(page.xRobotsTag).toEqual(['unavailable_after: fri, 25 jun 2010 15:00:00 gmt', 'noimageindex']);
  });

  it('records when the server sent the page (its Date header)', () => {
    expect(facts('', { Date: 'Mon, 15 Jun 2026 09:00:00 GMT' }).responseDate).toBe('2026-06-15T09:00:00.000Z');
    expect(facts('', { date: 'hier' }).responseDate).toBeUndefined();
    expect(facts('').responseDate).toBeUndefined();
  });
});
