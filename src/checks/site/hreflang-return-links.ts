import { defineSiteCheck, fail, notApplicable, pass, warn } from '../define.js';
import { isValidHreflang } from '../language-codes.js';
import { pageFor } from '../site-lookup.js';
import { type PageFacts, resolveAgainst, urlKey } from '../../model/index.js';

/** The language versions a page announces: valid codes with absolute URLs (hreflang-valid judges the others). */
function alternates(page: PageFacts): { hreflang: string; url: string }[] {
  return page.hreflang
    .filter(({ hreflang, href }) => isValidHreflang(hreflang) && /^https?:\/\/[^/\s]+/i.test(href.trim()))
    .map(({ hreflang, href }) => ({ hreflang: hreflang.toLowerCase(), url: resolveAgainst(href, page.url) }));
}

export default defineSiteCheck({
  id: 'hreflang-return-links',
  dimension: 'indexability',
  weight: 1,
  title: {
    fr: 'Les versions linguistiques se citent mutuellement, avec une version par défaut',
    en: 'Language versions link back to each other, with a default version',
  },
  rationale: {
    fr: 'Google ignore une annotation hreflang que la page désignée ne rend pas : si la page bretonne cite la page française, la page française doit citer la page bretonne. La valeur x-default, facultative mais recommandée, désigne la page à montrer aux visiteurs dont la langue n’est pas proposée ; son absence est un avertissement. Seules les pages explorées peuvent être vérifiées.',
    en: 'Google ignores an hreflang annotation the page it names does not return: if the Breton page names the French page, the French page must name the Breton page. The x-default value, optional but recommended, names the page to show visitors whose language is not offered; its absence is a warning. Only crawled pages can be verified.',
  },
  source: [
    'https://developers.google.com/search/docs/specialty/international/localized-versions#html',
    'https://developers.google.com/search/docs/specialty/international/localized-versions#xdefault',
  ],
  messages: {
    noHreflang: {
      fr: 'aucune page explorée n’annonce de version linguistique (hreflang)',
      en: 'no crawled page announces a language version (hreflang)',
    },
    targetsNotCrawled: {
      fr: '{count, plural, one {# version linguistique annoncée n’a pas été explorée} other {# versions linguistiques annoncées n’ont pas été explorées}} : muniseo ne peut pas vérifier leurs liens de retour',
      en: '{count, plural, one {# announced language version was not crawled} other {# announced language versions were not crawled}}: muniseo cannot verify their return links',
    },
    noReturnLink: {
      fr: '{count, plural, one {# annotation hreflang sans lien de retour} other {# annotations hreflang sans lien de retour}}, par exemple {from} annonce {to}, qui ne la cite pas en retour',
      en: '{count, plural, one {# hreflang annotation without a return link} other {# hreflang annotations without a return link}}, e.g. {from} names {to}, which does not name it back',
    },
    noXDefault: {
      fr: '{count, plural, one {# page annonce} other {# pages annoncent}} des versions linguistiques sans x-default, par exemple {url}',
      en: '{count, plural, one {# page announces} other {# pages announce}} language versions without x-default, e.g. {url}',
    },
  },
  run: (site) => {
    const annotated = site.pages.filter((page) => alternates(page).length > 0);
    if (annotated.length === 0) return notApplicable('noHreflang');
    const missing: { from: string; to: string }[] = [];
    const notCrawled = new Set<string>();
    let verified = 0;
    for (const page of annotated) {
      const self = urlKey(page.url);
      // x-default often names a page already listed under its language: each target once.
      for (const url of new Set(alternates(page).map(({ url }) => url))) {
        if (url === self) continue;
        const target = pageFor(site, url);
        if (!target) {
          notCrawled.add(url);
          continue;
        }
        verified += 1;
        if (!alternates(target).some((back) => back.url === self)) missing.push({ from: page.url, to: url });
      }
    }
    const first = missing[0];
    if (first) {
      return fail('noReturnLink', {
        value: missing.length,
        values: { count: missing.length, from: first.from, to: first.to },
        examples: [...new Set(missing.map(({ from }) => from))],
      });
    }
    if (verified === 0) return notApplicable('targetsNotCrawled', { value: notCrawled.size, values: { count: notCrawled.size } });
    const withoutDefault = annotated.filter((page) => !alternates(page).some(({ hreflang }) => hreflang === 'x-default'));
    const example = withoutDefault[0];
    if (example) {
      return warn('noXDefault', {
        value: withoutDefault.length,
        values: { count: withoutDefault.length, url: example.url },
        examples: withoutDefault.map((page) => page.url),
      });
    }
    return pass({ value: verified });
  },
});
