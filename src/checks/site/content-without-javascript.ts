import { defineSiteCheck, fail, notApplicable, pass } from '../define.js';

/** Below this share of the rendered words, the raw HTML hides the content from crawlers that do not render. */
export const minRawShare = 0.5;

export default defineSiteCheck({
  id: 'content-without-javascript',
  dimension: 'indexability',
  weight: 3,
  title: { fr: 'Le contenu et les liens existent sans JavaScript', en: 'Content and links exist without JavaScript' },
  rationale: {
    fr: 'Google n’exécute le JavaScript qu’en différé et les autres moteurs ou les IA souvent pas du tout : une page vide sans script, sans lien <a href>, n’est découverte que par le sitemap.',
    en: 'Google runs JavaScript only later, and other engines or AI crawlers often not at all: a page empty without scripts, without <a href> links, is only discovered through the sitemap.',
  },
  source: 'https://developers.google.com/search/docs/crawling-indexing/javascript/javascript-seo-basics',
  messages: {
    linksOnlyRendered: {
      fr: 'aucun lien dans le HTML brut, {renderedLinks, plural, one {# lien} other {# liens}} une fois la page rendue',
      en: 'no link in the raw HTML, {renderedLinks, plural, one {# link} other {# links}} once rendered',
    },
    wordsOnlyRendered: {
      fr: '{rawWords, plural, one {# mot} other {# mots}} dans le HTML brut, {renderedWords, plural, one {# mot} other {# mots}} une fois la page rendue',
      en: '{rawWords, plural, one {# word} other {# words}} in the raw HTML, {renderedWords, plural, one {# word} other {# words}} once rendered',
    },
    renderedInBrowser: {
      fr: 'le site n’a pu être exploré qu’avec un navigateur ; le HTML brut de la page d’accueil compte {words, plural, one {# mot} other {# mots}} et {links, plural, one {# lien interne} other {# liens internes}}',
      en: 'the site could only be crawled with a browser; the raw home page has {words, plural, one {# word} other {# words}} and {links, plural, one {# internal link} other {# internal links}}',
    },
    applicationShell: {
      fr: 'le HTML brut de la page d’accueil est une coquille d’application : {words, plural, one {# mot} other {# mots}}, {links, plural, one {# lien interne} other {# liens internes}}',
      en: 'the raw home page is an application shell: {words, plural, one {# word} other {# words}}, {links, plural, one {# internal link} other {# internal links}}',
    },
    homeNotRead: { fr: 'la page d’accueil n’a pas pu être lue', en: 'home page not read' },
  },
  run: (site) => {
    const comparison = site.rawVsRendered;
    if (comparison) {
      const wordShare = comparison.renderedWords > 0 ? comparison.rawWords / comparison.renderedWords : 1;
      if (comparison.rawLinks === 0 && comparison.renderedLinks > 0) {
        return fail('linksOnlyRendered', { value: wordShare, values: { renderedLinks: comparison.renderedLinks } });
      }
      if (wordShare < minRawShare) {
        return fail('wordsOnlyRendered', {
          value: wordShare,
          values: { rawWords: comparison.rawWords, renderedWords: comparison.renderedWords },
        });
      }
      return pass({ value: wordShare });
    }
    const home = site.home;
    if (!home) return notApplicable('homeNotRead');
    const links = home.links.filter((link) => link.kind === 'http' && link.internal).length;
    const shell = { value: home.mainWordCount, values: { words: home.mainWordCount, links } };
    if (site.renderedWith === 'browser') return fail('renderedInBrowser', shell);
    if (home.hasAppRoot && home.mainWordCount < 50 && links === 0) return fail('applicationShell', shell);
    return pass({ value: home.mainWordCount });
  },
});
