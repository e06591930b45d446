import { definePageCheck, fail, notApplicable, pass } from '../define.js';
import { isValidHreflang } from '../language-codes.js';
import type { HreflangFact } from '../../model/index.js';

/** What is wrong with an annotation, or undefined when it is valid (the first problem, as Lighthouse lists one item per annotation). */
function problemOf({ hreflang, href }: HreflangFact): 'invalidCode' | 'relativeUrl' | undefined {
  if (!isValidHreflang(hreflang)) return 'invalidCode';
  return /^https?:\/\/[^/\s]+/i.test(href.trim()) ? undefined : 'relativeUrl';
}

export default definePageCheck({
  id: 'hreflang-valid',
  dimension: 'indexability',
  weight: 1,
  title: { fr: 'Les annotations hreflang sont valides', en: 'hreflang annotations are valid' },
  rationale: {
    fr: 'Les versions linguistiques (pages en breton, en anglais pour les touristes…) ne sont reliées que si chaque hreflang porte un code de langue ISO valide, écrit sans espace, et une URL absolue. Comme Google et l’audit hreflang de Lighthouse, muniseo ne lit que les annotations de <head> et de l’en-tête HTTP Link, pas celles écrites dans <body>.',
    en: 'Language versions (Breton pages, English pages for tourists…) are only linked when each hreflang has a valid ISO language code, written without spaces, and an absolute URL. As Google and Lighthouse’s hreflang audit do, muniseo reads annotations in <head> and in the HTTP Link header only, not those written in <body>.',
  },
  source: [
    'https://developers.google.com/search/docs/specialty/international/localized-versions',
    'https://developer.chrome.com/docs/lighthouse/seo/hreflang',
  ],
  messages: {
    noHreflang: { fr: 'aucune annotation hreflang', en: 'no hreflang annotations' },
    invalidCode: {
      fr: '{count, plural, one {# annotation hreflang invalide} other {# annotations hreflang invalides}}, par exemple le code « {code} »',
      en: '{count, plural, one {# invalid hreflang annotation} other {# invalid hreflang annotations}}, e.g. code "{code}"',
    },
    relativeUrl: {
      fr: '{count, plural, one {# annotation hreflang invalide} other {# annotations hreflang invalides}}, par exemple « {code} » avec une URL non absolue : « {href} »',
      en: '{count, plural, one {# invalid hreflang annotation} other {# invalid hreflang annotations}}, e.g. "{code}" with a non-absolute URL "{href}"',
    },
  },
  run: (page) => {
    if (page.hreflang.length === 0) return notApplicable('noHreflang');
    const problems = page.hreflang
      .map((annotation) => ({ annotation, problem: problemOf(annotation) }))
      .filter((found): found is { annotation: HreflangFact; problem: 'invalidCode' | 'relativeUrl' } => found.problem !== undefined);
    const first = problems[0];
    if (first) {
      const { hreflang, href } = first.annotation;
      return fail(first.problem, { value: problems.length, values: { count: problems.length, code: hreflang, href } });
    }
    const codes = page.hreflang.map(({ hreflang }) => hreflang.toLowerCase());
    return pass({ value: codes.join(', ') });
  },
});
