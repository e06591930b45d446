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
  run: (site) => {
    const comparison = site.rawVsRendered;
    if (comparison) {
      const wordShare = comparison.renderedWords > 0 ? comparison.rawWords / comparison.renderedWords : 1;
      if (comparison.rawLinks === 0 && comparison.renderedLinks > 0) {
        return fail({ value: wordShare, evidence: `no link in the raw HTML, ${comparison.renderedLinks} once rendered` });
      }
      if (wordShare < minRawShare) {
        return fail({
          value: wordShare,
          evidence: `${comparison.rawWords} words in the raw HTML, ${comparison.renderedWords} once rendered`,
        });
      }
      return pass({ value: wordShare });
    }
    const home = site.home;
    if (!home) return notApplicable('home page not read');
    const links = home.links.filter((link) => link.kind === 'http' && link.internal).length;
    if (site.renderedWith === 'browser' || (home.hasAppRoot && home.mainWordCount < 50 && links === 0)) {
      return fail({
        value: home.mainWordCount,
        evidence: `the raw home page is an application shell: ${home.mainWordCount} words, ${links} internal links`,
      });
    }
    return pass({ value: home.mainWordCount });
  },
});
