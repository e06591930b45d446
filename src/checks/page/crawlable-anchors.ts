import { definePageCheck, fail, notApplicable, pass } from '../define.js';
import type { LinkFact } from '../../model/index.js';

/** Why a link cannot be followed by a crawler, or undefined when it can. */
function uncrawlable(link: LinkFact): string | undefined {
  if (link.role && link.role !== 'link') return undefined; // a button styled as a link, not a link
  switch (link.kind) {
    case 'javascript':
      return `javascript: link "${link.href.trim()}"`;
    case 'missing-href':
      return link.fragmentTarget ? undefined : 'link without href';
    case 'schemeless-www':
      return `link without scheme "${link.href.trim()}"`;
    case 'other':
      return link.inPage && link.href.trim() === '#' && link.onclick ? 'href="#" link driven by onclick' : undefined;
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
  run: (page) => {
    const anchors = page.links.filter((link) => link.kind !== 'mailto' && link.kind !== 'tel');
    if (anchors.length === 0) return notApplicable('no links');
    const problems = anchors.map(uncrawlable).filter((problem): problem is string => problem !== undefined);
    return problems.length === 0
      ? pass({ value: 0 })
      : fail({ value: problems.length, evidence: `${problems.length} uncrawlable link(s), e.g. ${problems[0]}` });
  },
});
