import { defineSiteCheck, fail, pass } from '../define.js';

export default defineSiteCheck({
  id: 'robots-txt-present',
  dimension: 'indexability',
  weight: 1,
  title: { fr: 'Le site publie un fichier robots.txt', en: 'Site publishes a robots.txt file' },
  rationale: {
    fr: 'Le robots.txt oriente les robots d’exploration et peut déclarer le plan du site.',
    en: 'robots.txt guides crawlers and can declare the sitemap.',
  },
  source: ['https://www.rfc-editor.org/rfc/rfc9309', 'https://developers.google.com/search/docs/crawling-indexing/robots/intro'],
  messages: {
    httpError: { fr: 'le robots.txt a répondu HTTP {status}', en: 'robots.txt answered HTTP {status}' },
    unreadable: { fr: 'le robots.txt n’a pas pu être lu', en: 'robots.txt could not be read' },
  },
  run: (site) => {
    if (site.robots.status === 'ok') return pass({ value: site.robots.httpStatus ?? 200 });
    return site.robots.httpStatus ? fail('httpError', { values: { status: site.robots.httpStatus } }) : fail('unreadable');
  },
});
