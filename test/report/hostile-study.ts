// Synthetic results whose every crawled string carries markup and script payloads.
import type { SiteResult } from '../../src/model/index.js';
import { syntheticSiteResult } from './synthetic-study.js';

/** Each payload sets window.__pwned if it ever runs; none may reach the report as markup. */
export const payloads = {
  script: `<script>window.__pwned='script'</script>`,
  closeAndScript: `</td></tr></table></main><script>window.__pwned='close'</script>`,
  attribute: `"><img src=x onerror="window.__pwned='attribute'">`,
  singleQuote: `' onmouseover='window.__pwned=1' x='`,
  svg: `<svg onload="window.__pwned='svg'"><text>x</text></svg>`,
  handlebars: `{{constructor.constructor('window.__pwned=1')()}} {{{raw}}}`,
  javascriptUrl: `javascript:window.__pwned='url'`,
  formula: `=HYPERLINK("http://evil.example/","click")`,
  style: `<style>body{display:none}</style>`,
  comment: `<!-- --><script>window.__pwned='comment'</script>`,
} as const;

const all = Object.values(payloads).join(' ');

/** A synthetic result with every crawled (and registry) string replaced by payloads. */
export function hostileSiteResult(i: number): SiteResult {
  const result = syntheticSiteResult(i);
  const origin = `https://hostile-${i}.test`;
  result.institution = {
    ...result.institution,
    id: `../../${i}<script>"'`,
    name: `${payloads.script} Mairie ${i} ${payloads.attribute}`,
    url: payloads.javascriptUrl,
    departement: payloads.svg,
    extra: { colonne: `${payloads.svg} groupe` },
  };
  if (result.reason !== undefined) {
    result.reason = `${payloads.closeAndScript} ${payloads.comment}`;
    // Message values come from crawled sites too (host names, URLs, Location headers).
    result.reasonMessages = [
      {
        id: 'crawl.homePageFailed',
        values: { failure: { id: 'fetch.badRedirect', values: { location: payloads.closeAndScript, url: payloads.comment } } },
      },
    ];
  } else {
    result.reason = `the home page redirects to another site: ${payloads.closeAndScript}`;
    result.reasonMessages = [{ id: 'crawl.homeRedirectsAway', values: { url: payloads.closeAndScript } }];
    result.crawl.robotsTxt.problemMessages = [{ id: 'robots.unknownField', values: { line: '1', field: payloads.svg } }];
    result.crawl.robotsTxt.problems = [payloads.svg];
    result.crawl.traps = [
      {
        pattern: payloads.style,
        kind: 'url-family',
        patternMessage: { id: 'trap.urlFamily', values: { pattern: payloads.style } },
        example: payloads.javascriptUrl,
        skipped: 3,
      },
    ];
  }
  result.pages = result.pages.map((page, index) => ({
    ...page,
    url: `${origin}/${encodeURIComponent(payloads.script)}/${index}`,
    finalUrl: `${origin}/"><script>window.__pwned=1</script>/${index}`,
    title: index === 0 ? payloads.formula : all,
    metaDescription: payloads.attribute,
    canonical: payloads.javascriptUrl,
    error: payloads.closeAndScript,
  }));
  result.checks = result.checks.map((check) => ({
    ...check,
    value: typeof check.value === 'string' || check.dimension === 'public-sector' ? `${payloads.svg}${payloads.style}` : check.value,
    evidence: check.evidence === undefined ? undefined : `${all} ${check.id}`,
    examples:
      check.examples.length > 0 ? [payloads.javascriptUrl, `${origin}/?q=${payloads.script}`, `data:text/html,${payloads.script}`] : [],
  }));
  result.lighthouse.pages = result.lighthouse.pages.map((page) => ({
    ...page,
    url: `${origin}/"><script>window.__pwned='lighthouse'</script>`,
    pageType: payloads.svg,
    reason: payloads.handlebars,
    reasonMessage: {
      id: 'lighthouse.typedPage',
      values: {
        page: { id: 'lighthouse.pageType.contact' },
        signal: { id: 'lighthouse.signal.title', values: { title: payloads.handlebars } },
      },
    },
    ...(i % 2 === 0
      ? {
          error: { code: payloads.style, message: payloads.closeAndScript },
          errorMessage: {
            id: 'lighthouse.workerCrashed',
            values: { detail: { id: 'lighthouse.workerError', values: { detail: payloads.svg } } },
          },
        }
      : {}),
  }));
  return result;
}
