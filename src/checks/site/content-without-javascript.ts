import { defineSiteCheck, fail, notApplicable, pass } from '../define.js';

/**
 * Below this share of the rendered words, or of the rendered home page's internal link targets, the
 * raw HTML hides the content or the navigation from crawlers that do not render.
 */
export const minRawShare = 0.5;

export default defineSiteCheck({
  id: 'content-without-javascript',
  dimension: 'indexability',
  weight: 3,
  title: { fr: 'Le contenu et les liens existent sans JavaScript', en: 'Content and links exist without JavaScript' },
  rationale: {
    fr: 'Google n’exécute le JavaScript qu’en différé et les autres moteurs ou les IA souvent pas du tout : une page vide sans script, sans lien <a href>, n’est découverte que par le sitemap. muniseo affiche la page d’accueil de chaque site dans Chromium et la compare au HTML brut : un menu construit par JavaScript, dont la plupart des liens n’existent qu’une fois la page rendue, cache la navigation à ces robots.',
    en: 'Google runs JavaScript only later, and other engines or AI crawlers often not at all: a page empty without scripts, without <a href> links, is only discovered through the sitemap. muniseo renders every site’s home page in Chromium and compares it with the raw HTML: a menu built by JavaScript, most of whose links exist only once the page is rendered, hides the navigation from those crawlers.',
  },
  source: 'https://developers.google.com/search/docs/crawling-indexing/javascript/javascript-seo-basics',
  messages: {
    linksMostlyRendered: {
      fr: '{revealed, plural, one {# lien interne sur {rendered} de la page d’accueil n’existe} other {# liens internes sur {rendered} de la page d’accueil n’existent}} qu’une fois la page rendue par JavaScript, par exemple {url}',
      en: '{revealed} of the home page’s {rendered} internal links exist only once JavaScript has run, e.g. {url}',
    },
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
      const links = comparison.homeLinks;
      if (links && links.rendered > 0 && 1 - links.revealed.length / links.rendered < minRawShare) {
        return fail('linksMostlyRendered', {
          value: wordShare,
          values: { revealed: links.revealed.length, rendered: links.rendered, url: links.revealed[0] ?? '' },
          examples: links.revealed,
        });
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
