import { definePageCheck, fail, notApplicable, pass } from '../define.js';
import { isValidHreflang } from '../language-codes.js';

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
    invalidCode: { fr: 'code hreflang invalide : « {code} »', en: 'invalid hreflang code "{code}"' },
    relativeUrl: {
      fr: 'l’annotation hreflang « {code} » a une URL non absolue : « {href} »',
      en: 'hreflang "{code}" has a non-absolute URL "{href}"',
    },
  },
  run: (page) => {
    if (page.hreflang.length === 0) return notApplicable('noHreflang');
    for (const { hreflang, href } of page.hreflang) {
      if (!isValidHreflang(hreflang)) return fail('invalidCode', { value: hreflang, values: { code: hreflang } });
      if (!/^https?:\/\/[^/\s]+/i.test(href.trim())) return fail('relativeUrl', { value: href, values: { code: hreflang, href } });
    }
    const codes = page.hreflang.map(({ hreflang }) => hreflang.toLowerCase());
    return pass({ value: codes.join(', ') });
  },
});
