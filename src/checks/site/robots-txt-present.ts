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
  run: (site) =>
    site.robots.status === 'ok'
      ? pass({ value: site.robots.httpStatus ?? 200 })
      : fail({ evidence: `robots.txt ${site.robots.httpStatus ? `answered HTTP ${site.robots.httpStatus}` : 'could not be read'}` }),
});
