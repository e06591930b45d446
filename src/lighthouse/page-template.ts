// Which pages of a site come from the same template. Two news articles share their markup skeleton;
// Lighthouse needs to see that skeleton once, not twice.
import type { PageFacts } from '../model/index.js';
import { pathSegments } from './page-types.js';

/** Bytes of markup read for the skeleton: a template shows itself long before that. */
const skeletonBytes = 300_000;

const structuralTag =
  /<(main|article|section|aside|nav|header|footer|form|table|ul|ol|dl|div|figure|time|address|iframe|video)\b([^>]*)>/gi;
const classAttribute = /\bclass\s*=\s*(?:"([^"]*)"|'([^']*)')/i;

/**
 * A key equal for pages built from the same template: the set of structural elements and their
 * classes (digits masked, since CMSs put page ids in classes). Without the HTML, the URL's parent
 * path and the structured-data types stand in for it.
 */
export function templateKey(facts: PageFacts, html?: string): string {
  if (html) {
    const bodyStart = html.search(/<body\b/i);
    const markup = html.slice(Math.max(0, bodyStart), Math.max(0, bodyStart) + skeletonBytes);
    const tokens = new Set<string>();
    for (const match of markup.matchAll(structuralTag)) {
      const tag = (match[1] ?? '').toLowerCase();
      const classes = classAttribute.exec(match[2] ?? '');
      const classList = (classes?.[1] ?? classes?.[2] ?? '')
        .split(/\s+/)
        .filter(Boolean)
        .map((name) => name.replace(/\d+/g, '#'))
        .sort();
      tokens.add([tag, ...classList].join('.'));
    }
    if (tokens.size > 0) return `html:${[...tokens].sort().join(' ')}|${[...facts.structuredDataTypes].sort().join(',')}`;
  }
  const parent = pathSegments(facts.url).slice(0, -1).join('/');
  return `url:/${parent}/*|${[...facts.structuredDataTypes].sort().join(',')}`;
}
