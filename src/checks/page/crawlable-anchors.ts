import { definePageCheck, fail, notApplicable, pass } from '../define.js';
import type { LinkFact } from '../../model/index.js';

/** Why a crawler cannot follow a link: the message that names it. */
type Uncrawlable = 'javascriptHref' | 'missingHref' | 'schemelessHref' | 'hashWithOnclick';

/** Why a link cannot be followed by a crawler, or undefined when it can. */
function uncrawlable(link: LinkFact): Uncrawlable | undefined {
  if (link.role && link.role !== 'link') return undefined; // a button styled as a link, not a link
  switch (link.kind) {
    case 'javascript':
      return 'javascriptHref';
    case 'missing-href':
      return link.fragmentTarget ? undefined : 'missingHref';
    case 'schemeless-www':
      return 'schemelessHref';
    case 'other':
      return link.inPage && link.href.trim() === '#' && link.onclick ? 'hashWithOnclick' : undefined;
    default:
      return undefined;
  }
}

export default definePageCheck({
  id: 'crawlable-anchors',
  dimension: 'indexability',
  weight: 1,
  title: { fr: 'Les liens sont explorables', en: 'Links are crawlable' },
  rationale: {
    fr: 'Les moteurs ne suivent que les <a href> vers une URL : un lien javascript:, sans href ou sans schéma (href="www.…") ne mène nulle part pour eux.',
    en: 'Search engines only follow <a href> to a URL: a javascript: link, a link without href or without scheme (href="www.…") leads them nowhere.',
  },
  source: [
    'https://developer.chrome.com/docs/lighthouse/seo/crawlable-anchors',
    'https://developers.google.com/search/docs/crawling-indexing/links-crawlable',
  ],
  messages: {
    noLinks: { fr: 'aucun lien', en: 'no links' },
    javascriptHref: {
      fr: '{count, plural, one {# lien non explorable} other {# liens non explorables}}, par exemple le lien javascript: « {href} »',
      en: '{count, plural, one {# uncrawlable link} other {# uncrawlable links}}, e.g. javascript: link "{href}"',
    },
    missingHref: {
      fr: '{count, plural, one {# lien non explorable} other {# liens non explorables}}, par exemple un lien sans href',
      en: '{count, plural, one {# uncrawlable link} other {# uncrawlable links}}, e.g. link without href',
    },
    schemelessHref: {
      fr: '{count, plural, one {# lien non explorable} other {# liens non explorables}}, par exemple le lien sans schéma « {href} »',
      en: '{count, plural, one {# uncrawlable link} other {# uncrawlable links}}, e.g. link without scheme "{href}"',
    },
    hashWithOnclick: {
      fr: '{count, plural, one {# lien non explorable} other {# liens non explorables}}, par exemple un lien href="#" piloté par onclick',
      en: '{count, plural, one {# uncrawlable link} other {# uncrawlable links}}, e.g. href="#" link driven by onclick',
    },
  },
  run: (page) => {
    const anchors = page.links.filter((link) => link.kind !== 'mailto' && link.kind !== 'tel');
    if (anchors.length === 0) return notApplicable('noLinks');
    const problems = anchors
      .map((link) => ({ link, problem: uncrawlable(link) }))
      .filter((found): found is { link: LinkFact; problem: Uncrawlable } => found.problem !== undefined);
    const first = problems[0];
    if (!first) return pass({ value: 0 });
    return fail(first.problem, { value: problems.length, values: { count: problems.length, href: first.link.href.trim() } });
  },
});
